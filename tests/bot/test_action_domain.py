"""Rasa sends the action server no domain (bot/actions/domain.py): the validators' own copy must
be the very domain Rasa would have sent, and validation must work without one being sent."""

from __future__ import annotations

import asyncio
from pathlib import Path

from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa_sdk import FormValidationAction
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.domain import PROJECT_DOMAIN
from bot.actions.status import ValidateLookupForm
from tellus.config import load_settings
from tellus.training import train_if_stale


def test_the_action_servers_domain_is_the_one_in_the_model(tmp_path: Path) -> None:
    model = train_if_stale(load_settings())
    _, metadata = LocalModelStorage.from_model_archive(tmp_path, model)
    assert PROJECT_DOMAIN == metadata.domain.as_dict()


def _validated(say, run) -> list[dict]:
    """A reference typed into the status lookup, as its form's slot mapping set it just now."""
    tracker = say("tu 7kq4 m2xp", intent="inform")
    tracker.active_loop = {"name": "lookup_form"}
    tracker.events.append({"event": "slot", "name": "lookup_reference", "value": "tu 7kq4 m2xp"})
    return asyncio.run(run(ValidateLookupForm(), CollectingDispatcher(), tracker, {}))


def test_answers_are_validated_when_rasa_sends_no_domain(say) -> None:
    events = _validated(say, ValidateLookupForm.run)
    assert {"event": "slot", "name": "lookup_reference", "value": "TU-7KQ4-M2XP"} in [
        {key: event[key] for key in ("event", "name", "value")} for event in events
    ]


def test_without_the_projects_domain_rasa_sdk_would_accept_anything(say) -> None:
    # Why the validators supply it: the lookup form's slots are named only in the domain, and
    # rasa_sdk alone finds none to validate in an empty one.
    assert _validated(say, FormValidationAction.run) == []
