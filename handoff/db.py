"""Engine and session factory; nothing is made at import time, callers build from settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from handoff.encryption import Keyring


def make_engine(database_url: str, *, data_key: str | None = None) -> Engine:
    """`data_key` (TELLUS_DATA_KEY) encrypts and decrypts the personal data columns; an engine
    without one can do everything else but refuses to touch them."""
    engine = _engine(database_url)
    if data_key:
        engine.dialect.tellus_keyring = Keyring(data_key)
    return engine


def _engine(database_url: str) -> Engine:
    if database_url.startswith("sqlite"):
        # The web workers and the action server write to the same file: WAL lets readers go on
        # while one writes, and the busy timeout makes a writer wait instead of failing.
        # SQLAlchemy 1.4 opens a new SQLite connection per session by default (NullPool), and
        # closing the last one checkpoints the WAL: about 10 ms per message. Keep them pooled.
        engine = create_engine(
            database_url,
            future=True,
            poolclass=QueuePool,
            pool_size=5,
            max_overflow=10,
            connect_args={"timeout": 15, "check_same_thread": False},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(database_url, future=True, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL still survives a crash of any process; only a power cut can lose the
    # last commits. It saves an fsync per message, which is most of a reply's database time.
    cursor.execute("PRAGMA synchronous=NORMAL")
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
