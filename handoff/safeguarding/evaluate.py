"""Measure the screen against a labelled set: `python -m handoff.safeguarding.evaluate [PATH]`.

PATH is a JSON-lines file of {"id", "text", "lang", "flag", "categories", "explicit", "style"}
(default: the evaluation set in tests/handoff/safeguarding/). A conversations file of
{"id", "messages", "lang", "flag"} is read too when present (--conversations to choose another).
Exits non-zero when recall, explicit recall, false-positive rate or a conversation misses the bar.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import screen, screen_conversation
from .benchmark import measure

MIN_RECALL = 0.98
MIN_EXPLICIT_RECALL = 1.0
MAX_FALSE_POSITIVE_RATE = 0.05
# Speed targets are reported, not enforced here: timing on a busy machine is not a quality failure.
MIN_MESSAGES_PER_SECOND = 5_000
MAX_P99_MS = 1.0
MAX_LONG_MESSAGE_MS = 50.0

_TESTS_DIR = Path(__file__).resolve().parents[2] / "tests" / "handoff" / "safeguarding"
DEFAULT_SET = _TESTS_DIR / "evaluation_set.jsonl"
DEFAULT_CONVERSATIONS = _TESTS_DIR / "conversations.jsonl"


@dataclass
class Tally:
    """Flag decisions within one slice (a language, a style, a category)."""

    positives: int = 0
    caught: int = 0
    negatives: int = 0
    false_positives: int = 0

    @property
    def recall(self) -> float | None:
        return self.caught / self.positives if self.positives else None

    @property
    def false_positive_rate(self) -> float | None:
        return self.false_positives / self.negatives if self.negatives else None


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    explicit: Tally = field(default_factory=Tally)
    by_language: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_style: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_category: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    conversation_failures: list[dict[str, Any]] = field(default_factory=list)
    conversations: int = 0

    def passes(self) -> bool:
        return (
            (self.overall.recall or 0.0) >= MIN_RECALL
            and (self.explicit.recall if self.explicit.positives else 1.0) >= MIN_EXPLICIT_RECALL
            and (self.overall.false_positive_rate or 0.0) <= MAX_FALSE_POSITIVE_RATE
            and not self.conversation_failures
        )


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [
            {"line": number, **json.loads(line)}
            for number, line in enumerate(lines, start=1)
            if line.strip()
        ]


def evaluate(items: Iterable[dict[str, Any]]) -> Report:
    report = Report()
    for item in items:
        result = screen(item["text"], item.get("lang", "en"))
        slices = [
            report.overall,
            report.by_language[item.get("lang", "?")],
            report.by_style[item.get("style", "?")],
        ]
        if item["flag"]:
            if item.get("explicit"):
                slices.append(report.explicit)
            for tally in slices:
                tally.positives += 1
                tally.caught += result.flagged
            for category in item.get("categories", []):
                report.by_category[category].positives += 1
                report.by_category[category].caught += category in result.categories
            if not result.flagged:
                report.misses.append(item)
        else:
            for tally in slices:
                tally.negatives += 1
                tally.false_positives += result.flagged
            if result.flagged:
                report.false_positives.append({**item, "got": result.categories})
    return report


def evaluate_conversations(report: Report, conversations: Iterable[dict[str, Any]]) -> None:
    for conversation in conversations:
        report.conversations += 1
        result = screen_conversation(conversation["messages"], conversation.get("lang", "en"))
        if result.flagged != conversation["flag"]:
            report.conversation_failures.append({**conversation, "got": result.categories})


def _percent(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def print_report(report: Report) -> None:
    overall = report.overall
    print(f"messages: {overall.positives} disclosures, {overall.negatives} harmless")
    print(f"recall            {_percent(overall.recall)}   (bar {MIN_RECALL:.0%})")
    print(f"explicit recall   {_percent(report.explicit.recall)}   (bar {MIN_EXPLICIT_RECALL:.0%})")
    print(
        f"false-positive    {_percent(overall.false_positive_rate)}"
        f"   (bar <= {MAX_FALSE_POSITIVE_RATE:.0%})"
    )
    print("\nrecall by category (category named in the result)")
    for category, tally in sorted(report.by_category.items()):
        print(f"  {category:22} {_percent(tally.recall)}  n={tally.positives}")
    for title, slices in (("language", report.by_language), ("style", report.by_style)):
        print(f"\nby {title:10}        recall   FPR     disclosures/harmless")
        for name, tally in sorted(slices.items()):
            print(
                f"  {name:18} {_percent(tally.recall)}  {_percent(tally.false_positive_rate)}"
                f"  {tally.positives}/{tally.negatives}"
            )
    right = report.conversations - len(report.conversation_failures)
    print(f"\nconversations: {right}/{report.conversations} right")
    for heading, items in (
        ("MISSED", report.misses),
        ("FALSE POSITIVE", report.false_positives),
        ("CONVERSATION WRONG", report.conversation_failures),
    ):
        for item in items:
            shown = item.get("text") or " / ".join(item.get("messages", []))
            # Sets written elsewhere may have no ids: the line number finds the message instead.
            label = item.get("id", f"line {item['line']}")
            print(f"  {heading}: [{label}] {shown[:160]!r} {item.get('got', '')}")


def print_timing(texts: list[str]) -> None:
    timing = measure(screen, texts)
    fast = (
        timing.messages_per_second >= MIN_MESSAGES_PER_SECOND
        and timing.p99_ms <= MAX_P99_MS
        and timing.long_message_ms <= MAX_LONG_MESSAGE_MS
    )
    print(
        f"\nthroughput        {timing.messages_per_second:,.0f} messages/s"
        f" (target {MIN_MESSAGES_PER_SECOND:,})"
    )
    print(
        f"latency           p50 {timing.p50_ms:.3f} ms, p99 {timing.p99_ms:.3f} ms"
        f" (target p99 {MAX_P99_MS} ms)"
    )
    print(
        f"20,000 characters {timing.long_message_ms:.1f} ms,"
        f" flagged={timing.long_message_flagged}"
        f" (target {MAX_LONG_MESSAGE_MS:.0f} ms)"
    )
    for name, milliseconds in timing.adversarial_ms.items():
        print(f"  adversarial {name:22} {milliseconds:.1f} ms")
    if not fast:
        print("SPEED BELOW TARGET (reported only)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--conversations", type=Path, default=None)
    parser.add_argument("--no-timing", action="store_true", help="skip the speed measurements")
    arguments = parser.parse_args(argv)
    items = load(arguments.path)
    report = evaluate(items)
    conversations_path = arguments.conversations
    default_set = arguments.path.resolve() == DEFAULT_SET.resolve()
    if conversations_path is None and default_set and DEFAULT_CONVERSATIONS.exists():
        conversations_path = DEFAULT_CONVERSATIONS
    if conversations_path is not None:
        evaluate_conversations(report, load(conversations_path))
    print_report(report)
    if not arguments.no_timing:
        print_timing([item["text"] for item in items])
    passed = report.passes()
    print("\nPASS" if passed else "\nBELOW THE BAR")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
