"""Normalised text cut into sentences: the unit every lexicon pattern runs on."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from .tokens import BREAK

# A sentence longer than this many words is screened in overlapping windows, so that a
# 20,000-character message without a full stop costs the same per word as short ones. No pattern
# spans anywhere near the overlap.
_WINDOW = 160
_WINDOW_OVERLAP = 40


# Not frozen, as engine.Hit: built for every sentence, never changed after.
@dataclass(slots=True)
class Segment:
    """One sentence (or a window of a very long one)."""

    text: str  # canonical words, each preceded by a single space
    words: tuple[str, ...]
    spans: list[tuple[int, int]]  # original [start, end) of word i
    # Where in `text` word i starts: worked out when a rule first matches, which most sentences
    # never see.
    _offsets: list[int] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the words that segment text [start, end) covers."""
        offsets = self._offsets
        if offsets is None:
            offsets = self._offsets = list(
                accumulate((len(word) + 1 for word in self.words[:-1]), initial=1)
            )
        first = bisect_right(offsets, start) - 1
        last = bisect_right(offsets, end - 1) - 1
        return self.spans[first][0], self.spans[last][1]


@dataclass(slots=True)
class NormalisedText:
    words: list[str]  # canonical words, with BREAK between sentences
    spans: list[tuple[int, int]]  # original [start, end) of each word

    def segments(self) -> list[Segment]:
        words = self.words
        # One short sentence, perhaps with its full stop: most messages.
        end = len(words) - 1 if words and words[-1] == BREAK else len(words)
        if end <= _WINDOW and words.count(BREAK) == len(words) - end:
            return [self._segment(0, end)] if end else []
        segments: list[Segment] = []
        start = 0
        breaks = [index for index, word in enumerate(words) if word == BREAK]
        for end in [*breaks, len(words)]:
            step = _WINDOW - _WINDOW_OVERLAP
            for window in range(start, max(end - _WINDOW_OVERLAP, start + 1), step):
                if window < end:
                    segments.append(self._segment(window, min(end, window + _WINDOW)))
            start = end + 1
        return segments

    def _segment(self, start: int, end: int) -> Segment:
        words = tuple(self.words[start:end])
        return Segment(" " + " ".join(words), words, self.spans[start:end])
