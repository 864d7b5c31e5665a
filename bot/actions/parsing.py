"""Plain functions that turn what people type into the case record's closed values."""

from __future__ import annotations

import re

# Words people use for each contact method, checked in order (a "text message" is not "this chat").
_CONTACT_METHOD_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("text", ("text message", "texting", "text me", "txt", "sms", "text")),
    ("email", ("e-mail", "email", "e mail", "mail me", "gmail", "hotmail", "outlook")),
    ("phone", ("phone", "call", "ring", "mobile", "telephone", "fone")),
    ("letter", ("letter", "post", "write to")),
    ("in_person", ("in person", "face to face", "meet", "visit", "see someone")),
    ("via_trusted_adult", ("trusted adult", "my mum", "my dad", "my teacher", "my carer",
                           "through an adult", "my gran", "my auntie")),
    ("chat", ("this chat", "chat", "here", "online", "on here", "this")),
)


def parse_contact_method(typed: str) -> str | None:
    """The contact method a person named, or None when we cannot tell (then we ask again)."""
    words = " " + re.sub(r"[^a-z0-9@+\- ]+", " ", typed.lower()) + " "
    if "@" in words:
        return "email"
    for method, cues in _CONTACT_METHOD_WORDS:
        if any(f" {cue} " in words for cue in cues):
            return method
    return None
