"""Shared fixtures: each test gets its own migrated SQLite database under a temporary var/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from handoff.db import make_engine, make_session_factory
from handoff.migrate import upgrade
from tellus.config import Settings, load_settings
from tests.fakes import FakeRasa
from tests.ports import free_port


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once per run; each test copies the file (much faster than migrating again)."""
    path = tmp_path_factory.mktemp("template") / "tellus.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def database_url(tmp_path: Path, migrated_database: Path) -> str:
    database = tmp_path / "tellus.db"
    shutil.copy(migrated_database, database)
    return f"sqlite:///{database}"


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    # Ports nothing listens on, so a developer's running `make run` cannot answer for the test.
    return load_settings(
        {
            "TELLUS_VAR_DIR": str(tmp_path),
            "DATABASE_URL": database_url,
            **{name: str(free_port()) for name in ("PORT", "RASA_PORT", "ACTIONS_PORT")},
        }
    )


@pytest.fixture
def session_factory(settings: Settings) -> Iterator[sessionmaker]:
    engine = make_engine(settings.database_url, data_key=settings.data_key)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def session(session_factory: sessionmaker) -> Iterator[Session]:
    with session_factory() as session, session.begin():
        yield session


@pytest.fixture
def fake_rasa() -> FakeRasa:
    return FakeRasa()


@pytest.fixture
def app(settings: Settings, fake_rasa: FakeRasa) -> Flask:
    from web import create_app

    app = create_app({"SETTINGS": settings, "TESTING": True})
    app.extensions["tellus"].rasa = fake_rasa
    return app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()
