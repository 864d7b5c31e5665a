"""The learned second net: a linear model over character and word n-grams.

The rules (engine.py) are precise but only know the phrasings someone wrote down; text written
by people the rules never saw showed how many ways a child can say the same thing. This model
generalises from the labelled examples in handoff/safeguarding/training/ and flags what the
rules miss. It is trained from those files during set-up (training.py), deterministically, and
kept under var/models/. Scoring is a dictionary lookup per n-gram and one small matrix product,
so a message costs tens of microseconds; scikit-learn is needed only to train.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .result import CATEGORIES
from .spacing import raw_tokens, rejoin_spaced_letters
from .tokens import BREAK, deleet_variants, fix_mixed_script

CHAR_NGRAMS = (2, 5)
WORD_NGRAMS = (1, 2)
WORD_RE = re.compile(r"(?u)\b\w+\b")
WORD_CACHE_SIZE = 50_000


def prepare(text: str) -> str:
    """The one preparation both training and scoring use: compatibility-folded lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def plain_reading(text: str) -> str:
    """The prepared message with leetspeak and spaced-out letters undone, and nothing else.

    The rules read "m1ss1ng fr0m my c4r3 h0m3" and "h u r t s  m e" as plain words (normalise.py);
    the model learnt from text mostly typed plainly, so it is shown this reading too. Everything
    else stays as typed (accents, doubled letters, spelling), which is what the model knows:
    reading the rules' fully canonical words instead flagged ordinary Polish and Gaelic.
    """
    prepared = prepare(text)
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
    words = WORD_RE.findall(text)
    low, high = WORD_NGRAMS
    grams: list[str] = []
    for n in range(low, high + 1):
        grams.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return grams


@dataclass(frozen=True)
class Features:
    """One n-gram family: each known n-gram's row, its inverse document frequency, and its
    weights (column 0: at risk or not; then one column per category, in CATEGORIES order)."""

    rows: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray
    # Character n-grams never cross a word, and words repeat from message to message: the rows
    # of each word seen are kept, which makes scoring several times faster.
    rows_of_word: dict[str, tuple[int, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def known_rows(self, grams: list[str]) -> list[int]:
        rows = self.rows
        return [row for row in map(rows.get, grams) if row is not None]

    def char_rows(self, text: str) -> list[int]:
        found: list[int] = []
        cache = self.rows_of_word
        for word in text.split():
            rows = cache.get(word)
            if rows is None:
                if len(cache) > WORD_CACHE_SIZE:
                    cache.clear()
                rows = cache[word] = tuple(self.known_rows(word_char_ngrams(word)))
            found.extend(rows)
        return found


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

    def scores(self, text: str) -> tuple[float, ...]:
        """Decision values: [at risk, *one per category]. Positive leans towards yes."""
        prepared = prepare(text)
        totals = np.array(self.intercepts)
        totals += _family_scores(self.char, self.char.char_rows(prepared))
        totals += _family_scores(self.word, self.word.known_rows(word_ngrams(prepared)))
        return tuple(float(value) for value in totals)

    def risk(self, text: str) -> float:
        """The probability the model gives that the message shows a child at risk."""
        return _sigmoid(self.scores(text)[0])

    def categories_at_risk(self, text: str) -> tuple[str, ...]:
        """The likely categories when the risk is over the threshold; empty when it is not."""
        scores = self.scores(text)
        short = len(WORD_RE.findall(text)) <= self.short_message_words
        if _sigmoid(scores[0]) < (self.short_message_threshold if short else self.threshold):
            return ()
        by_category = sorted(zip(CATEGORIES, scores[1:], strict=True), key=lambda p: -p[1])
        chosen = tuple(name for name, score in by_category if score > 0)
        return chosen or (by_category[0][0],)


def _family_scores(family: Features, rows: list[int]) -> np.ndarray | float:
    # TF-IDF with sublinear term frequency and an L2-normalised vector, as the model was fitted.
    if not rows:
        return 0.0
    counted = Counter(rows)
    size = len(counted)
    indices = np.fromiter(counted.keys(), dtype=np.intp, count=size)
    counts = np.fromiter(counted.values(), dtype=np.float64, count=size)
    values = (1.0 + np.log(counts)) * family.idf.take(indices)
    values /= math.sqrt(values @ values)
    return values @ family.weights.take(indices, axis=0)


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)
