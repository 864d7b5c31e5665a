"""The web app: the chat gateway, the pages and the staff JSON API (the only public door)."""

from __future__ import annotations

from typing import Any

from flask import Flask, request
from flask_babel import Babel
from flask_wtf.csrf import CSRFProtect

from handoff.db import make_engine, make_session_factory
from tellus.config import PROJECT_ROOT, Settings, load_settings
from web.rasa import RasaClient

SUPPORTED_LANGUAGES = ("en",)
MAX_REQUEST_BYTES = 64 * 1024

csrf = CSRFProtect()


def create_app(config: dict[str, Any] | None = None) -> Flask:
    config = dict(config or {})
    settings: Settings = config.pop("SETTINGS", None) or load_settings()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.production,
        BABEL_TRANSLATION_DIRECTORIES=str(PROJECT_ROOT / "locales"),
        BABEL_DEFAULT_LOCALE="en",
    )
    app.config.update(config)

    engine = make_engine(settings.database_url, data_key=settings.data_key)
    app.extensions["tellus"] = TellUs(
        settings=settings,
        session_factory=make_session_factory(engine),
        rasa=RasaClient(settings.rasa_urls, settings.rasa_token),
    )

    Babel(app, locale_selector=_locale)
    csrf.init_app(app)

    from web import errors, health
    from web.api.views import bp as api_bp
    from web.chat.views import bp as chat_bp
    from web.staff import case, login, queue  # noqa: F401  (each adds its pages to bp)
    from web.staff.auth import login_manager
    from web.staff.blueprint import bp as staff_bp

    login_manager.init_app(app)
    errors.register(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(chat_bp)
    app.register_blueprint(staff_bp)
    app.register_blueprint(api_bp)
    return app


class TellUs:
    """What the views need from the process: settings, the database and the Rasa client."""

    def __init__(self, *, settings: Settings, session_factory: Any, rasa: RasaClient) -> None:
        self.settings = settings
        self.session_factory = session_factory
        self.rasa = rasa


def _locale() -> str:
    return request.accept_languages.best_match(SUPPORTED_LANGUAGES) or "en"
