"""Rasa's SQL tracker store, given the project's SQLite engine (`handoff.db.make_engine`).

Rasa opens SQLite without a pool, so every session opens the file anew and closing it
checkpoints the journal, and every commit waits for the disk. With pooled connections in WAL mode
and `synchronous=NORMAL` (as the gateway's own database has) a conversation still survives a
crash of any process; only a power cut can lose the last commits. PostgreSQL is left as Rasa
makes it.
"""

from __future__ import annotations

from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from sqlalchemy.orm import sessionmaker

from handoff.db import make_engine


class TellUsTrackerStore(SQLTrackerStore):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)  # creates the tables through Rasa's own engine
        if self.engine.dialect.name == "sqlite":
            url = str(self.engine.url)
            self.engine.dispose()
            self.engine = make_engine(url)
            self.sessionmaker = sessionmaker(bind=self.engine)
