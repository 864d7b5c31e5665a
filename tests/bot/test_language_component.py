"""The NLU component that keeps the `language` slot on the gateway's metadata.lang."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.language import ConversationLanguage


@pytest.fixture
def component() -> ConversationLanguage:
    return ConversationLanguage.create({}, None, None, None)


def _message(metadata: dict | None, entities: list[dict] | None = None) -> Message:
    message = Message({TEXT: "hello", "metadata": metadata})
    if entities is not None:
        message.set(ENTITIES, entities)
    return message


def test_the_gateways_language_becomes_the_language_entity(component) -> None:
    [message] = component.process([_message({"lang": "uk"})])
    [entity] = message.get(ENTITIES)
    assert (entity["entity"], entity["value"], entity["extractor"]) == (
        "language",
        "uk",
        "ConversationLanguage",
    )


@pytest.mark.parametrize("metadata", [None, {}, {"lang": "xx"}, {"lang": 5}])
def test_no_language_or_an_unknown_one_adds_nothing(component, metadata) -> None:
    [message] = component.process([_message(metadata)])
    assert not message.get(ENTITIES)


def test_a_language_the_message_already_names_wins(component) -> None:
    chosen = {"entity": "language", "value": "pl", "start": 0, "end": 0}
    [message] = component.process([_message({"lang": "en"}, [chosen])])
    assert message.get(ENTITIES) == [chosen]
