"""What would make it easier, what makes it urgent, and the heads of complaint."""

from __future__ import annotations

import re

from bot.actions.parsing.words import has_any, tidy

ADJUSTMENT_LABELS = {
    "reading_help": "help with reading",
    "interpreter": "an interpreter",
    "bsl": "British Sign Language (BSL)",
    "more_time": "more time",
    "large_text": "large text",
    "easy_read": "easy read",
    "audio": "audio or spoken information",
    "breaks": "breaks",
    "quiet_space": "a quiet place to meet",
}
_ADJUSTMENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "reading_help",
        (
            "reading",
            "read to me",
            "dyslexia",
            "dyslexic",
            "help reading",
            "cant read",
            "can't read",
            "reading help",
        ),
    ),
    (
        "interpreter",
        (
            "interpreter",
            "translator",
            "translate",
            "translation",
            "my language",
            "in polish",
            "in arabic",
            "in ukrainian",
            "in gaelic",
        ),
    ),
    ("bsl", ("bsl", "sign language", "signing", "deaf")),
    ("more_time", ("more time", "extra time", "slowly", "take my time", "time to think")),
    (
        "large_text",
        ("large text", "big text", "bigger text", "large print", "big writing", "bigger writing"),
    ),
    ("easy_read", ("easy read", "simple words", "easy words", "plain words")),
    ("audio", ("audio", "spoken", "voice", "read aloud", "listen")),
    ("breaks", ("breaks", "a break", "rest")),
    ("quiet_space", ("quiet", "quiet room", "quiet place")),
)
_NO_ADJUSTMENTS = (
    "nothing",
    "none",
    "no thanks",
    "no",
    "nah",
    "naw",
    "nope",
    "i'm fine",
    "im fine",
    "i am fine",
    "no need",
    "not needed",
    "nothing thanks",
)


def parse_adjustments(typed: str) -> list[str] | None:
    """Adjustments named; an empty list when they need none; None when unclear."""
    words = tidy(typed)
    chosen = [value for value, cues in _ADJUSTMENTS if has_any(words, cues)]
    if chosen:
        return chosen
    if has_any(words, _NO_ADJUSTMENTS):
        return []
    return None


# ---- urgency and heads of complaint ---------------------------------------------------------

_URGENT_CUES = (
    "exam",
    "exams",
    "test",
    "move",
    "moving",
    "flitting",
    "meeting",
    "court",
    "hearing",
    "panel",
    "appointment",
    "tomorrow",
    "next week",
    "this week",
    "tonight",
    "today",
    "deadline",
    "interview",
    "operation",
    "soon",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "asap",
    "urgent",
    "review",
    "eviction",
    "evicted",
    "start school",
    "new school",
)
_NOT_URGENT = (
    "no",
    "nope",
    "nah",
    "naw",
    "nothing",
    "not really",
    "none",
    "no rush",
    "not urgent",
    "nothing coming up",
    "nae",
)


def parse_urgency(typed: str) -> str | None:
    """`none` when nothing is coming up; the person's own words when something is; or None."""
    words = tidy(typed)
    if has_any(words, _URGENT_CUES) or re.search(r"\d", typed):
        return typed.strip()
    if has_any(words, _NOT_URGENT):
        return "none"
    return typed.strip() if len(words.split()) >= 4 else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+|\s+and also\s+")


def heads_from_story(story_parts: list[str], *, limit: int = 5) -> list[str]:
    """Starting heads of complaint: one per thing they told us, which they then correct.

    Each separate message (or sentence of a long one) becomes a head, tidied and capitalised;
    very short fragments ("and", "yeah") are dropped.
    """
    heads: list[str] = []
    for part in story_parts:
        for piece in _SENTENCE_END.split(part):
            tidy = " ".join(piece.split()).strip(" .,;-")
            if len(tidy.split()) < 3:
                continue
            heads.append(tidy[0].upper() + tidy[1:])
    return heads[:limit]
