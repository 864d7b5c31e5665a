"""Ukrainian typed in Latin letters is also read in Cyrillic, so every Ukrainian rule applies."""

# The Cyrillic letters here are meant, though some look Latin to the linter.
# ruff: noqa: RUF003
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handoff.safeguarding.engine import SCREENER
from handoff.safeguarding.romanised import looks_romanised_ukrainian, to_cyrillic
from handoff.safeguarding.verdict import combine


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("pratsiuiu", "працюю"),  # ts, iu
        ("hroshei", "грошеи"),  # h, sh, й after a vowel (folded: и)
        ("pryvezly", "привезли"),  # y as и
        ("shchodnia", "щодня"),  # shch, ia
        ("zhyttia", "життя"),
        ("khochu", "хочу"),
        ("scho", "що"),  # the informal sch
        ("yizhi", "іжі"),  # yi as ї (folded: і)
        ("yak", "як"),
        ("moy", "мои"),  # y after a vowel is й (folded: и)
        ("torkaietsia", "торкається"),  # -tsia at the end is -ться (the soft sign has no letter)
        ("smiiutsia", "сміються"),
        ("politsiia", "поліція"),  # not a -ться ending
        ("yii", "іі"),  # noqa: RUF001 (її folded: іі, not ї then й)
        ("16", "16"),  # not a Latin word: as it is
    ],
)
def test_a_romanised_word_in_cyrillic(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    "text",
    [
        "tut nas pryvezly, zabraly pasporty, pratsiuiu bez hroshei, meni 16",
        "ya na dakhu, ya vse virishyla",
        "vin mene zamykaie v komori",
    ],
)
def test_romanised_ukrainian_is_recognised(text: str) -> None:
    assert looks_romanised_ukrainian(text.replace(",", "").split())


@pytest.mark.parametrize(
    "text",
    [
        "the special media stadium is social",  # English "ia", "ium"
        "moja przyjaciolka kazala mi nikomu nie mowic",  # Polish
        "khalas ana ta3ban",  # Arabizi with one "kh"
        "tha mi sgith an-diugh",  # Gaelic
    ],
)
def test_other_languages_are_not_taken_for_it(text: str) -> None:
    assert not looks_romanised_ukrainian(text.split())


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Disclosures only the Cyrillic rules know, typed in Latin letters.
        ("vitchym znov pobyv mamu, vona plache na kukhni", True),
        ("vin mene zamykaie v komori bez yizhi na tsilyi den", True),
        ("dumaiu strybnuty z mostu, vzhe vybrala yakyi", True),
        # Ordinary messages stay quiet, including a Ukrainian parent's "kill me" over a form.
        ("mama kupyla meni novyi telefon, duzhe dobre", False),
        ("meni 15, mama zalyshyla mene samu na hodynu", False),
        ("mama skazala shcho vbye mene yakshcho ne zdam dozvil na ekskursiiu lol", False),
    ],
)
def test_romanised_ukrainian_meets_the_cyrillic_rules(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'", max_size=30))
def test_every_latin_word_has_a_cyrillic_reading(word: str) -> None:
    reading = to_cyrillic(word)
    assert not any("a" <= char <= "z" for char in reading)
