"""Severity: means, plan and timing rank above feelings; danger now is immediate."""
from __future__ import annotations

import pytest

from handoff.safeguarding import screen
from handoff.safeguarding.result import SEVERITY_RANK


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


def test_result_serialises() -> None:
    result = screen("ma da skelps me")
    assert result.as_dict(with_spans=False) == {
        "flagged": True, "severity": "high", "categories": ["physical_abuse"]
    }
    assert result.as_dict()["spans"][0]["text"] == "ma da skelps me"
