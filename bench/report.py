"""Turns the measurements into `bench/results.json` (everything) and `bench/results.md` (the table:
each figure, its target from the issue, pass or fail)."""

from __future__ import annotations

import dataclasses
import json
import math
import operator
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.disclosure import DisclosureResult
from bench.driver import AssistantLoad
from bench.screen import ScreenFigures, ScreenSkipped

BENCH_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class BenchResults:
    started_at: str
    duration_seconds: float
    machine: dict[str, object]
    screen: ScreenFigures | ScreenSkipped
    stock_training_seconds: float
    stock_startup_seconds: float
    stock: AssistantLoad
    stock_rss_mb: float
    tellus_training_seconds: float
    tellus_startup_seconds: float
    gateway: AssistantLoad
    bare_rasa: AssistantLoad
    disclosure: DisclosureResult
    tellus_rss_mb: dict[str, float]


_COMPARISONS: dict[str, Callable[[float, float], bool]] = {
    "≤": operator.le,
    "≥": operator.ge,
    "<": operator.lt,
}


@dataclass(frozen=True)
class Target:
    """A bound from the issue, e.g. Target("≤", 0.6)."""

    symbol: str
    bound: float

    def holds(self, value: float | None) -> bool:
        # NaN compares false with everything: a figure that could not be measured fails.
        return value is not None and _COMPARISONS[self.symbol](value, self.bound)

    def text(self) -> str:
        return f"{self.symbol} {self.bound:g}"


@dataclass(frozen=True)
class Row:
    section: str
    figure: str
    value: float | None
    unit: str
    target: str
    passed: bool | None  # None: reported for context, the issue sets no target
    note: str = ""


def _ratio(ours: float, theirs: float) -> float:
    return ours / theirs if theirs else math.nan


class _Rows:
    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.section = ""

    def add(
        self,
        figure: str,
        value: float | None,
        unit: str = "",
        *,
        goal: Target | None = None,
        note: str = "",
    ) -> None:
        self.rows.append(
            Row(
                self.section,
                figure,
                value,
                unit,
                goal.text() if goal else "",
                goal.holds(value) if goal else None,
                note,
            )
        )


def build_rows(results: BenchResults) -> list[Row]:
    out = _Rows()
    stock, gateway, bare = results.stock, results.gateway, results.bare_rasa

    out.section = "1. Stock rasa init"
    out.add("serial p50", stock.serial.latency.p50_ms, "ms")
    out.add("serial p95", stock.serial.latency.p95_ms, "ms")
    out.add("20 concurrent: throughput", stock.concurrent.messages_per_second, "msg/s")
    out.add("20 concurrent: p95", stock.concurrent.latency.p95_ms, "ms")
    out.add("failed messages", stock.serial.failed + stock.concurrent.failed)
    out.add("messages with no reply", stock.serial.silent + stock.concurrent.silent)

    out.section = "2. Tell Us via gateway"
    out.add("serial p50", gateway.serial.latency.p50_ms, "ms")
    out.add("serial p95", gateway.serial.latency.p95_ms, "ms")
    out.add(
        "serial p95 ÷ stock",
        _ratio(gateway.serial.latency.p95_ms, stock.serial.latency.p95_ms),
        "",
        goal=Target("≤", 0.6),
    )
    out.add("20 concurrent: throughput", gateway.concurrent.messages_per_second, "msg/s")
    out.add(
        "20 concurrent: throughput ÷ stock",
        _ratio(gateway.concurrent.messages_per_second, stock.concurrent.messages_per_second),
        "",
        goal=Target("≥", 2),
    )
    out.add("20 concurrent: p95", gateway.concurrent.latency.p95_ms, "ms")
    out.add(
        "20 concurrent: p95 ÷ stock",
        _ratio(gateway.concurrent.latency.p95_ms, stock.concurrent.latency.p95_ms),
        "",
        goal=Target("≤", 0.5),
    )
    # Every scripted message gets a bot reply in Tell Us: a fast empty answer is not a fast answer.
    out.add(
        "failed messages",
        gateway.serial.failed + gateway.concurrent.failed,
        "",
        goal=Target("≤", 0),
    )
    out.add(
        "messages with no reply",
        gateway.serial.silent + gateway.concurrent.silent,
        "",
        goal=Target("≤", 0),
    )
    out.add("bare Rasa: serial p50", bare.serial.latency.p50_ms, "ms")
    out.add("bare Rasa: serial p95", bare.serial.latency.p95_ms, "ms")
    out.add("bare Rasa: 20 concurrent: throughput", bare.concurrent.messages_per_second, "msg/s")
    out.add("bare Rasa: 20 concurrent: p95", bare.concurrent.latency.p95_ms, "ms")
    out.add(
        "gateway overhead: serial p50 ÷ bare Rasa",
        _ratio(gateway.serial.latency.p50_ms, bare.serial.latency.p50_ms),
        "",
        goal=Target("≤", 1.5),
    )
    out.add(
        "gateway overhead: serial p95 ÷ bare Rasa",
        _ratio(gateway.serial.latency.p95_ms, bare.serial.latency.p95_ms),
        "",
        goal=Target("≤", 1.5),
    )

    out.section = "3. Safeguarding screen"
    screen = results.screen
    if isinstance(screen, ScreenSkipped):
        out.add("screen", None, note=f"skipped: {screen.reason}")
    else:
        out.add(
            "messages per second (1 thread)",
            screen.messages_per_second,
            "msg/s",
            goal=Target("≥", 5000),
            note=f"{screen.corpus_messages} messages: {screen.corpus}",
        )
        out.add(
            "messages per second, first pass (each message new to it)",
            screen.first_pass_messages_per_second,
            "msg/s",
        )
        out.add("p50 per message", screen.latency.p50_ms, "ms")
        out.add("p99 per message", screen.latency.p99_ms, "ms", goal=Target("<", 1))
        out.add("p99, first pass (caches cold)", screen.first_pass.p99_ms, "ms")
        found = "found" if screen.long_message_flagged else "NOT found"
        out.add(
            f"one {screen.long_message_chars:,}-character message",
            screen.long_message_ms,
            "ms",
            note=f"slowest of 5 runs; the disclosure in it {found}",
        )

    out.section = "4. Operations"
    disclosure = results.disclosure
    out.add(
        "disclosure to urgent case in API (median)",
        disclosure.median_ms,
        "ms",
        goal=Target("<", 1000),
        note=f"{disclosure.trials} trials, slowest {disclosure.max_ms:.0f} ms, "
        f"{disclosure.missed} missed",
    )
    out.add("model training: Tell Us", results.tellus_training_seconds, "s")
    out.add("model training: stock (rasa init)", results.stock_training_seconds, "s")
    out.add(
        "make run to healthy: Tell Us",
        results.tellus_startup_seconds,
        "s",
        note="after set-up; health polled every 0.5 s",
    )
    out.add("rasa run to healthy: stock", results.stock_startup_seconds, "s")
    for name, megabytes in results.tellus_rss_mb.items():
        out.add(f"RSS: {name}", megabytes, "MB")
    out.add("RSS: Tell Us total", sum(results.tellus_rss_mb.values()), "MB")
    out.add("RSS: stock Rasa server", results.stock_rss_mb, "MB")
    return out.rows


def _format(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if math.isnan(value):
        return "n/a"
    if isinstance(value, int):  # a count
        return str(value)
    digits = 3 if abs(value) < 1 else 2 if abs(value) < 10 else 1 if abs(value) < 1000 else 0
    return f"{value:,.{digits}f}{' ' + unit if unit else ''}"


def markdown(rows: list[Row], results: BenchResults) -> str:
    machine = results.machine
    lines = [
        f"# Tell Us benchmark, {results.started_at}",
        "",
        f"{machine['cpus']} CPUs, load average {machine['load_before']} before and "
        f"{machine['load_after']} after; rasa {machine['rasa']}; "
        f"{results.duration_seconds:.0f} s in all.",
        "",
        "| section | figure | value | target | result | note |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        verdict = "" if row.passed is None else "pass" if row.passed else "**FAIL**"
        lines.append(
            f"| {row.section} | {row.figure} | {_format(row.value, row.unit)} | {row.target} "
            f"| {verdict} | {row.note} |"
        )
    return "\n".join(lines) + "\n"


def _json_safe(value: object) -> object:
    """NaN is not JSON: a figure that could not be measured is written as null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value


def write(results: BenchResults, rows: list[Row]) -> str:
    """Writes both files and returns the Markdown, for the console."""
    document = {
        "results": dataclasses.asdict(results),
        "table": [dataclasses.asdict(row) for row in rows],
    }
    (BENCH_DIR / "results.json").write_text(
        json.dumps(_json_safe(document), indent=2, ensure_ascii=False) + "\n"
    )
    table = markdown(rows, results)
    (BENCH_DIR / "results.md").write_text(table)
    return table
