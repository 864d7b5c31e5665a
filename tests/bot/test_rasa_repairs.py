"""The repairs Tell Us makes to Rasa keep its behaviour: the same answers accepted and refused,
the same events read back."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event, SlotSet

from bot.server import validate_action_result

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


def test_every_event_type_resolves_to_the_class_rasa_finds() -> None:
    from rasa.shared.utils.common import all_subclasses

    from bot.server import _original_resolve, resolve_event_type

    for cls in all_subclasses(Event):
        assert resolve_event_type(cls.type_name) is _original_resolve(cls.type_name)
    assert resolve_event_type("topic") is None  # Rasa's backwards compatibility
    assert resolve_event_type("no such event", SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        resolve_event_type("no such event")
