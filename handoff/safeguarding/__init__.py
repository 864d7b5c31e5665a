"""Safeguarding screen for Tell Us (CONTRACT §5): spots disclosures of risk in what a child writes.

    from handoff.safeguarding import screen, screen_conversation
    result = screen("ma da skelps me")  # flagged=True, severity="high", ["physical_abuse"]

Pure, deterministic and local: no network, no model, no service, and it never raises. If the
screen itself fails it fails closed: flagged, for a person to look at.
"""

from .result import CATEGORIES, SEVERITIES, Match, ScreenResult
from .screening import screen, screen_conversation

__all__ = ["CATEGORIES", "SEVERITIES", "Match", "ScreenResult", "screen", "screen_conversation"]
