"""The values the safeguarding screen hands back (CONTRACT §5)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "self_harm",
    "suicide",
    "sexual_abuse",
    "physical_abuse",
    "emotional_abuse",
    "neglect",
    "domestic_abuse",
    "exploitation",
    "immediate_danger",
    "forced_marriage_fgm",
    "trafficking",
    "radicalisation",
    "bullying_with_harm",
)

# Ordered from least to most urgent; the index is the rank used to take the maximum.
SEVERITIES: tuple[str, ...] = ("none", "medium", "high", "immediate")
SEVERITY_RANK: dict[str, int] = {name: rank for rank, name in enumerate(SEVERITIES)}


def most_severe(severities: list[str] | tuple[str, ...]) -> str:
    """The most urgent of `severities`, or "none" for an empty list."""
    return max(severities, key=SEVERITY_RANK.__getitem__, default="none")


# Slotted, not frozen: a frozen dataclass costs three times as much to build and the screen
# builds these for every message; nothing changes them once built.
@dataclass(slots=True)
class Match:
    """One stretch of the original text that contributed to the result.

    `start`/`end` are offsets into the text as the child typed it, for the staff screen to mark.
    In a conversation result, `message_index` says which message the offsets refer to.
    """

    start: int
    end: int
    text: str
    category: str
    severity: str
    message_index: int | None = None

    def as_dict(self) -> dict[str, Any]:
        span: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "severity": self.severity,
        }
        if self.message_index is not None:
            span["message_index"] = self.message_index
        return span


@dataclass(slots=True)
class ScreenResult:
    flagged: bool
    severity: str
    categories: list[str] = field(default_factory=list)
    spans: list[Match] = field(default_factory=list)

    def as_dict(self, *, with_spans: bool = True) -> dict[str, Any]:
        result: dict[str, Any] = {
            "flagged": self.flagged,
            "severity": self.severity,
            "categories": list(self.categories),
        }
        if with_spans:
            result["spans"] = [span.as_dict() for span in self.spans]
        return result


def not_flagged() -> ScreenResult:
    """A fresh clear result (fresh, because the dataclass holds lists a caller could mutate)."""
    return ScreenResult(flagged=False, severity="none", categories=[], spans=[])
