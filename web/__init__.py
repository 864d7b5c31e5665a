"""The web app: the chat gateway, the pages and the staff JSON API (the only public door)."""

from __future__ import annotations

from typing import Any

from flask import Flask, request, session
from flask_babel import Babel
from flask_wtf.csrf import CSRFProtect
from werkzeug.middleware.proxy_fix import ProxyFix

from handoff.safeguarding.training import current_model
from tellus.config import PROJECT_ROOT, Settings, load_settings
from tellus.database import connect
from tellus.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, babel_locale, supported_language
from web.chat.language import LANGUAGE_KEY
from web.rasa import RasaClient
from web.security import init_security

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

    app.extensions["tellus"] = TellUs(
        settings=settings,
        session_factory=connect(settings),
        rasa=RasaClient(settings.rasa_urls, settings.rasa_token),
    )

    Babel(app, locale_selector=_locale)
    csrf.init_app(app)

    from web import errors, health, public
    from web.api.views import bp as api_bp
    from web.chat.views import bp as chat_bp
    from web.staff import (  # noqa: F401  (each adds its pages to the staff blueprint)
        admin,
        case,
        handling,
        improvements,
        login,
        queue,
        referrals,
        reports,
    )
    from web.staff.auth import login_manager
    from web.staff.blueprint import bp as staff_bp

    login_manager.init_app(app)
    errors.register(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(chat_bp)
    app.register_blueprint(staff_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(public.bp)
    init_security(app, settings)
    # Load the safeguarding model now (about 2 s), not when the first child writes.
    current_model()
    if settings.proxy_hops:
        # Behind the council's reverse proxy: take the person's address from X-Forwarded-For.
        app.wsgi_app = ProxyFix(
            app.wsgi_app, x_for=settings.proxy_hops, x_proto=settings.proxy_hops
        )
    return app


class TellUs:
    """What the views need from the process: settings, the database and the Rasa client."""

    def __init__(self, *, settings: Settings, session_factory: Any, rasa: RasaClient) -> None:
        self.settings = settings
        self.session_factory = session_factory
        self.rasa = rasa


def _locale() -> str:
    """The page's language: the one chosen on the chat page or with the bot's language buttons
    (kept in the session: web/chat/language.py), else the browser's Accept-Language, else
    English. As a Babel locale, so English dates and numbers are British. The staff workspace
    is always in English: it is where the body's own staff work."""
    if request.path.startswith("/staff"):
        return babel_locale(DEFAULT_LANGUAGE)
    chosen = supported_language(session.get(LANGUAGE_KEY)) or supported_language(
        request.accept_languages.best_match(SUPPORTED_LANGUAGES)
    )
    return babel_locale(chosen or DEFAULT_LANGUAGE)
