"""Shared helpers: whole-word matching on a tidied copy of what was typed.

Lower-cased and de-punctuated, so "ma mum" and "MY MUM!!" read the same, and a cue like
"pool" does not fire inside "liverpool".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD_CHARS = re.compile(r"[^a-z0-9@+'\- ]+")


def tidy(typed: str) -> str:
    text = typed.lower().replace("\u2019", "'")  # phones type a curly apostrophe
    return " " + " ".join(_WORD_CHARS.sub(" ", text).split()) + " "


def has_any(words: str, cues: Iterable[str]) -> bool:
    return any(f" {cue} " in words for cue in cues)


def first_match(typed: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    words = tidy(typed)
    for value, cues in table:
        if has_any(words, cues):
            return value
    return None


# ---- yes / no -------------------------------------------------------------------------------

_YES = (
    "yes",
    "yeah",
    "yep",
    "yup",
    "ya",
    "yea",
    "aye",
    "ok",
    "okay",
    "k",
    "sure",
    "correct",
    "right",
    "thats right",
    "that's right",
    "of course",
    "definitely",
    "please",
    "go ahead",
    "fine",
    "true",
    "yes please",
    "affirm",
    "uh huh",
    "yass",
    "yas",
    "course",
)
_NO = (
    "no",
    "nope",
    "nah",
    "naw",
    "nae",
    "not really",
    "no way",
    "don't",
    "dont",
    "do not",
    "never",
    "deny",
    "not",
    "rather not",
    "no thanks",
    "no thank you",
)
_UNSURE = (
    "not sure",
    "dunno",
    "don't know",
    "dont know",
    "idk",
    "maybe",
    "unsure",
    "no idea",
    "not_sure",
    "i'm not sure",
    "no sure",
)


def parse_yes_no(typed: str) -> bool | None:
    """True for yes, False for no, None when unclear or unsure ("dunno")."""
    words = tidy(typed)
    if typed.strip() in ("/affirm", "/deny"):
        return typed.strip() == "/affirm"
    if has_any(words, _UNSURE):
        return None
    said_no = has_any(words, _NO)
    said_yes = has_any(words, _YES)
    if said_yes and not said_no:
        return True
    if said_no and not said_yes:
        return False
    return None
