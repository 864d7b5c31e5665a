"""Severity: means, plan and timing rank above feelings; danger now is immediate."""
from __future__ import annotations

import pytest

from handoff.safeguarding import screen, screen_conversation
from handoff.safeguarding.engine import SCREENER
from handoff.safeguarding.result import SEVERITY_RANK
from handoff.safeguarding.training import current_model
from handoff.safeguarding.verdict import combine


@pytest.mark.parametrize(
    "text",
    [
        "I feel sad",
        "I'm dying of boredom",
        "this homework is killing me",
        "my mum will kill me if I'm late",
        "I killed the boss in Fortnite",
        "pills for my asthma run out because the pharmacy closed",
        "I want to complain about a teacher shouting",
    ],
)
def test_not_flagged(text: str) -> None:
    result = screen(text)
    assert (result.flagged, result.severity, result.categories) == (False, "none", [])


@pytest.mark.parametrize(
    ("feeling", "with_plan"),
    [
        ("I want to die", "I want to die and I've got the pills saved up"),
        ("I want to die", "I want to die tonight"),
        ("I want to kill myself", "I want to kill myself, I wrote a note for my mum"),
        ("I want to end it all", "I want to end it all, I'm going to the bridge after school"),
        ("I keep cutting myself", "I keep cutting myself and I'm going to do it again right now"),
    ],
)
def test_plan_means_or_time_outrank_the_feeling(feeling: str, with_plan: str) -> None:
    alone, planned = screen(feeling), screen(with_plan)
    assert alone.severity == "high"
    assert planned.severity == "immediate"
    assert "immediate_danger" in planned.categories
    assert SEVERITY_RANK[planned.severity] > SEVERITY_RANK[alone.severity]


@pytest.mark.parametrize(
    "text",
    [
        "he's here now and hitting mum",
        "I'm scared to go home tonight",
        "they've locked me in my room",
        "my dad has a knife and he's drunk",
        "I took 20 paracetamol an hour ago",
    ],
)
def test_danger_now_is_immediate(text: str) -> None:
    assert screen(text).severity == "immediate"


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        ("my dad hits me", "physical_abuse", "high"),
        ("my stepdad touches me", "sexual_abuse", "high"),
        ("my mum calls me worthless every day", "emotional_abuse", "medium"),
        ("there's no food in the house", "neglect", "medium"),
        ("they want me to marry my cousin", "forced_marriage_fgm", "high"),
        ("the older boys make me sell drugs for them", "exploitation", "high"),
        ("they took my passport and I work for no money", "trafficking", "high"),
    ],
)
def test_explicit_disclosures_and_vaguer_concerns(text: str, category: str, severity: str) -> None:
    result = screen(text)
    assert category in result.categories
    assert result.severity == severity


@pytest.mark.parametrize(
    "text",
    [
        "stoję na moście. przepraszam wszystkich",
        "he's drunk and driving me and my brother home and going really fast, I'm scared",
        "my mum wont wake up shes on the couch since yesterday and theres no food",
    ],
)
def test_the_model_raises_a_medium_grade_to_immediate(text: str) -> None:
    """The rules grade these medium; the learned model sees danger now in the whole message,
    and staff must see that grade, whichever of the two entry points is used."""
    rules = combine(SCREENER.hits(text))
    assert rules.severity == "medium", "the rules now grade this themselves: pick another text"
    learned = current_model().categories_at_risk(text)
    assert "immediate_danger" in learned, "the model no longer sees danger now: pick another text"
    for result in (screen(text), screen_conversation(["hello", text])):
        assert result.severity == "immediate"
        assert set(rules.categories) | set(learned) == set(result.categories)
        assert result.spans and all(span.category in rules.categories for span in result.spans)


def test_a_plain_high_from_the_model_leaves_a_medium_grade_alone() -> None:
    text = "my mum calls me worthless every day"
    assert current_model().categories_at_risk(text), "the model no longer flags this"
    assert screen(text).severity == "medium"


def test_result_serialises() -> None:
    result = screen("ma da skelps me")
    assert result.as_dict(with_spans=False) == {
        "flagged": True, "severity": "high", "categories": ["physical_abuse"]
    }
    assert result.as_dict()["spans"][0]["text"] == "ma da skelps me"
