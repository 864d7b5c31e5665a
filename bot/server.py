"""`python -m bot.server run ...`: Rasa's own command line, with two repairs for speed made first.

1. Rasa 3.6 checks every answer from the action server with `jsonschema.validate`, which first
   checks Rasa's response schema itself against the JSON Schema meta-schema, every time. That
   alone was about half of a form turn (cProfile of `Agent.handle_message`: 55 → 28 ms per
   message without it). The schema is a constant, so its validator is built once; answers are
   validated exactly as before.
2. Turning stored events back into objects looks each event's class up by walking every subclass
   of `Event` (60,600 calls for 60 messages, most of reading a conversation back). The classes do
   not change once Rasa is loaded, so the lookup is a dictionary built once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema import validators
from jsonschema.exceptions import best_match
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

_RESPONSE_SCHEMA = RemoteAction.action_response_format_spec()
_RESPONSE_VALIDATOR = validators.validator_for(_RESPONSE_SCHEMA)(_RESPONSE_SCHEMA)
_RESPONSE_VALIDATOR.check_schema(_RESPONSE_SCHEMA)
_original_validate = RemoteAction._validate_action_result
_original_resolve = Event.resolve_by_type


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """`RemoteAction._validate_action_result` with the validator built once."""
    if best_match(_RESPONSE_VALIDATOR.iter_errors(result)) is None:
        return True
    # A bad answer is rare: Rasa's own path raises it, with its explanation added.
    return _original_validate(self, result)


@lru_cache(maxsize=1)
def _event_classes() -> dict[str, type[Event]]:
    classes: dict[str, type[Event]] = {}
    for cls in all_subclasses(Event):
        classes.setdefault(cls.type_name, cls)  # the first match, as Rasa's own loop takes
    return classes


def resolve_event_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    """`Event.resolve_by_type` from a dictionary; anything it does not know goes to Rasa's own."""
    return _event_classes().get(type_name) or _original_resolve(type_name, default)


def apply_repairs() -> None:
    RemoteAction._validate_action_result = validate_action_result
    Event.resolve_by_type = staticmethod(resolve_event_type)


if __name__ == "__main__":
    apply_repairs()
    from rasa.__main__ import main

    main()
