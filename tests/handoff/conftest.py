"""The data layer's tests run on SQLite and, when it is running, on PostgreSQL too."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from handoff.db import make_engine
from handoff.migrate import upgrade
from handoff.models import metadata
from tests.postgres import ADMIN_URL, fresh_database

BACKENDS = ["sqlite", "postgresql"] if ADMIN_URL else ["sqlite"]


@pytest.fixture(scope="session")
def migrated_postgres() -> Iterator[str]:
    with fresh_database() as url:
        upgrade(url)
        yield url


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path: Path, migrated_database: Path) -> Iterator[str]:
    if request.param == "sqlite":
        database = tmp_path / "tellus.db"
        shutil.copy(migrated_database, database)
        yield f"sqlite:///{database}"
        return
    url = request.getfixturevalue("migrated_postgres")
    yield url
    # Empty every table for the next test: much faster than a new database each time.
    engine = make_engine(url)
    tables = ", ".join(f'"{table.name}"' for table in metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()
