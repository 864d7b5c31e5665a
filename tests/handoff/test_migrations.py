"""The migrations build exactly the schema the models describe, and can be undone, on SQLite
and on PostgreSQL."""

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from handoff.migrate import alembic_config, upgrade
from handoff.models import metadata
from tests.handoff.conftest import BACKENDS
from tests.postgres import fresh_database


@pytest.fixture(params=BACKENDS)
def empty_database(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'schema.db'}"
        return
    with fresh_database() as url:
        yield url


def test_migrations_match_the_models(empty_database) -> None:
    upgrade(empty_database)
    engine = create_engine(empty_database, future=True)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    assert differences == []


def test_migrations_downgrade_to_nothing_and_back(empty_database) -> None:
    config = alembic_config(empty_database)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    command.upgrade(config, "head")
