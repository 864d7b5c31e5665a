"""Character folding: one canonical spelling per letter, with a map back to the original offsets.

Everything the child types is folded the same way as the lexicon, so "zabić się" and "zabic sie",
"أريد" and "اريد", "𝐤𝐢𝐥𝐥" and "kill" meet in the middle. The staff screen marks spans in the text as
typed, so every folded character remembers which original character it came from.
"""

# This module maps lookalike letters on purpose, so it is full of them.
# ruff: noqa: RUF001, RUF002, RUF003
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Letters that NFKD does not decompose but that people type interchangeably with a plain letter.
_LETTER_FOLDS: dict[str, str] = {
    "ł": "l",
    "đ": "d",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ı": "i",
    "ŀ": "l",
    # Arabic: taa marbuta and alif maqsura are often written as haa and yaa; Persian keyboard forms.
    "ة": "ه",
    "ى": "ي",
    "ی": "ي",
    "ک": "ك",
    "ـ": "",
    # Ukrainian ґ is often typed as г (Russian keyboard habits).
    "ґ": "г",
}
# Emoji that carry meaning for the screen become words; every other symbol becomes a space.
_EMOJI_WORDS: dict[str, str] = {
    "🔪": " knife ",
    "🗡": " knife ",
    "🩸": " blood ",
    "💊": " pills ",
    "🔫": " handgun ",  # not "gun", which in Gaelic is "without"
    "🪢": " rope ",
    # What young people put beside them to say goodbye or despair (🪢🥀, 🔪🪦).
    "🥀": " wilted ",
    "🪦": " grave ",
    "⚰": " coffin ",
    "🌉": " bridge ",
    # "dad 👊 me again"; "💍 at 14".
    "👊": " punches ",
    "🤛": " punches ",
    "🤜": " punches ",
    "💍": " ring ",
    # "grandpa 👴➡️ my bed 🛏️ every night".
    "👴": " grandpa ",
    "🛏": " bed ",
    "➡": " to ",
    # "📸🔞🤫 he said it's our secret".
    "📸": " photos ",
    "🔞": " nudes ",
    # "no 🍞 in the house since sunday".
    "🍞": " bread ",
    "🥛": " milk ",
}
# Invisible characters put inside words (on purpose, or by keyboards): dropping them rejoins words.
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\ufe0e\ufe0f\u034f\u061c\u200e\u200f"
)
_APOSTROPHES = frozenset("’‘`´ʼʹ′ʻ")
_ARABIC_INDIC_DIGITS = {
    chr(base + digit): str(digit) for base in (0x0660, 0x06F0) for digit in range(10)
}

_ASCII_TABLE = {c: " " for c in range(32)} | {9: " ", 10: "\n", 13: "\n", 127: " "}
_CACHE_LIMIT = 65536
_fold_cache: dict[str, str] = {}


def _fold_char_uncached(char: str) -> str:
    if char in _INVISIBLE:
        return ""
    if char in _APOSTROPHES:
        return "'"
    if char in _EMOJI_WORDS:
        return _EMOJI_WORDS[char]
    if char in _ARABIC_INDIC_DIGITS:
        return _ARABIC_INDIC_DIGITS[char]
    category = unicodedata.category(char)
    if category in ("Zl", "Zp"):
        return "\n"
    # Control, surrogate, private-use, unassigned, other separators and symbols (emoji) split words.
    if category[0] in "CZ" or category in ("So", "Sk"):
        return " "
    folded = []
    for part in unicodedata.normalize("NFKD", char):
        if unicodedata.combining(part):
            continue
        for lowered in part.casefold():
            folded.append(_LETTER_FOLDS.get(lowered, lowered))
    return "".join(folded)


def _fold_any_char(char: str) -> str:
    return fold_char(char) if char >= "\x80" else char.translate(_ASCII_TABLE).lower()


def fold_char(char: str) -> str:
    """The folded form of one character (possibly empty or several characters)."""
    folded = _fold_cache.get(char)
    if folded is None:
        folded = _fold_char_uncached(char)
        if len(_fold_cache) < _CACHE_LIMIT:
            _fold_cache[char] = folded
    return folded


# Characters known to fold to exactly one character (by code point), and those known not to.
_ONE_TO_ONE: dict[int, str] = {}
_NOT_ONE_TO_ONE: set[str] = set()


def _folds_one_to_one(text: str) -> bool:
    for char in set(text):
        if ord(char) in _ONE_TO_ONE:
            continue
        if char in _NOT_ONE_TO_ONE:
            return False
        if len(_ONE_TO_ONE) + len(_NOT_ONE_TO_ONE) >= _CACHE_LIMIT:
            return False  # hostile input of endless new characters: take the slow way
        folded = _fold_any_char(char)
        if len(folded) != 1:
            _NOT_ONE_TO_ONE.add(char)
            return False
        _ONE_TO_ONE[ord(char)] = folded
    return True


# Not frozen, as engine.Hit: built for every message, never changed.
@dataclass(slots=True)
class FoldedText:
    text: str
    # origin[i] is the index in the original text of folded character i; None means identity.
    origin: list[int] | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) covered by folded characters [start, end)."""
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str) -> FoldedText:
    """Lower-case, decompose, strip accents and harakat, map variants, keep offsets."""
    if text.isascii():
        # Fast path for the common case: ASCII lower-casing never changes the length, and text
        # without control characters (printable) needs no table.
        lowered = text.lower()
        return FoldedText(
            lowered if lowered.isprintable() else lowered.translate(_ASCII_TABLE), None
        )
    if _folds_one_to_one(text):
        # Most Polish, Ukrainian and Gaelic text: every character folds to exactly one, so the
        # offsets stay where they are and one translate does the work.
        return FoldedText(text.translate(_ONE_TO_ONE), None)
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_any_char(char)
        if folded:
            pieces.append(folded)
            if len(folded) == 1:
                origin.append(index)
            else:
                origin.extend([index] * len(folded))
    return FoldedText("".join(pieces), origin)


def fold_word(word: str) -> str:
    """Fold a lexicon word exactly as text is folded."""
    return fold(word).text
