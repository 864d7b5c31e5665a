"""The migrations build exactly the schema the models describe, and can be undone."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from handoff.migrate import alembic_config, upgrade
from handoff.models import metadata


def test_migrations_match_the_models(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'schema.db'}"
    upgrade(url)
    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    assert differences == []


def test_migrations_downgrade_to_nothing_and_back(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'schema.db'}"
    config = alembic_config(url)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    command.upgrade(config, "head")
