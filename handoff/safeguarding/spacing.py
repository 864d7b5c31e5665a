"""Letters spaced out to dodge a filter: "k i l l  m y s e l f", "s.u.i.c.i.d.e", "k-i-l-l"."""

from __future__ import annotations

import re

from .tokens import BREAK, TOKEN_RE

# Folded text, folded start, folded end, and whether it was rejoined from spaced-out letters.
RawToken = tuple[str, int, int, bool]

# Spaced-out letters are separated by one to three of these characters.
_SPACER = re.compile(r"[ \t.\-_*,/+~:]{1,3}")
# Cheap test for three spaced single characters anywhere, before the slower token walk.
_SPACED_RUN = re.compile(r"(?<![^\W_])[^\W_](?:[ \t.\-_*,/+~:]{1,3}[^\W_](?![^\W_])){2}")
_MIN_RUN = 3


def raw_tokens(text: str) -> list[RawToken]:
    """The words and sentence breaks of `text` (already folded or prepared), with their spans."""
    # Group 1 is the word (never empty), absent for a break.
    return [
        (match[1] or BREAK, match.start(), match.end(), False) for match in TOKEN_RE.finditer(text)
    ]


def has_spaced_letters(text: str) -> bool:
    return _SPACED_RUN.search(text) is not None


def rejoin_spaced_letters(raw: list[RawToken], folded: str) -> list[RawToken] | None:
    """The tokens with runs of three or more spaced single characters rejoined; None if none."""
    if not has_spaced_letters(folded):
        return None
    result: list[RawToken] = []
    changed = False
    index = 0
    while index < len(raw):
        letters, gaps, end = [raw[index]], [], index
        while _is_single(raw[end]):
            following = end + 1
            # "d.a.d. h.i.t.s. m.e.": a full stop after a spaced letter is one more spacer, not
            # the end of a sentence.
            if following < len(raw) and _is_full_stop(raw[following], folded):
                following += 1
            if following >= len(raw) or not _is_single(raw[following]):
                break
            between = folded[raw[end][2] : raw[following][1]]
            if not _SPACER.fullmatch(between):
                break
            letters.append(raw[following])
            gaps.append(len(between))
            end = following
        if len(letters) >= _MIN_RUN:
            result.extend(_join_run(letters, gaps))
            changed = True
            index = end + 1
        else:
            result.append(raw[index])
            index += 1
    return result if changed else None


def _is_full_stop(token: RawToken, folded: str) -> bool:
    return token[0] == BREAK and folded[token[1] : token[2]] == "."


def _is_single(token: RawToken) -> bool:
    return len(token[0]) == 1 and token[0] != BREAK


def _join_run(run: list[RawToken], gaps: list[int]) -> list[RawToken]:
    # "k i l l  m y s e l f": a gap wider than the narrowest one separates words.
    narrowest = min(gaps)
    words: list[RawToken] = []
    current = [run[0]]
    for gap, token in zip(gaps, run[1:], strict=True):
        if gap > narrowest:
            words.append(_joined(current))
            current = []
        current.append(token)
    words.append(_joined(current))
    return words


def _joined(letters: list[RawToken]) -> RawToken:
    text = "".join(letter[0] for letter in letters)
    return (text, letters[0][1], letters[-1][2], len(letters) > 1)
