"""The tracker store remembers conversations without ever serving a stale one."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

from bot.tracker_store import TellUsTrackerStore
from tests.postgres import ADMIN_URL, fresh_database

SENDER = "someone-1234"
DOMAIN = Domain.from_dict({"slots": {"age_band": {"type": "any", "mappings": []}}})


@pytest.fixture(params=["sqlite", "postgresql"] if ADMIN_URL else ["sqlite"])
def where(request, tmp_path) -> Iterator[dict]:
    """The tracker store's database settings, as endpoints.yml gives them."""
    if request.param == "sqlite":
        yield {"dialect": "sqlite", "db": str(tmp_path / "tracker.db")}
        return
    with fresh_database("tellus_tracker") as url:
        parsed = make_url(url)
        yield {
            "dialect": "postgresql",
            "host": parsed.host,
            "port": parsed.port,
            "db": parsed.database,
            "username": parsed.username,
            "password": parsed.password,
        }


def _store(where: dict, kind=TellUsTrackerStore):
    return kind(domain=DOMAIN, **where)


def _turn(text: str, *extra) -> list:
    """`extra` events come before the person's message (a new session) or after it (a slot)."""
    message = UserUttered(text, {"name": "inform", "confidence": 1.0})
    starts_session = any(isinstance(event, SessionStarted) for event in extra)
    return [
        *(extra if starts_session else ()),
        message,
        *(() if starts_session else extra),
        BotUttered(f"you said {text}"),
        ActionExecuted("action_listen"),
    ]


def _handle(store, text: str, *extra) -> DialogueStateTracker:
    """What Rasa does with one message: read the conversation, add the turn, save it."""
    tracker = asyncio.run(store.retrieve(SENDER)) or DialogueStateTracker(SENDER, DOMAIN.slots)
    for event in _turn(text, *extra):
        tracker.update(event)
    asyncio.run(store.save(tracker))
    return tracker


def _as_rasa_reads_it(where: dict) -> list[dict]:
    tracker = asyncio.run(_store(where, SQLTrackerStore).retrieve(SENDER))
    return [event.as_dict() for event in tracker.events]


def test_sqlite_is_pooled_in_wal_mode(tmp_path) -> None:
    store = _store({"dialect": "sqlite", "db": str(tmp_path / "tracker.db")})
    assert isinstance(store.engine.pool, QueuePool)
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_what_it_remembers_is_exactly_what_rasa_reads_back(where) -> None:
    store = _store(where)
    _handle(store, "hello")
    _handle(store, "12 to 15", SlotSet("age_band", "12-15"))
    remembered = asyncio.run(store.retrieve(SENDER))
    assert [event.as_dict() for event in remembered.events] == _as_rasa_reads_it(where)
    assert remembered.get_slot("age_band") == "12-15"
    assert len(_as_rasa_reads_it(where)) == 7  # every event stored once


def test_a_message_handled_by_another_server_is_never_missed(where) -> None:
    ours, theirs = _store(where), _store(where)
    _handle(ours, "hello")
    _handle(theirs, "12 to 15", SlotSet("age_band", "12-15"))  # a fail-over to another server
    tracker = _handle(ours, "my name is Sam")
    assert tracker.get_slot("age_band") == "12-15"
    texts = [e["text"] for e in _as_rasa_reads_it(where) if e["event"] == "user"]
    assert texts == ["hello", "12 to 15", "my name is Sam"]


@pytest.mark.parametrize("remember", [True, False])
def test_a_new_session_starts_the_conversation_afresh(where, remember) -> None:
    store = _store(where)
    _handle(store, "hello", SlotSet("age_band", "12-15"))
    if not remember:
        store._remembered.clear()  # as after a restart of the server
    _handle(store, "back again", ActionExecuted("action_session_start"), SessionStarted())
    _handle(store, "and again")
    again = asyncio.run(store.retrieve(SENDER))
    assert [event.as_dict() for event in again.events] == _as_rasa_reads_it(where)
    assert isinstance(again.events[0], SessionStarted)


def test_a_save_racing_another_server_stores_what_rasas_store_would(where) -> None:
    """Without a shared lock store, two servers can hold one conversation at once. Whatever
    Rasa's own store would then keep, this one keeps, and it reads the rows back next time."""
    ours, theirs = _store(where), _store(where)
    _handle(ours, "hello")
    tracker = asyncio.run(ours.retrieve(SENDER))
    _handle(theirs, "12 to 15", SlotSet("age_band", "12-15"))
    for event in _turn("my name is Sam"):
        tracker.update(event)
    asyncio.run(ours.save(tracker))
    # Rasa's store counts the 9 stored rows and writes what the tracker has past them: nothing.
    texts = [e["text"] for e in _as_rasa_reads_it(where) if e["event"] == "user"]
    assert texts == ["hello", "12 to 15"]
    again = asyncio.run(ours.retrieve(SENDER))
    assert [event.as_dict() for event in again.events] == _as_rasa_reads_it(where)


def test_two_servers_starting_one_conversation_store_what_rasas_store_would(where) -> None:
    """A new conversation is remembered as empty when first read; if another server writes its
    first rows meanwhile, the save notices and falls back to Rasa's way."""
    ours, theirs = _store(where), _store(where)
    assert asyncio.run(ours.retrieve(SENDER)) is None
    _handle(theirs, "hello")
    tracker = DialogueStateTracker(SENDER, DOMAIN.slots)
    for event in _turn("hi there"):
        tracker.update(event)
    asyncio.run(ours.save(tracker))
    # Rasa's store counts the 3 stored rows and writes what the tracker has past them: nothing.
    texts = [e["text"] for e in _as_rasa_reads_it(where) if e["event"] == "user"]
    assert texts == ["hello"]
    again = asyncio.run(ours.retrieve(SENDER))
    assert [event.as_dict() for event in again.events] == _as_rasa_reads_it(where)
