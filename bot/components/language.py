"""Keeps the `language` slot on the language the gateway sent with each message.

The gateway decides the conversation's language for every message (the page's language picker,
the bot's own language buttons, the browser's Accept-Language) and sends it as `metadata.lang`.
This component turns that into a `language` entity, which the slot's `from_entity` mapping picks
up, so the slot follows a change at any point, inside a form too, with no extra call to the
action server. An entity the person's message already carries (a language button's payload)
is left to win. The entity does not influence the conversation (domain.yml), so rules and
stories are the same in every language.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
)
from rasa.shared.nlu.training_data.message import Message

from bot.components.stateless import StatelessComponent
from bot.i18n import LANGUAGE_ENTITY, LANGUAGE_EXTRACTOR
from tellus.i18n import supported_language

METADATA = "metadata"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class ConversationLanguage(StatelessComponent):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            language = supported_language((message.get(METADATA) or {}).get("lang"))
            entities = list(message.get(ENTITIES) or [])
            if language is None or any(
                e.get(ENTITY_ATTRIBUTE_TYPE) == LANGUAGE_ENTITY for e in entities
            ):
                continue
            entities.append(
                {
                    ENTITY_ATTRIBUTE_TYPE: LANGUAGE_ENTITY,
                    ENTITY_ATTRIBUTE_VALUE: language,
                    ENTITY_ATTRIBUTE_START: 0,
                    ENTITY_ATTRIBUTE_END: 0,
                    EXTRACTOR: LANGUAGE_EXTRACTOR,
                }
            )
            message.set(ENTITIES, entities, add_to_output=True)
        return messages
