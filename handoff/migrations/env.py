"""Alembic environment: migrates the database that handoff.migrate names in its config."""

from alembic import context
from sqlalchemy import create_engine

from handoff.models import metadata

config = context.config


def run_migrations() -> None:
    url = config.get_main_option("sqlalchemy.url")
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        # Batch mode lets the same migration alter tables on SQLite, which has no ALTER COLUMN.
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations()
