"""Runs the Alembic migrations in handoff/migrations without an alembic.ini on disk."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(database_url: str, *, data_key: str | None = None) -> Config:
    """`data_key` lets a migration encrypt personal data already in the database."""
    config = Config()
    config.attributes["data_key"] = data_key
    config.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser treats % as interpolation; a password may contain one.
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(database_url: str, *, data_key: str | None = None) -> None:
    command.upgrade(alembic_config(database_url, data_key=data_key), "head")
