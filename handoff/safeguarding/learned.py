"""The learned second net: a linear model over character and word n-grams.

The rules (engine.py) are precise but only know the phrasings someone wrote down; text written
by people the rules never saw showed how many ways a child can say the same thing. This model
generalises from the labelled examples in handoff/safeguarding/training/ and flags what the
rules miss. It is trained from those files during set-up (training.py), deterministically, and
kept under var/models/. "At risk?" is a dictionary lookup per n-gram of a word not seen before
and a few float sums; every category (one small matrix product) is scored only for a message over
the threshold. scikit-learn is needed only to train.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from .result import CATEGORIES
from .spacing import has_spaced_letters, raw_tokens, rejoin_spaced_letters
from .tokens import BREAK, deleet_variants, fix_mixed_script, may_hide_letters

CHAR_NGRAMS = (2, 5)
WORD_NGRAMS = (1, 2)
WORD_RE = re.compile(r"(?u)\b\w+\b")
WORD_CACHE_SIZE = 50_000


# "I'm not in danger", the answer the intake's "when is it safe to contact you?" invites, is no
# evidence either way. Left in, its "danger" outweighed its "not" (the model reads n-grams, not
# grammar) and such answers flagged, so it is taken out before training and scoring alike. The
# rules read these phrases themselves, with their own idioms.
_NO_DANGER = re.compile(
    r"\b(?:(?:i'?m|i am|we'?re|we are|nobody'?s|nobody is|no ?one'?s|no ?one is|he'?s|she'?s|"
    r"they'?re)\s+)?not\s+in\s+(?:any\s+)?danger(?:\s+or\s+anything)?\b|\bno\s+danger\b"
    r"|\bnie\s+(?:jestem|jeste[sś]my)\s+w\s+niebezpiecze[nń]stwie\b"
    r"|\bnie\s+ma\s+(?:[zż]adnego\s+)?(?:zagro[zż]enia|niebezpiecze[nń]stwa)\b"
    # Ukrainian is meant: its letters only look like Latin ones to the linter.
    r"|\bя\s+не\s+в\s+небезпеці|\bнебезпеки\s+нема[єе]?|\bne\s+v\s+nebezpe[ct]si\b"  # noqa: RUF001
    r"|\bchan\s+eil\s+(?:mi|sinn)\s+ann\s+an\s+cunnart(?:\s+sam\s+bith)?"
    r"|(?:مش|مو|لست|لسنا)\s+(?:في\s+|ب)خطر|ما\s+في\s+(?:أي\s+|اي\s+)?خطر"
    r"|\b(?:mish|mesh|msh)\s+(?:fi\s+|b\s*)(?:5atar|khatar)\b"
)
# Every phrase above holds one of these; most messages hold none, and a substring test costs far
# less than the search (about 19 µs a message on the evaluation set, on the model's hot path).
_NO_DANGER_MARKERS = (
    "danger",
    "niebezpiecz",
    "zagro",
    "небезпе",
    "nebezpe",
    "cunnart",
    "خطر",
    "5atar",
    "khatar",
)


def prepare(text: str) -> str:
    """The one preparation both training and scoring use: compatibility-folded lower case,
    without the reassurances that carry no evidence."""
    prepared = unicodedata.normalize("NFKC", text).lower()
    if any(marker in prepared for marker in _NO_DANGER_MARKERS):
        return _NO_DANGER.sub(" ", prepared)
    return prepared


def plain_reading(text: str) -> str:
    """The prepared message with leetspeak and spaced-out letters undone, and nothing else.

    The rules read "m1ss1ng fr0m my c4r3 h0m3" and "h u r t s  m e" as plain words (normalise.py);
    the model learnt from text mostly typed plainly, so it is shown this reading too. Everything
    else stays as typed (accents, doubled letters, spelling), which is what the model knows:
    reading the rules' fully canonical words instead flagged ordinary Polish and Gaelic.
    """
    return without_disguises(prepare(text))


def without_disguises(prepared: str) -> str:
    """`plain_reading` of text already prepared."""
    if not may_hide_letters(prepared) and not has_spaced_letters(prepared):
        return prepared  # most messages: three searches instead of a walk over every word
    return undo_disguises(prepared)


def undo_disguises(prepared: str) -> str:
    """Each word of prepared text as the rules' leetspeak and spacing repairs would read it."""
    tokens = raw_tokens(prepared)
    tokens = rejoin_spaced_letters(tokens, prepared) or tokens
    pieces: list[str] = []
    position = 0
    for token, start, end, _rejoined in tokens:
        if token == BREAK:
            continue
        plain = token if token.isalpha() else fix_mixed_script(deleet_variants(token)[0])
        if plain != prepared[start:end]:
            pieces += [prepared[position:start], plain]
            position = end
    return "".join([*pieces, prepared[position:]])


def char_ngrams(text: str) -> list[str]:
    """Character n-grams inside word boundaries, exactly as scikit-learn's "char_wb" makes them."""
    return [gram for word in text.split() for gram in word_char_ngrams(word)]


def word_char_ngrams(word: str) -> list[str]:
    low, high = CHAR_NGRAMS
    padded = f" {word} "
    length = len(padded)
    grams: list[str] = []
    for n in range(low, high + 1):
        offset = 0
        grams.append(padded[offset : offset + n])
        while offset + n < length:
            offset += 1
            grams.append(padded[offset : offset + n])
        if offset == 0:  # a word shorter than n is counted once, as scikit-learn does
            break
    return grams


def word_ngrams(text: str) -> list[str]:
    return word_ngrams_of(WORD_RE.findall(text))


def word_ngrams_of(words: list[str]) -> list[str]:
    """In scikit-learn's order: every word, then every run of two words, and so on."""
    low, high = WORD_NGRAMS
    grams = list(words) if low == 1 else []
    for n in range(max(low, 2), high + 1):
        # Each run of n consecutive words, joined without a Python-level loop.
        # (zip stops at the shortest copy: that is where the runs end)
        grams += map(" ".join, zip(*(words[start:] for start in range(n)), strict=False))
    return grams


@dataclass(frozen=True)
class Features:
    """One n-gram family: each known n-gram's row, its inverse document frequency, and its
    weights (column 0: at risk or not; then one column per category, in CATEGORIES order)."""

    rows: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray
    # Character n-grams never cross a word, and words repeat from message to message: what each
    # word seen adds is kept (rows, Σ idf², Σ idf * weight), which makes scoring several times
    # faster. Plain tuples of numbers, which the garbage collector stops tracking.
    terms_of_word: dict[str, tuple[tuple[int, ...], float, float]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def known_rows(self, grams: list[str]) -> list[int]:
        rows = self.rows
        return [row for row in map(rows.get, grams) if row is not None]

    def terms(self, grams: list[str]) -> _Terms:
        rows = self.known_rows(grams)
        squares, weighted = self.risk_terms
        return _Terms(
            rows, sum(map(squares.__getitem__, rows)), sum(map(weighted.__getitem__, rows))
        )

    def char_terms(self, text: str) -> _Terms:
        """The terms of the character n-grams of every word of `text`, each word's looked up
        once and then kept."""
        rows: list[int] = []
        squares = weighted = 0.0
        cache = self.terms_of_word
        for word in text.split():
            kept = cache.get(word)
            if kept is None:
                if len(cache) > WORD_CACHE_SIZE:
                    cache.clear()
                terms = self.terms(word_char_ngrams(word))
                kept = cache[word] = (tuple(terms.rows), terms.squares, terms.weighted)
            rows += kept[0]
            squares += kept[1]
            weighted += kept[2]
        return _Terms(rows, squares, weighted)

    @cached_property
    def idf64(self) -> np.ndarray:
        """The idf as doubles, as every score is summed (made on first use)."""
        return self.idf.astype(np.float64)

    @cached_property
    def risk_terms(self) -> tuple[array[float], array[float]]:
        """Per row: idf² and idf * the at-risk weight, as doubles (made on first use)."""
        idf = self.idf64
        squares, weighted = array("d"), array("d")
        squares.frombytes((idf * idf).tobytes())
        weighted.frombytes((idf * self.weights[:, 0].astype(np.float64)).tobytes())
        return squares, weighted


# TF-IDF with sublinear term frequency (1 + log count) and an L2-normalised vector, as the model
# was fitted: a row's value is (1 + log count) * idf, divided by the norm of all the values.


@dataclass(slots=True)
class _Terms:
    """Known n-grams' rows, each time one occurs, and the at-risk score's two sums taken as if
    each occurrence counted once: Σ idf² and Σ idf * weight. Adding the sums of two pieces of
    text gives the sums of both; only a row that occurs more than once needs its count's log."""

    rows: list[int]
    squares: float
    weighted: float
    _repeats: list[tuple[int, int]] | None = None

    def repeats(self) -> list[tuple[int, int]]:
        """The rows that occur more than once, with their counts (found once, then kept)."""
        if self._repeats is None:
            counted = Counter(self.rows).items() if len(self.rows) > 1 else ()
            self._repeats = [(row, count) for row, count in counted if count > 1]
        return self._repeats

    def risk_score(self, family: Features) -> float:
        """The at-risk column alone, in plain floats: numpy's fixed cost per call was most of
        a message's time, and most messages are only asked "at risk?"."""
        if not self.rows:
            return 0.0
        norm_squared, total = self.squares, self.weighted
        squares, weighted = family.risk_terms
        for row, count in self.repeats():
            tf = 1.0 + math.log(count)
            norm_squared += (tf * tf - count) * squares[row]
            total += (tf - count) * weighted[row]
        return total / math.sqrt(norm_squared)

    def scores(self, family: Features) -> np.ndarray | float:
        """Every column at once: the sums over every occurrence, corrected for the repeats as
        `risk_score` does (gathering rows, not counting them in Python, which cost more)."""
        if not self.rows:
            return 0.0
        idf = family.idf64
        rows = np.array(self.rows, dtype=np.intp)
        totals = idf.take(rows) @ family.weights.take(rows, axis=0)
        norm_squared = self.squares
        repeats = self.repeats()
        if repeats:
            repeated = np.array(repeats, dtype=np.intp)
            counts = repeated[:, 1].astype(np.float64)
            tf = 1.0 + np.log(counts)
            repeated_idf = idf.take(repeated[:, 0])
            totals -= ((counts - tf) * repeated_idf) @ family.weights.take(repeated[:, 0], axis=0)
            norm_squared += float((tf * tf - counts) @ (repeated_idf * repeated_idf))
        return totals / math.sqrt(norm_squared)


@dataclass(frozen=True)
class LearnedModel:
    char: Features
    word: Features
    intercepts: tuple[float, ...]
    threshold: float
    # A message of a few words gives the model little to go on ("they said she can't go"), and
    # short plain disclosures are what the rules are best at; so it must be surer of those.
    short_message_words: int
    short_message_threshold: float
    data_digest: str

    def make_tables(self) -> None:
        """Make the tables scoring reads now, so that the first message does not wait for them."""
        for family in (self.char, self.word):
            _ = family.idf64, family.risk_terms

    def scores(self, text: str) -> tuple[float, ...]:
        """Decision values: [at risk, *one per category]. Positive leans towards yes."""
        return self._all_scores(_Grams.of(self, prepare(text)))

    def risk(self, text: str) -> float:
        """The probability the model gives that the message shows a child at risk."""
        return _sigmoid(self._risk_score(_Grams.of(self, prepare(text))))

    def categories_at_risk(self, text: str) -> tuple[str, ...]:
        """The likely categories when the risk is over the threshold; empty when it is not."""
        return self.categories_of_prepared(prepare(text))

    def categories_of_prepared(self, prepared: str) -> tuple[str, ...]:
        """`categories_at_risk` of text already prepared (the screen reads a message as typed
        and, when it differs, without disguises, and prepares it once)."""
        grams = _Grams.of(self, prepared)
        short = grams.words <= self.short_message_words
        threshold = self.short_message_threshold if short else self.threshold
        if _sigmoid(self._risk_score(grams)) < threshold:
            return ()
        scores = self._all_scores(grams)
        by_category = sorted(zip(CATEGORIES, scores[1:], strict=True), key=lambda p: -p[1])
        chosen = tuple(name for name, score in by_category if score > 0)
        return chosen or (by_category[0][0],)

    def _risk_score(self, grams: _Grams) -> float:
        return (
            self.intercepts[0] + grams.char.risk_score(self.char) + grams.word.risk_score(self.word)
        )

    def _all_scores(self, grams: _Grams) -> tuple[float, ...]:
        totals = np.array(self.intercepts)
        totals += grams.char.scores(self.char)
        totals += grams.word.scores(self.word)
        return tuple(float(value) for value in totals)


@dataclass(slots=True)
class _Grams:
    """A message's known n-grams in each family, and how many words it has."""

    char: _Terms
    word: _Terms
    words: int

    @classmethod
    def of(cls, model: LearnedModel, prepared: str) -> _Grams:
        words = WORD_RE.findall(prepared)
        return cls(
            model.char.char_terms(prepared),
            model.word.terms(word_ngrams_of(words)),
            len(words),
        )


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)
