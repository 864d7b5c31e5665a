"""screen() never raises, whatever it is given, and its spans always point into the original."""
# These tests feed lookalike letters on purpose.
# ruff: noqa: RUF001
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handoff.safeguarding import ScreenResult, screen, screen_conversation
from handoff.safeguarding.benchmark import ADVERSARIAL, long_message
from handoff.safeguarding.folding import fold, fold_char

# Everything, surrogates and control characters included.
ANY_CHARACTER = st.characters(blacklist_categories=())
RISKY_WORDS = [
    "kill", "myself", "k i l l", "m y s e l f", "k1ll", "🔪", "💊", "tonight", "he", "hits", "me",
    "زوج", "يضربني", "тато", "б'є", "мене", "zabić", "się", "mi", "fhìn", "a", "mharbhadh",
    "\u200b", "sh", "od", "the", "bridge", ".", "...", "!", "\n", " ", "  ", "ﬁ", "İ", "ß",
]


def assert_consistent(text: str, result: ScreenResult) -> None:
    assert isinstance(result, ScreenResult)
    assert result.flagged == (result.severity != "none")
    assert result.categories == sorted(set(result.categories))
    for span in result.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ANY_CHARACTER, max_size=400))
def test_any_text_never_raises(text: str) -> None:
    assert_consistent(text, screen(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(RISKY_WORDS), max_size=40).map("".join))
def test_risky_fragments_in_any_order_never_raise(text: str) -> None:
    assert_consistent(text, screen(text))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=ANY_CHARACTER, max_size=40), st.text(alphabet=ANY_CHARACTER, max_size=40))
def test_spans_of_a_buried_disclosure_map_to_the_original(before: str, after: str) -> None:
    # Line breaks keep the random text from turning it into an idiom ("hits me up").
    text = f"{before}\nmy stepdad hits me\n{after}"
    result = screen(text)
    assert_consistent(text, result)
    assert result.flagged


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(alphabet=ANY_CHARACTER, max_size=80), max_size=6))
def test_conversations_never_raise(messages: list[str]) -> None:
    result = screen_conversation(messages)
    for span in result.spans:
        assert span.message_index is not None
        message = messages[span.message_index]
        assert message[span.start : span.end] == span.text


def test_non_text_input_is_screened_as_text_or_ignored() -> None:
    assert screen(None).flagged is False
    assert screen(12345).flagged is False
    assert screen(b"I want to kill myself").flagged is True
    assert screen(["kms"]).flagged is True  # str() of a list still reads "kms"


def test_spans_mark_the_words_as_typed() -> None:
    text = "Hiya.   My   STEPDAD\u200b hits   me!! and k i l l  m y s e l f 💊💊💊 tonite"
    result = screen(text)
    marked = {span.text for span in result.spans}
    assert "My   STEPDAD\u200b hits   me" in marked
    assert "k i l l  m y s e l f" in marked
    assert_consistent(text, result)


def test_a_20000_character_message_completes_and_flags_the_buried_disclosure() -> None:
    text = long_message(20_000)
    assert len(text) == 20_000
    result = screen(text)
    assert result.flagged
    assert "physical_abuse" in result.categories
    assert_consistent(text, result)


def test_hostile_inputs_complete() -> None:
    for text in ADVERSARIAL.values():
        assert_consistent(text, screen(text))


@given(st.text(alphabet=ANY_CHARACTER, max_size=200))
def test_folding_reads_every_text_as_its_characters_one_by_one(text: str) -> None:
    """The one-translate shortcut for text whose characters each fold to one must agree with
    folding character by character, offsets included."""
    folded = fold(text)
    pieces = [
        (fold_char(char) if char >= "\x80" else fold(char).text, index)
        for index, char in enumerate(text)
    ]
    assert folded.text == "".join(piece for piece, _ in pieces)
    origins = [index for piece, index in pieces for _ in piece]
    assert [folded.original_span(i, i + 1)[0] for i in range(len(folded.text))] == origins
