"""Splitting folded text into words and sentence breaks, and the canonical spelling of a word.

The same functions spell the lexicon's words and the child's words, so both sides always agree.
"""

from __future__ import annotations

import re

# A word: letters or digits, optionally joined by apostrophes, leetspeak symbols or a censoring
# star ("k!ll", "don't", "sh*t"), optionally opened by "@" or "$" ("@buse", "$uicide").
# A break: a newline, or a full stop / ? / ! ending a sentence. An ellipsis is a pause, not a
# break, because children write "i just... want to die"; nor is the full stop of a Polish or
# Ukrainian ordinal, "na 4. piętrze" (on the 4th floor), after a number of one or two digits;
# nor that of a title or of the Polish "ds." in a service's name ("zespół ds. przemocy domowej",
# the team for domestic abuse), which would cut the name in two. The lookahead before the break
# lets the search pass over the spaces between words without trying each lookbehind there.
TOKEN_RE = re.compile(
    r"(?P<word>[@$]?[^\W_]+(?:['@$!*][^\W_]+)*)"
    r"|(?=[\n.?!])(?P<break>\n|(?<![.!?])(?:[?!]+|(?<!\b\d)(?<!\b\d\d)(?<!\bds)(?<!\bdr)(?<!\bmr)"
    r"(?<!\bmrs)(?<!\bnp)\.(?!\.))(?=\s|$))"
)
BREAK = "|"

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
# In a word written in Cyrillic the digits stand for Cyrillic letters (0 for o, 3 for e, 7 for
# te): a Ukrainian "I want to die" typed that way must still read as those words.
_LEET_CYRILLIC = str.maketrans(
    {
        "0": "\u043e",
        "1": "\u0456",
        "3": "\u0435",
        "4": "\u0430",
        "6": "\u0431",
        "7": "\u0442",
        "@": "\u0430",
        "!": "\u0456",
    }
)
# "1" and "!" stand for both i and l: "k1ll" but "se1f".
_LEET_L = str.maketrans({"1": "l", "!": "l"})
# Numbers with a unit are not leetspeak: "10pm", "14yo", "5kms", "2nd".
_NUMBER_WITH_UNIT = re.compile(
    r"\d+(?:am|pm|st|nd|rd|th|mg|ml|kg|km|kms|yo|yrs|y|s|k|m|p|x|h|hr|hrs|min|mins)"
)
# Scottish school stages are not leetspeak: "P5" read as "ps" was a PlayStation (a game, which
# stood a disclosure down) and "P4" read as "pa" was a father.
_SCHOOL_STAGE = re.compile(r"[ps][1-7]s?")
_REPEATS = re.compile(r"(\D)\1+")
# Text-speak where a digit is a syllable, not a leet letter: "no1" is "no one", not "noi".
_NUMERAL_WORDS = {
    "no1": "noone",
    "every1": "everyone",
    "some1": "someone",
    "any1": "anyone",
    "ne1": "anyone",
    "2day": "today",
    "2nite": "tonight",
    "2night": "tonight",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "b4": "before",
    "h8": "hate",
    "m8": "mate",
    "l8r": "later",
    "gr8": "great",
    "w8": "wait",
    "4ever": "forever",
    "2gether": "together",
    "some1s": "someones",
}

# Latin letters and the Cyrillic letters that look the same once lower-cased (a c e i o p x y k),
# for words typed with a mix: "kill" with a Cyrillic i, or Ukrainian with a Latin i.
_LOOKALIKE_LATIN = "aceiopxyk"
_LOOKALIKE_CYRILLIC = "\u0430\u0441\u0435\u0456\u043e\u0440\u0445\u0443\u043a"
_LATIN_TO_CYRILLIC = str.maketrans(_LOOKALIKE_LATIN, _LOOKALIKE_CYRILLIC)
# Ukrainian yi (U+0457) also passes for a Latin i.
_CYRILLIC_TO_LATIN = str.maketrans(_LOOKALIKE_CYRILLIC + "\u0457", _LOOKALIKE_LATIN + "i")


# What `deleet_variants` and `fix_mixed_script` can change: a word with letters and a digit or a
# symbol standing for a letter, or Latin and Cyrillic letters in one text. Text with neither reads
# the same after. In such a word (TOKEN_RE) the nearest letter and digit, @ or $ have at most
# joiners between them, and a "!" is always between two; this finds them in one pass, and finds
# more ("a_1" is two words; "me@home"), which costs nothing but the slower path. Every branch
# starts at the digit, symbol or joiner and looks back for the letter: starting with one character
# class lets the regex engine skip straight to those (ten times faster than starting at letters).
_LETTER_AND_LEET = re.compile(
    r"[\d@$!_'*](?:"
    r"(?<=[^\W\d_][\d@$])"  # a letter, then a digit, @ or $
    r"|(?<=[\d@$])[_'*]*[^\W\d_]"  # a digit, @ or $, joiners, then a letter
    r"|(?<=[^\W\d_][_'*])[_'*]*[\d@$]"  # a letter, joiners, then a digit, @ or $
    r"|(?<=[^\W_]!)[^\W_]"  # a "!" inside a word
    r")"
)
_LATIN = re.compile("[a-z]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def may_hide_letters(text: str) -> bool:
    """Whether some word of the (lower-cased) text could be leetspeak or mixed script."""
    if _LETTER_AND_LEET.search(text):
        return True
    return _LATIN.search(text) is not None and _CYRILLIC.search(text) is not None


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def fix_mixed_script(token: str) -> str:
    """Spell a token that mixes Latin and Cyrillic lookalikes entirely in its majority script."""
    if token.isascii():
        return token
    latin = sum(1 for char in token if "a" <= char <= "z")
    cyrillic = sum(1 for char in token if _is_cyrillic(char))
    if not latin or not cyrillic:
        return token
    if cyrillic >= latin:
        return token.translate(_LATIN_TO_CYRILLIC)
    return token.translate(_CYRILLIC_TO_LATIN)


def collapse_repeats(token: str) -> str:
    """ "diiiie" -> "die", "killl" -> "kil": both sides collapse every doubled letter."""
    return _REPEATS.sub(r"\1", token)


def deleet_variants(token: str) -> tuple[str, ...]:
    """Readings of a token that mixes letters with digits or symbols; the first is the default."""
    if token.isalpha() or token.isdigit() or not any(char.isalpha() for char in token):
        return (token,)
    if _NUMBER_WITH_UNIT.fullmatch(token) or _SCHOOL_STAGE.fullmatch(token):
        return (token,)
    if token in _NUMERAL_WORDS:
        return (_NUMERAL_WORDS[token],)
    if any(_is_cyrillic(char) for char in token):
        return (token.translate(_LEET_CYRILLIC),)
    as_i = token.translate(_LEET)
    if "1" in token or "!" in token:
        return (as_i, token.translate(_LEET_L).translate(_LEET))
    return (as_i,)


def spell(token: str) -> str:
    """Canonical spelling of a raw token without the lexicon's help, as lexicon words are kept."""
    token = fix_mixed_script(deleet_variants(token.replace("'", "").replace("*", ""))[0])
    return token if token.isdigit() else collapse_repeats(token)


def split_words(folded: str) -> list[str]:
    """Canonical words of an already folded lexicon phrase (hyphens and spaces separate words)."""
    words = []
    for match in TOKEN_RE.finditer(folded):
        if match.lastgroup == "word":
            spelled = spell(match.group())
            if spelled:
                words.append(spelled)
    return words
