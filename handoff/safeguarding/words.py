"""Canonical spelling of one word of the text, repaired with what the lexicon knows.

Leetspeak is read with the reading the lexicon knows ("se1f" is self, "k1ll" is kill);
run-together words are split ("iwanttodie", "killmyself"); misspelt key words are repaired by
edit distance ("sucide", "overdoes"), guarded so that short and everyday words never move.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from .tokens import collapse_repeats, deleet_variants, fix_mixed_script

_MAX_PIECE = 14
# Real run-together messages are short; splitting is quadratic in length, so longer ones stay whole.
_MAX_SPLIT = 48
_MIN_FUZZ, _MAX_FUZZ = 5, 16
# Per-word cache: real traffic repeats words, and the bound keeps hostile input from growing memory.
_CACHE_SIZE = 50_000


@dataclass(frozen=True)
class Vocabulary:
    """What the lexicon tells the word repairer."""

    words: frozenset[str]  # every literal word of every lexicon, canonically spelled
    stems: frozenset[str]  # stems of words written with a trailing "*"
    fuzzy_targets: tuple[str, ...]  # distinctive key words worth repairing towards
    never_fuzz: frozenset[str]  # real words that sit one edit away from a key word
    never_split: frozenset[str]  # real words that split into lexicon words ("therapist")
    risk_fragments: re.Pattern[str]  # a run-together word is only split when it contains one
    glue_words: frozenset[str]  # words too common to justify splitting a word on their own


_HUSH = re.compile(r"s+h{2,}", re.IGNORECASE)
# An age or a weight glued to its number: "a 14yo", "a 40yo 'pal'", "get to 35kg". The rules
# write them apart ("14 yo", "## kg"). Not "st": "21st" is an ordinal far more often than a weight.
_NUMBER_AND_UNIT = re.compile(r"(\d{1,2})(yo)|(\d{1,3})(kg|kgs|kilos|lbs)", re.IGNORECASE)


class WordRepair:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self._vocabulary = vocabulary
        self._min_stem = min((len(stem) for stem in vocabulary.stems), default=1)
        self._max_stem = max((len(stem) for stem in vocabulary.stems), default=0)
        by_initial: dict[str, list[str]] = {}
        for target in vocabulary.fuzzy_targets:
            by_initial.setdefault(target[0], []).append(target)
        self._fuzzy_by_initial = {initial: tuple(found) for initial, found in by_initial.items()}
        self.canonical = lru_cache(maxsize=_CACHE_SIZE)(self._canonical)

    def _canonical(self, raw: str, rejoined: bool) -> tuple[str, ...]:
        """Canonical word(s) for one raw token; several when a run-together word is split.

        `rejoined`: the token was rebuilt from spaced-out letters, so it is probably several words.
        """
        token = raw.replace("'", "").replace("*", "")
        if not token:
            return ()
        glued = _NUMBER_AND_UNIT.fullmatch(token)
        if glued:
            number, unit = glued[1] or glued[3], glued[2] or glued[4]
            return (number, unit.lower())
        if _HUSH.fullmatch(token):
            # "shhh" asks for quiet: collapsed, it would be "sh", which is self-harm.
            return ("shush",)
        readings = deleet_variants(token)
        spelled = [collapse_repeats(fix_mixed_script(reading)) for reading in readings]
        if spelled[0].isdigit():
            return (token,)
        word = spelled[0]
        # A dropped g, in text-speak and Scots alike: "jumpin", "cuttin", "greetin" (not "shin").
        # Checked first, so that a rule that writes "cuttin" itself still reads "cutting" and the
        # rules written with "cutting" still meet a child's "cuttin".
        if len(word) >= 5 and word.endswith("in") and word + "g" in self._vocabulary.words:
            return (word + "g",)
        known = next((reading for reading in spelled if self._is_known(reading)), None)
        if known is not None:
            return (known,)
        return self._split(word, rejoined=rejoined) or (self._repair(word),)

    def _is_known(self, word: str) -> bool:
        if word in self._vocabulary.words:
            return True
        stems = self._vocabulary.stems
        return any(
            word[:length] in stems
            for length in range(self._min_stem, min(len(word), self._max_stem) + 1)
        )

    def _split(self, word: str, *, rejoined: bool) -> tuple[str, ...]:
        """ "iwanttodie" -> ("i", "want", "to", "die"); () unless it splits into lexicon words."""
        vocabulary = self._vocabulary
        shortest = 2 if rejoined else 6
        if not shortest <= len(word) <= _MAX_SPLIT or not word.isalpha():
            return ()
        if word in vocabulary.never_split:
            return ()
        if not rejoined and not vocabulary.risk_fragments.search(word):
            return ()
        # Fewest pieces wins; best[i] holds the pieces covering word[:i].
        best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
        best[0] = ()
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - _MAX_PIECE), end):
                before = best[start]
                if before is None or word[start:end] not in vocabulary.words:
                    continue
                current = best[end]
                if current is None or len(before) + 1 < len(current):
                    best[end] = (*before, word[start:end])
        pieces = best[len(word)]
        if not pieces or len(pieces) < 2:
            return ()
        if not rejoined and all(
            piece in vocabulary.glue_words or len(piece) < 3 for piece in pieces
        ):
            return ()
        return pieces

    def _repair(self, word: str) -> str:
        """The key word `word` is a misspelling of ("sucide" -> "suicide"), else `word` itself."""
        if not _MIN_FUZZ <= len(word) <= _MAX_FUZZ or not word.isalpha():
            return word
        if word in self._vocabulary.never_fuzz:
            return word
        allowed = 1 if len(word) < 9 else 2
        best, best_distance = word, allowed + 1
        for target in self._fuzzy_by_initial.get(word[0], ()):
            if abs(len(target) - len(word)) > allowed:
                continue
            distance = OSA.distance(word, target, score_cutoff=allowed)
            if distance < best_distance:
                best, best_distance = target, distance
        return best
