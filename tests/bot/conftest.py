"""Fixtures for custom actions: trackers loaded from JSON, as RasaHQ/financial-demo does."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import services
from tellus.config import Settings

TRACKERS = Path(__file__).parent / "trackers"


@pytest.fixture
def load_tracker() -> Callable[..., Tracker]:
    def load(name: str, **slot_overrides: object) -> Tracker:
        state = json.loads((TRACKERS / f"{name}.json").read_text())
        state["slots"].update(slot_overrides)
        return Tracker.from_dict(state)

    return load


@pytest.fixture
def say(load_tracker: Callable[..., Tracker]) -> Callable[..., Tracker]:
    """A tracker inside the complaint form where the person has just typed `text`."""

    def build(
        text: str, *, intent: str = "complain", confidence: float = 0.9, **slots: object
    ) -> Tracker:
        tracker = load_tracker("in_form", **slots)
        tracker.latest_message["text"] = text
        tracker.latest_message["intent"] = {"name": intent, "confidence": confidence}
        return tracker

    return build


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


@pytest.fixture
def actions_database(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Points the action server's lazily made session factory at this test's database."""
    for name, value in settings.environment().items():
        monkeypatch.setenv(name, value)
    services.settings.cache_clear()
    services.session_factory.cache_clear()
    yield settings
    services.settings.cache_clear()
    services.session_factory.cache_clear()
