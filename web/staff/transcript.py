"""Splits a message into plain and marked pieces so the template can show flagged phrases.

Autoescaping stays on: the template wraps marked pieces in <mark>, never raw HTML from here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    text: str
    marked: bool


def marked_pieces(text: str, spans: list[dict]) -> list[Piece]:
    ranges = sorted(
        (max(0, int(s["start"])), min(len(text), int(s["end"])))
        for s in spans
        if isinstance(s, dict) and "start" in s and "end" in s
    )
    pieces: list[Piece] = []
    cursor = 0
    for start, end in ranges:
        start = max(start, cursor)
        if end <= start:
            continue
        if start > cursor:
            pieces.append(Piece(text[cursor:start], False))
        pieces.append(Piece(text[start:end], True))
        cursor = end
    if cursor < len(text):
        pieces.append(Piece(text[cursor:], False))
    return pieces
