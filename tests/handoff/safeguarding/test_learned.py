"""The learned second net scores exactly as the scikit-learn model it was fitted as, and adds to
the rules rather than replacing them."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer

from handoff.safeguarding import screen, screen_conversation
from handoff.safeguarding.engine import SCREENER
from handoff.safeguarding.evaluate import load
from handoff.safeguarding.learned import (
    CHAR_NGRAMS,
    WORD_NGRAMS,
    WORD_RE,
    _sigmoid,
    char_ngrams,
    plain_reading,
    prepare,
    undo_disguises,
    word_ngrams,
)
from handoff.safeguarding.spacing import has_spaced_letters
from handoff.safeguarding.tokens import may_hide_letters
from handoff.safeguarding.training import Example, current_model, fit
from handoff.safeguarding.verdict import combine
from tellus.config import PROJECT_ROOT

SMALL_SET = [
    Example("my dad hits me with his belt", True, ("physical_abuse",)),
    Example("i want to end it all tonight", True, ("suicide", "immediate_danger")),
    Example("he keeps asking me for pics and says its our secret", True, ("sexual_abuse",)),
    Example("theres never any food at home and mum is gone for days", True, ("neglect",)),
    Example("the bus was late again this morning", False),
    Example("the school dinners are cold and horrible", False),
    Example("I'm her mum and I'm complaining for her", False),
    Example("the library closes too early on saturdays", False),
]
# A disclosure no rule was written for: the learned net has to carry it.
UNKNOWN_TO_THE_RULES = (
    "I keep a bag packed by the door in case I need to get out fast when he starts"
)
MESSAGES = ["My DAD hits me!!", "bus late", "never any food 😭", "", "  ", "x" * 300]


@pytest.mark.parametrize("text", ["hello there", "  two  spaces ", "a", "Ünïcode wörds, çafé"])
def test_n_grams_are_the_ones_scikit_learn_makes(text: str) -> None:
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, lowercase=False)
    words = TfidfVectorizer(
        analyzer="word", ngram_range=WORD_NGRAMS, token_pattern=WORD_RE.pattern, lowercase=False
    )
    prepared = prepare(text)
    assert char_ngrams(prepared) == chars.build_analyzer()(prepared)
    assert word_ngrams(prepared) == words.build_analyzer()(prepared)


def test_scores_match_the_fitted_logistic_regression() -> None:
    from sklearn.linear_model import LogisticRegression

    model = fit(SMALL_SET)
    texts = [prepare(example.text) for example in SMALL_SET]
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=CHAR_NGRAMS, min_df=2, sublinear_tf=True, lowercase=False
    )
    words = TfidfVectorizer(
        analyzer="word",
        ngram_range=WORD_NGRAMS,
        token_pattern=WORD_RE.pattern,
        sublinear_tf=True,
        lowercase=False,
    )
    matrix = hstack([chars.fit_transform(texts), words.fit_transform(texts)]).tocsr()
    from handoff.safeguarding import training

    reference = LogisticRegression(
        C=training.REGULARISATION_C, class_weight="balanced", max_iter=5000, solver="liblinear"
    ).fit(matrix, [example.flag for example in SMALL_SET])
    new = [prepare(text) for text in MESSAGES]
    expected = reference.decision_function(
        hstack([chars.transform(new), words.transform(new)]).tocsr()
    )
    actual = [model.scores(text)[0] for text in MESSAGES]
    assert np.allclose(actual, expected, atol=1e-4)


def test_fitting_is_deterministic() -> None:
    first, second = fit(SMALL_SET), fit(SMALL_SET)
    assert [first.scores(t) for t in MESSAGES] == [second.scores(t) for t in MESSAGES]


def test_the_trained_model_flags_what_the_rules_do_not_know() -> None:
    assert not combine(SCREENER.hits(UNKNOWN_TO_THE_RULES)).flagged
    text = UNKNOWN_TO_THE_RULES
    assert current_model().categories_at_risk(text)
    result = screen(text)
    assert result.flagged and result.severity in ("high", "immediate")
    assert result.spans[0].start == 0 and result.spans[0].end == len(text)


def test_in_a_conversation_the_learned_flag_names_its_message() -> None:
    messages = ["hi", "the bus is late", UNKNOWN_TO_THE_RULES]
    result = screen_conversation(messages)
    assert result.flagged
    assert result.spans[0].message_index == 2


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("m1ss1ng fr0m my c4r3 h0m3", "missing from my care home"),
        ("k!ll my$elf", "kill myself"),
        ("h u r t s  m e every night", "hurts  me every night"),
        ("s.u.i.c.i.d.e", "suicide"),
        # Leet inside Cyrillic stays Cyrillic.
        ("хочу вб1ти с3бе", "хочу вбіти себе"),  # noqa: RUF001
        ("no1 cares", "noone cares"),
        # Everything else is left as typed: accents, doubled letters, numbers with units.
        ("Chciałabym, żeby to się skończyło!!", "chciałabym, żeby to się skończyło!!"),
        ("see you at 10pm, room 101", "see you at 10pm, room 101"),
    ],
)
def test_the_plain_reading_undoes_leetspeak_and_spacing_only(typed: str, plain: str) -> None:
    assert plain_reading(typed) == plain


@pytest.mark.parametrize(
    ("answer", "left"),
    [
        ("txt me after 5, im not in danger or anything", "txt me after 5,  "),
        ("I am not in any danger, its about the bus", " , its about the bus"),
        ("nie jestem w niebezpieczeństwie, dzwońcie", " , dzwońcie"),
        ("я не в небезпеці, пишіть", " , пишіть"),
        ("chan eil mi ann an cunnart sam bith", " "),
        ("ana mish b 5atar", "ana  "),
        # What is not a reassurance stays: danger, and not being safe.
        ("im in danger", "im in danger"),
        ("im not safe at home", "im not safe at home"),
        (
            "not in danger now but he locked me out all night",
            "  now but he locked me out all night",
        ),
    ],
)
def test_the_model_reads_a_message_without_its_reassurances(answer: str, left: str) -> None:
    assert prepare(answer) == left


def test_an_answer_that_says_it_is_not_in_danger_does_not_flag() -> None:
    """The intake asks when it is safe to get in touch; the answer must not hand a child over."""
    for answer in (
        "txt me. no calls. im not in danger or anything lol i just hate phone calls",
        "I'm 15 and I'm not in danger or anything, the bus just keeps missing my stop",
        "email please, nobody is in danger, it's about the school dinners",
    ):
        assert not screen(answer).flagged, answer
    assert screen("text me, I'm in danger, he's got a knife").flagged


# Letters, the characters leetspeak and spacing use, and a Cyrillic lookalike or two.
DISGUISE_ALPHABET = st.sampled_from(list("abcdeilost ąсіо013457@$!*'.-_\n?²"))  # noqa: RUF001 (Cyrillic meant)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(alphabet=DISGUISE_ALPHABET, max_size=60), st.text(max_size=60)))
def test_text_that_skips_the_walk_over_its_words_has_nothing_to_undo(text: str) -> None:
    """plain_reading returns the prepared text at once when no character could be leetspeak,
    mixed script or spaced letters: the walk over each word must agree that nothing changes."""
    prepared = prepare(text)
    if not may_hide_letters(prepared) and not has_spaced_letters(prepared):
        assert undo_disguises(prepared) == prepared


# What may_hide_letters looks for, written the plain way: a letter, joiners, then a digit, @ or $;
# the other way round; or a "!" inside a word.
LETTER_BESIDE_LEET = re.compile(r"[^\W\d_][_'*]*[\d@$]|[\d@$][_'*]*[^\W\d_]|[^\W_]![^\W_]")


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(alphabet=DISGUISE_ALPHABET, max_size=40), st.text(max_size=40)))
def test_the_quick_search_for_leetspeak_finds_what_the_plain_description_does(text: str) -> None:
    """may_hide_letters starts its search at the rarer character to be quick; it must find a
    letter beside a digit or symbol exactly when the plain pattern does."""
    mixed_script = re.search("[a-z]", text) and re.search("[\u0400-\u04ff]", text)
    expected = bool(mixed_script) or LETTER_BESIDE_LEET.search(text) is not None
    assert may_hide_letters(text) == expected


def test_the_at_risk_score_on_its_own_is_the_first_of_all_the_scores() -> None:
    """The fast path for "at risk?" must agree with the one that scores every category."""
    model = current_model()
    texts = [item["text"] for item in load(HELD_OUT / "hold_out_fp.jsonl")] + MESSAGES
    for text in texts:
        assert model.risk(text) == pytest.approx(_sigmoid(model.scores(text)[0]), abs=1e-12)


def test_every_column_is_the_tf_idf_of_each_distinct_n_gram() -> None:
    """Every category's score, computed the plain way: each distinct known n-gram once, with
    1 + log of its count, the vector normalised; the model sums occurrences and corrects repeats."""
    model = current_model()
    texts = [item["text"] for item in load(HELD_OUT / "hold_out_fp.jsonl")] + MESSAGES
    texts += ["la la la la la land, the the the bus bus", "ok ok ok ok ok ok ok ok"]
    for text in texts:
        prepared = prepare(text)
        expected = np.array(model.intercepts)
        for family, grams in (
            (model.char, char_ngrams(prepared)),
            (model.word, word_ngrams(prepared)),
        ):
            counted = Counter(row for row in map(family.rows.get, grams) if row is not None)
            if not counted:
                continue
            rows = np.array(list(counted), dtype=np.intp)
            values = (1.0 + np.log(np.array(list(counted.values()), dtype=np.float64))) * (
                family.idf[rows].astype(np.float64)
            )
            expected += (values / np.sqrt(values @ values)) @ family.weights[rows]
        assert np.allclose(model.scores(text), expected, rtol=0, atol=1e-9)


LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})
# Written by someone who never saw the screen, and kept out of its training (see README.md).
HELD_OUT = PROJECT_ROOT / "handoff" / "safeguarding" / "held_out"


def test_what_only_the_model_catches_is_still_caught_in_leetspeak() -> None:
    """Over a set the model never trained on: each disclosure the rules miss and the model
    flags is flagged again with its letters swapped for digits."""
    caught_by_the_model_alone = [
        item["text"]
        for item in load(HELD_OUT / "hold_out_fp.jsonl")
        if item["flag"] and not SCREENER.hits(item["text"]) and screen(item["text"]).flagged
    ]
    assert len(caught_by_the_model_alone) >= 30
    missed = [
        text
        for text in caught_by_the_model_alone
        if not screen(text.lower().translate(LEET)).flagged
    ]
    assert missed == []
