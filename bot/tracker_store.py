"""Rasa's SQL tracker store, with the project's SQLite engine and a memory of recent conversations.

Two costs of Rasa's own store, measured per message (`Agent.handle_message`, 20 conversations):

- SQLite without a pool: every session opened the file anew, closing it checkpointed the journal
  and every commit waited for the disk. Here SQLite gets `handoff.db.make_engine` (pooled, WAL,
  `synchronous=NORMAL`, as the gateway's own database): a conversation still survives a crash of
  any process; only a power cut can lose the last commits.
- Reading a conversation back replayed every stored row from JSON (about 3 ms), and saving
  counted the stored rows first (about 4 ms with the writes). Here the store remembers each
  recent conversation's events and the id of its newest stored row. One indexed query for that
  id tells whether anyone else (another Rasa server taking over) has written since: if not, the
  remembered events are used; if so, the store reads the database as Rasa does. Saving writes
  the new rows in one INSERT, then checks in one query that the rows since the remembered
  newest are exactly its own; if not, it rolls back and saves as Rasa does.

The rows written are Rasa's own, in Rasa's own tables, so Rasa's store reads them back unchanged.
"""

from __future__ import annotations

import itertools
import json
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.orm import sessionmaker

from handoff.db import make_engine

# Conversations remembered per Rasa server; older ones are read from the database again.
REMEMBERED_CONVERSATIONS = 2_000


@dataclass(frozen=True)
class _Remembered:
    events: tuple[Event, ...]  # the latest session's events, as `retrieve` would return them
    newest_row_id: int | None  # the newest stored row of the conversation when they were read


class TellUsTrackerStore(SQLTrackerStore):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)  # creates Rasa's tables through Rasa's own engine
        if self.engine.dialect.name == "sqlite":
            url = str(self.engine.url)
            self.engine.dispose()
            self.engine = make_engine(url)
            self.sessionmaker = sessionmaker(bind=self.engine)
        self._remembered: OrderedDict[str, _Remembered] = OrderedDict()
        # Built once: each message runs them, and a reused statement keeps its cache key.
        event = self.SQLEvent
        of_sender = event.sender_id == sa.bindparam("sender_id")
        self._newest_row_query = sa.select(sa.func.max(event.id)).where(of_sender)
        self._rows_since_query = sa.select(sa.func.count(event.id), sa.func.max(event.id)).where(
            of_sender, event.id > sa.bindparam("row_id")
        )
        self._insert_rows = sa.insert(event.__table__)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        with self.session_scope() as session:
            newest = self._newest_row_id(session, sender_id)
        remembered = self._remembered.get(sender_id)
        if remembered is not None and remembered.newest_row_id == newest:
            self._remembered.move_to_end(sender_id)
            return DialogueStateTracker.from_events(
                sender_id, list(remembered.events), self.domain.slots
            )
        tracker = await super().retrieve(sender_id)
        if tracker is not None or newest is None:
            # A conversation with no rows yet is remembered as empty, so that saving its first
            # events (Rasa saves a new conversation twice in its first message) takes the quick
            # way instead of counting rows that are not there.
            self._remember(sender_id, tracker.events if tracker else (), newest)
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's `save`, except that the stored rows are not counted when they are known, and
        the new ones are written in one statement."""
        await self.stream_events(tracker)
        sender_id = tracker.sender_id
        with self.session_scope() as session:
            remembered = self._remembered.get(sender_id)
            if remembered is not None:
                written = self._insert_events(session, tracker, len(remembered.events))
                # One query after writing, instead of one before and one after: if the rows
                # since the remembered newest are exactly ours, nobody else wrote meanwhile.
                rows_since, newest = session.execute(
                    self._rows_since_query,
                    # No stored row yet: every row counts (ids start at 1).
                    {"sender_id": sender_id, "row_id": remembered.newest_row_id or 0},
                ).one()
                if rows_since == written:
                    session.commit()
                    self._remember(sender_id, tracker.events, newest)
                    return
                session.rollback()  # another server wrote: fall back to Rasa's way
            stored = self._event_query(
                session, sender_id, fetch_events_from_all_sessions=False
            ).count()
            self._insert_events(session, tracker, stored)
            session.commit()

    def _insert_events(self, session: Any, tracker: DialogueStateTracker, stored: int) -> int:
        rows = [
            self._row(tracker.sender_id, event)
            for event in itertools.islice(tracker.events, stored, None)
        ]
        if rows:  # one statement for all of them, not one per event
            session.execute(self._insert_rows, rows)
        return len(rows)

    @staticmethod
    def _row(sender_id: str, event: Event) -> dict[str, Any]:
        """The columns Rasa's own `save` writes for an event."""
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }

    def _newest_row_id(self, session: Any, sender_id: str) -> int | None:
        return session.execute(self._newest_row_query, {"sender_id": sender_id}).scalar()

    def _remember(self, sender_id: str, events: Any, newest_row_id: int | None) -> None:
        events = list(events)
        # What `retrieve` reads: the events stamped at or after the latest session's start.
        starts = [event.timestamp for event in events if isinstance(event, SessionStarted)]
        if starts:
            events = [event for event in events if event.timestamp >= max(starts)]
        self._remembered[sender_id] = _Remembered(tuple(events), newest_row_id)
        self._remembered.move_to_end(sender_id)
        while len(self._remembered) > REMEMBERED_CONVERSATIONS:
            self._remembered.popitem(last=False)
