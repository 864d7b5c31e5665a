"""Which language a conversation is in, decided in one place for every message.

The gateway decides, so the page, the bot and the case always agree:
1. a language button the bot offered and the person pressed (`/change_language{"language": "pl"}`);
2. else the `metadata.lang` the client sent (the page sends its own language, which follows the
   picker, the session and the browser's Accept-Language);
3. else the language the conversation already has (a REST client that sends no `lang`).
The bot follows through `metadata.lang` (bot.components.language keeps its slot on it); the case
records it, so staff know which language to reply in; and the page's session remembers it.
"""

from __future__ import annotations

import json
import re

from handoff.models import Conversation
from tellus.i18n import DEFAULT_LANGUAGE, supported_language

LANGUAGE_KEY = "lang"  # the session's chosen language (the picker, or the bot's buttons)
LANGUAGE_PAYLOAD = re.compile(r"^/change_language(\{.*\})$")


def language_chosen_in(text: str) -> str | None:
    """The language of a language button's payload, or None for any other message."""
    match = LANGUAGE_PAYLOAD.match(text.strip())
    if not match:
        return None
    try:
        entities = json.loads(match.group(1))
    except ValueError:
        return None
    return supported_language(entities.get("language")) if isinstance(entities, dict) else None


def conversation_language(conversation: Conversation, *, text: str, requested: str | None) -> str:
    return (
        language_chosen_in(text)
        or supported_language(requested)
        or supported_language(conversation.language)
        or DEFAULT_LANGUAGE
    )


def do_follow_language(conversation: Conversation, language: str) -> None:
    """The conversation and its case take the person's language from now on. (Nothing else
    changes: what was said stays as it was said, in whatever language.)"""
    if conversation.language != language:
        conversation.language = language
    if conversation.case.language != language:
        conversation.case.language = language
