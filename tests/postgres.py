"""Throwaway PostgreSQL databases on the real server that scripts/start-test-services.sh starts.

The production-mode tests read TELLUS_TEST_POSTGRES_URL (a role that may create databases);
without it they are skipped with a reason that says how to run them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ADMIN_URL = os.environ.get("TELLUS_TEST_POSTGRES_URL")
REDIS_URL = os.environ.get("TELLUS_TEST_REDIS_URL")
HOW_TO_RUN = 'run `eval "$(scripts/start-test-services.sh)"` first (.ci/run does)'

needs_postgres = pytest.mark.skipif(not ADMIN_URL, reason=f"no PostgreSQL: {HOW_TO_RUN}")
needs_redis = pytest.mark.skipif(not REDIS_URL, reason=f"no Redis: {HOW_TO_RUN}")


@contextmanager
def fresh_database(prefix: str = "tellus_test") -> Iterator[str]:
    """Creates an empty database and yields its URL; drops it afterwards."""
    assert ADMIN_URL, HOW_TO_RUN
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", future=True)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
