"""Who is complaining, how old they are, what to call them and who they want involved.

Each returns None when it cannot tell: the caller then asks again (with buttons), never guesses.
"""

from __future__ import annotations

import re

from bot.actions.parsing.words import first_match, has_any, tidy

# ---- who is complaining ---------------------------------------------------------------------

_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "professional",
        (
            "professional",
            "i work with",
            "social worker",
            "teacher",
            "nurse",
            "health visitor",
            "youth worker",
            "support worker",
            "gp",
            "doctor",
            "police officer",
            "i work at",
            "i work in",
            "work with children",
            "work with young people",
            "key worker",
            "guidance teacher",
        ),
    ),
    (
        "advocate",
        (
            "advocate",
            "advocacy",
            "helping a young person",
            "helping a child",
            "on behalf of a young person",
            "helping someone",
            "supporting a young person",
            "i'm helping",
            "im helping",
            "helping my friend",
        ),
    ),
    (
        "parent_carer",
        (
            "parent",
            "mum",
            "mom",
            "mam",
            "maw",
            "dad",
            "da",
            "father",
            "mother",
            "carer",
            "foster",
            "kinship",
            "guardian",
            "stepmum",
            "stepdad",
            "gran",
            "granny",
            "grandparent",
            "grandma",
            "grandad",
            "my son",
            "my daughter",
            "my child",
            "my kid",
            "my boy",
            "my girl",
            "my wean",
            "my bairn",
        ),
    ),
    (
        "child",
        (
            "young person",
            "child",
            "kid",
            "pupil",
            "student",
            "teen",
            "teenager",
            "me",
            "myself",
            "for me",
            "about me",
            "i'm at school",
            "im at school",
            "i am at school",
            "im in p",
            "i'm in p",
            "im in s",
            "i'm in s",
            "i'm",
            "im",
            "i am",
            "wee one",
        ),
    ),
    (
        "other_adult",
        (
            "adult",
            "grown up",
            "grown-up",
            "neighbour",
            "member of the public",
            "resident",
            "someone else",
            "another adult",
            "relative",
            "aunt",
            "uncle",
            "auntie",
            "family friend",
            "other",
        ),
    ),
)


def parse_role(typed: str) -> str | None:
    """Who is complaining: child, parent_carer, advocate, other_adult or professional."""
    return first_match(typed, _ROLES)


# ---- age band (never a date of birth) -------------------------------------------------------

_NUMBER_WORDS = {
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
}
_AGE_BANDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "under_12",
        (
            "under 12",
            "under twelve",
            "younger than 12",
            "primary",
            "primary school",
            "p1",
            "p2",
            "p3",
            "p4",
            "p5",
            "p6",
            "p7",
        ),
    ),
    (
        "12_15",
        (
            "12 to 15",
            "12-15",
            "12 15",
            "twelve to fifteen",
            "s1",
            "s2",
            "s3",
            "s4",
            "high school",
            "secondary",
        ),
    ),
    ("16_17", ("16 or 17", "16-17", "16 17", "sixteen or seventeen", "s5", "s6", "college")),
    ("adult", ("adult", "over 18", "18 or over", "grown up")),
)


def age_band_for(age: int) -> str | None:
    if 4 <= age < 12:
        return "under_12"
    if 12 <= age <= 15:
        return "12_15"
    if 16 <= age <= 17:
        return "16_17"
    if 18 <= age <= 120:
        return "adult"
    return None


def parse_age_band(typed: str) -> str | None:
    words = tidy(typed)
    banded = first_match(typed, _AGE_BANDS)
    if banded:
        return banded
    numbers = [int(n) for n in re.findall(r"(?<![\d/])(\d{1,3})(?![\d/])", words)]
    numbers += [value for word, value in _NUMBER_WORDS.items() if f" {word} " in words]
    bands = {age_band_for(n) for n in numbers} - {None}
    return bands.pop() if len(bands) == 1 else None


_NAME_LEAD_INS = re.compile(
    r"^(you can |u can |just )?(call me|i'm called|im called|i am called|my name is|my name's|"
    r"names|name's|it's|its|i'm|im|i am)\s+",
    re.IGNORECASE,
)


# Replies to "what should we call you?" that are not names ("no" is not someone called No).
_NOT_NAMES = frozenset(
    {
        "no",
        "nah",
        "naw",
        "nope",
        "none",
        "no thanks",
        "no thank you",
        "rather not",
        "id rather not",
        "i'd rather not",
        "prefer not",
        "prefer not to say",
        "not telling",
        "dont want to",
        "don't want to",
        "nothing",
        "yes",
        "yeah",
        "ok",
        "okay",
        "anything",
        "whatever",
        "dunno",
        "idk",
        "not sure",
        "skip",
        "pass",
    }
)


def parse_name(typed: str) -> str | None:
    """What they want to be called: "call me Jo" gives "Jo"; a sentence is not a name."""
    name = _NAME_LEAD_INS.sub("", " ".join(typed.split())).strip(" .!,")
    if not name or len(name.split()) > 4 or re.search(r"[\d@/\\<>]", name):
        return None
    if name.lower() in _NOT_NAMES:
        return None
    return name[:1].upper() + name[1:]


# ---- who to involve, adjustments ------------------------------------------------------------

_INVOLVE: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "nobody",
        (
            "nobody",
            "no one",
            "noone",
            "naebody",
            "just me",
            "only me",
            "no-one",
            "nobody else",
            "none",
            "on my own",
        ),
    ),
    (
        "parent_carer",
        (
            "parent",
            "mum",
            "mom",
            "mam",
            "maw",
            "dad",
            "da",
            "carer",
            "foster",
            "gran",
            "granny",
            "grandma",
            "grandad",
            "guardian",
            "step mum",
            "stepmum",
            "stepdad",
            "parents",
        ),
    ),
    (
        "advocate",
        (
            "advocate",
            "advocacy",
            "who cares",
            "children's rights",
            "childrens rights",
            "rights officer",
        ),
    ),
    (
        "trusted_adult",
        (
            "trusted adult",
            "teacher",
            "guidance",
            "youth worker",
            "auntie",
            "aunt",
            "uncle",
            "social worker",
            "key worker",
            "coach",
            "another adult",
            "adult i trust",
            "someone i trust",
            "big sister",
            "big brother",
            "older sister",
            "older brother",
            "cousin",
            "friend",
        ),
    ),
)


def parse_involve(typed: str) -> list[str] | None:
    """Who the person wants involved; "nobody" excludes everyone else."""
    words = tidy(typed)
    chosen = [value for value, cues in _INVOLVE if has_any(words, cues)]
    if "nobody" in chosen and len(chosen) > 1 and not has_any(words, ("nobody else",)):
        chosen.remove("nobody")
    if "nobody" in chosen:
        return ["nobody"]
    return chosen or None
