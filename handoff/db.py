"""Engine and session factory. Nothing is created at import time: callers build an engine from settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


def make_engine(database_url: str) -> Engine:
    if database_url.startswith("sqlite"):
        # The web workers and the action server write to the same file: WAL lets readers go on
        # while one writes, and the busy timeout makes a writer wait instead of failing.
        engine = create_engine(
            database_url, future=True, connect_args={"timeout": 15, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(database_url, future=True, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 (DB-API objects are untyped)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)


@contextmanager
def transaction(session_factory: sessionmaker) -> Iterator[Session]:
    """One unit of work: committed whole, or rolled back whole (never a half-written case)."""
    with session_factory() as session, session.begin():
        yield session
