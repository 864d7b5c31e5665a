"""The repairs Tell Us makes to Rasa keep its behaviour: the same answers accepted and refused,
conversations kept in the same tables."""

from __future__ import annotations

import asyncio

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text
from sqlalchemy.pool import QueuePool

from bot.server import validate_action_result
from bot.tracker_store import TellUsTrackerStore

ANSWERS = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "age_band", "value": "12-15"}], "responses": []},
    {"events": [{"event": "action", "name": "action_listen"}], "responses": [{"text": "Hi"}]},
    {"events": [{"event": "slot"}], "responses": []},  # a slot event needs a name
    {"events": "not a list"},
    {"events": [{"event": "no such event"}]},
    {"responses": [7]},
]


@pytest.mark.parametrize("answer", ANSWERS)
def test_action_answers_are_judged_as_rasa_judges_them(answer) -> None:
    action = RemoteAction("validate_intake_form", None)

    def verdict(validate):
        try:
            return validate(action, answer)
        except ValidationError as error:
            return error.message

    assert verdict(validate_action_result) == verdict(RemoteAction._validate_action_result)


def test_a_refused_answer_keeps_rasas_explanation() -> None:
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        validate_action_result(RemoteAction("x", None), {"events": "not a list"})


def test_the_sqlite_tracker_store_is_pooled_in_wal_mode_and_keeps_rasas_tables(tmp_path) -> None:
    domain = Domain.from_dict({"slots": {"age_band": {"type": "any", "mappings": []}}})
    store = TellUsTrackerStore(domain=domain, dialect="sqlite", db=str(tmp_path / "tracker.db"))
    assert isinstance(store.engine.pool, QueuePool)
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"

    tracker = DialogueStateTracker.from_events(
        "someone-1234",
        [
            ActionExecuted("action_listen"),
            UserUttered("hello", {"name": "greet", "confidence": 1.0}),
            SlotSet("age_band", "12-15"),
        ],
        slots=domain.slots,
    )
    asyncio.run(store.save(tracker))
    # Rasa's own store reads what ours wrote: the same tables, the same rows.
    rasas_own = SQLTrackerStore(domain=domain, dialect="sqlite", db=str(tmp_path / "tracker.db"))
    for reader in (store, rasas_own):
        again = asyncio.run(reader.retrieve("someone-1234"))
        assert again.get_slot("age_band") == "12-15"
        assert again.latest_message.text == "hello"


def test_every_event_type_resolves_to_the_class_rasa_finds() -> None:
    from rasa.shared.utils.common import all_subclasses

    from bot.server import _original_resolve, resolve_event_type

    for cls in all_subclasses(Event):
        assert resolve_event_type(cls.type_name) is _original_resolve(cls.type_name)
    assert resolve_event_type("topic") is None  # Rasa's backwards compatibility
    assert resolve_event_type("no such event", SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        resolve_event_type("no such event")
