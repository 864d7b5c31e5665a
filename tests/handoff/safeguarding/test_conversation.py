"""screen_conversation: a slow build over several messages escalates to flagged."""
from __future__ import annotations

from handoff.safeguarding import screen_conversation
from handoff.safeguarding.engine import SCREENER
from handoff.safeguarding.verdict import combine


def _rules_alone_flag(message: str) -> bool:
    # The learned net may already flag one of these messages alone (earlier is safer); what is
    # tested here is that the rules, which cannot, see the build-up across messages.
    return combine(SCREENER.hits(message)).flagged

GROOMING = [
    "there's this guy I talk to online",
    "he says it's our secret",
    "he buys me stuff",
    "he wants me to send pics",
]


def test_grooming_builds_up_over_messages() -> None:
    assert not any(_rules_alone_flag(message) for message in GROOMING)
    assert not screen_conversation(GROOMING[:1]).flagged
    result = screen_conversation(GROOMING)
    assert result.flagged
    assert {"exploitation", "sexual_abuse"} <= set(result.categories)
    assert {span.message_index for span in result.spans} >= {1, 2, 3}


def test_it_is_a_pure_function_of_the_messages() -> None:
    assert screen_conversation(GROOMING) == screen_conversation(list(GROOMING))
    assert screen_conversation(tuple(GROOMING)).flagged


def test_an_answer_completes_the_question_before_it() -> None:
    messages = ["it's my uncle", "he comes in to my room", "at night when everyone's sleeping"]
    assert not any(_rules_alone_flag(message) for message in messages)
    result = screen_conversation(messages)
    assert result.flagged and "sexual_abuse" in result.categories
    for span in result.spans:
        assert messages[span.message_index][span.start : span.end] == span.text


def test_a_plan_in_a_later_message_makes_an_earlier_disclosure_immediate() -> None:
    result = screen_conversation(["I want to die", "what's happening?", "I'm doing it tonight"])
    assert result.severity == "immediate"


def test_coercion_and_threats_build_up() -> None:
    messages = ["some older boys at the park are sound", "they gave me a phone",
                "now they say i owe them money"]
    assert screen_conversation(messages).flagged


def test_benign_conversations_stay_clear() -> None:
    messages = [
        "I want to complain about the bus",
        "my mum and I are planning a surprise for my dad, it's a secret",
        "the council asked me to send pictures of the mould",
        "I was late for school three times",
    ]
    assert not screen_conversation(messages).flagged
    assert not screen_conversation([]).flagged
