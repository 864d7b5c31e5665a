"""Validation of what chat clients send (CONTRACT §2). All checks live here; views stay thin."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from handoff.errors import InvalidInput
from tellus.i18n import supported_language

SENDER_PATTERN = re.compile(r"^[A-Za-z0-9_-]{8,128}$")
MAX_MESSAGE_CHARS = 5000


@dataclass(frozen=True)
class ChatMessage:
    sender_id: str
    text: str
    # The language the client asked for (None: not said, or one we do not speak); the gateway
    # settles the conversation's language from it (web/chat/language.py).
    language: str | None


def _without_control_characters(text: str) -> str:
    """Drops invisible control characters (they break logs and screens) but keeps line breaks."""
    return "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    )


def check_sender(sender: Any) -> str:
    if not isinstance(sender, str) or not SENDER_PATTERN.match(sender):
        raise InvalidInput("sender must be 8 to 128 characters of A-Z, a-z, 0-9, _ or -.")
    return sender


def check_chat_message(body: Any) -> ChatMessage:
    if not isinstance(body, dict):
        raise InvalidInput("The body must be a JSON object with 'sender' and 'message'.")
    sender = check_sender(body.get("sender"))
    message = body.get("message")
    if not isinstance(message, str):
        raise InvalidInput("message must be a string.")
    text = _without_control_characters(message).strip()
    if not text:
        raise InvalidInput("message must not be empty.")
    if len(text) > MAX_MESSAGE_CHARS:
        raise InvalidInput(
            f"message is too long: at most {MAX_MESSAGE_CHARS} characters. Please send it in parts."
        )
    metadata = body.get("metadata", {})
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict):
        raise InvalidInput("metadata must be a JSON object.")
    language = metadata.get("lang")
    if language is not None and not isinstance(language, str):
        raise InvalidInput("metadata.lang must be a string such as 'en'.")
    # An unknown language is not an error: the conversation keeps its language (new: English).
    return ChatMessage(sender_id=sender, text=text, language=supported_language(language))
