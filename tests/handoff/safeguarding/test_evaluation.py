"""The screen against the labelled evaluation set: the quality bar, and the set's own coverage."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from handoff.safeguarding import CATEGORIES, screen_conversation
from handoff.safeguarding.evaluate import (
    MAX_FALSE_POSITIVE_RATE,
    MIN_EXPLICIT_RECALL,
    MIN_RECALL,
    Report,
    evaluate,
)

HERE = Path(__file__).parent
LANGUAGES = ("en", "gd", "pl", "uk", "ar")


def _load(name: str) -> list[dict[str, Any]]:
    with (HERE / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    return _load("evaluation_set.jsonl")


@pytest.fixture(scope="module")
def report(items: list[dict[str, Any]]) -> Report:
    return evaluate(items)


def test_recall_meets_the_bar(report: Report) -> None:
    missed = [item["text"] for item in report.misses]
    assert (report.overall.recall or 0) >= MIN_RECALL, missed


def test_every_explicit_disclosure_is_caught(report: Report) -> None:
    missed = [item["text"] for item in report.misses if item.get("explicit")]
    assert (report.explicit.recall or 0) >= MIN_EXPLICIT_RECALL, missed


def test_false_positive_rate_is_under_the_bar(report: Report) -> None:
    wrong = [item["text"] for item in report.false_positives]
    assert (report.overall.false_positive_rate or 0) <= MAX_FALSE_POSITIVE_RATE, wrong


def test_conversations_flag_only_when_the_whole_conversation_discloses() -> None:
    for conversation in _load("conversations.jsonl"):
        result = screen_conversation(conversation["messages"], conversation["lang"])
        assert result.flagged == conversation["flag"], conversation


def test_the_set_is_big_and_balanced(items: list[dict[str, Any]]) -> None:
    flagged = [item for item in items if item["flag"]]
    assert len(items) >= 700
    assert len(flagged) * 2 >= len(items)
    assert len({item["id"] for item in items}) == len(items), "ids must be unique"


def test_the_set_covers_every_category(items: list[dict[str, Any]]) -> None:
    counts = Counter(category for item in items if item["flag"] for category in item["categories"])
    assert {category: counts[category] for category in CATEGORIES if counts[category] < 15} == {}
    assert set(counts) <= set(CATEGORIES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_set_covers_every_language(items: list[dict[str, Any]], language: str) -> None:
    in_language = [item for item in items if item["lang"] == language]
    assert sum(item["flag"] for item in in_language) >= 25
    assert sum(not item["flag"] for item in in_language) >= 20


def test_the_conversations_file_has_both_kinds() -> None:
    conversations = _load("conversations.jsonl")
    only_whole = [c for c in conversations if c["flag"] and c.get("only_whole")]
    benign = [c for c in conversations if not c["flag"]]
    assert len(only_whole) >= 15
    assert len(benign) >= 15


def test_a_set_written_elsewhere_needs_no_ids(tmp_path, capsys) -> None:
    from handoff.safeguarding.evaluate import main

    written = tmp_path / "theirs.jsonl"
    written.write_text(
        json.dumps({"text": "my dad hits me with his belt", "lang": "en", "flag": True})
        + "\n"
        + json.dumps({"text": "the bins were not collected", "lang": "en", "flag": True})
        + "\n",
        encoding="utf-8",
    )
    assert main([str(written), "--no-timing"]) == 1  # one of two disclosures "missed"
    assert "MISSED: [line 2] 'the bins were not collected'" in capsys.readouterr().out
