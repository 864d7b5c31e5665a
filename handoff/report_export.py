"""A quarter's report as CSV, JSON and plain text, for the staff download and `tellus report`.

The CSV has one row per indicator (quarter, indicator, stage, value): the quarter asked for in
full, then the headline indicators of the quarters before it, so a spreadsheet can chart the trend.
A figure with nothing to divide is an empty cell in CSV, null in JSON and a dash in text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from handoff.reports import OUTCOMES, STAGES, QuarterFigures, QuarterReport

CSV_COLUMNS = ("quarter", "indicator", "stage", "value")
# The figures the trend repeats for each earlier quarter.
HEADLINE_INDICATORS = frozenset(
    {
        "received",
        "closed",
        "average_working_days",
        "closed_within_timescale_pct",
        "child_friendly",
        "safeguarding_flagged",
    }
)
ALL = "all"
NOTHING = "\u2013"  # an en dash
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")

Figure = int | float | None


def indicator_rows(figures: QuarterFigures) -> Iterator[tuple[str, str, Figure]]:
    """(indicator, stage, value) for every indicator of one quarter."""
    received = figures.received
    yield "received", ALL, received.total
    yield "received", "stage_1", received.at_stage_one
    yield "received_direct", "stage_2", received.direct_to_stage_two
    yield "escalated", "stage_2", received.escalated_to_stage_two
    yield "closed", ALL, figures.closed
    for stage in STAGES:
        at_stage = figures.stages[stage]
        yield "closed", stage, at_stage.closed
        yield "closed_pct_of_all_closed", stage, at_stage.closed_share
        for outcome in OUTCOMES:
            yield f"outcome_{outcome}", stage, at_stage.outcomes[outcome]
            yield f"outcome_{outcome}_pct", stage, at_stage.outcome_share(outcome)
        yield "average_working_days", stage, at_stage.average_working_days
        yield "closed_within_timescale", stage, at_stage.within_timescale
        yield "closed_within_timescale_pct", stage, at_stage.within_timescale_share
        yield "extended", stage, at_stage.extended
        yield "extended_pct", stage, at_stage.extended_share
    yield "child_friendly", ALL, figures.child_friendly
    yield "safeguarding_flagged", ALL, figures.safeguarding_flagged
    for category, count in figures.safeguarding_categories.items():
        yield f"safeguarding_category.{category}", ALL, count
    for area, count in figures.service_areas.items():
        yield f"service_area.{area}", ALL, count


def headline_rows(figures: QuarterFigures) -> Iterator[tuple[str, str, Figure]]:
    return (row for row in indicator_rows(figures) if row[0] in HEADLINE_INDICATORS)


def safe_cell(text: str) -> str:
    """Text a spreadsheet shows as text: a leading apostrophe stops it being run as a formula."""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def report_csv(report: QuarterReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    sections = [(report.figures, indicator_rows(report.figures))]
    sections += [(earlier, headline_rows(earlier)) for earlier in reversed(report.quarters[:-1])]
    for figures, rows in sections:
        for indicator, stage, value in rows:
            writer.writerow(
                [
                    safe_cell(figures.quarter.label),
                    safe_cell(indicator),
                    safe_cell(stage),
                    "" if value is None else value,
                ]
            )
    return out.getvalue()


def headline(figures: QuarterFigures) -> dict[str, Any]:
    return {
        "quarter": figures.quarter.label,
        "received": figures.received.total,
        "closed": {ALL: figures.closed, **{s: figures.stages[s].closed for s in STAGES}},
        "average_working_days": {s: figures.stages[s].average_working_days for s in STAGES},
        "closed_within_timescale_pct": {
            s: figures.stages[s].within_timescale_share for s in STAGES
        },
        "child_friendly": figures.child_friendly,
        "safeguarding_flagged": figures.safeguarding_flagged,
    }


def report_as_dict(report: QuarterReport) -> dict[str, Any]:
    figures = report.figures
    return {
        "quarter": report.quarter.label,
        "first_day": report.quarter.first_day.isoformat(),
        "last_day": report.quarter.last_day.isoformat(),
        "received": {
            "total": figures.received.total,
            "at_stage_1": figures.received.at_stage_one,
            "direct_to_stage_2": figures.received.direct_to_stage_two,
            "escalated_to_stage_2": figures.received.escalated_to_stage_two,
        },
        "closed": figures.closed,
        "stages": {
            stage: {
                "closed": at_stage.closed,
                "closed_pct_of_all_closed": at_stage.closed_share,
                "outcomes": at_stage.outcomes,
                "outcomes_pct": {o: at_stage.outcome_share(o) for o in OUTCOMES},
                "average_working_days": at_stage.average_working_days,
                "closed_within_timescale": at_stage.within_timescale,
                "closed_within_timescale_pct": at_stage.within_timescale_share,
                "extended": at_stage.extended,
                "extended_pct": at_stage.extended_share,
            }
            for stage, at_stage in figures.stages.items()
        },
        "child_friendly": figures.child_friendly,
        "safeguarding_flagged": figures.safeguarding_flagged,
        "safeguarding_categories": figures.safeguarding_categories,
        "service_areas": figures.service_areas,
        # Oldest first; the last entry is this quarter.
        "trend": [headline(quarter) for quarter in report.quarters],
    }


def report_json(report: QuarterReport) -> str:
    return json.dumps(report_as_dict(report), indent=2, ensure_ascii=False)


# Plain text, for a terminal.

_STAGE_NAMES = {"stage_1": "Stage 1", "stage_2": "Stage 2"}
_TREND_COLUMNS = (
    "Received",
    "Closed S1",
    "Closed S2",
    "Days S1",
    "Days S2",
    "In time S1",
    "In time S2",
)


def _shown(value: Figure, suffix: str = "") -> str:
    return NOTHING if value is None else f"{value}{suffix}"


def _line(label: str, *cells: str, label_width: int = 38, cell_width: int = 14) -> str:
    return label.ljust(label_width) + "".join(cell.rjust(cell_width) for cell in cells)


def _count_and_share(count: int, share: float | None) -> str:
    return f"{count} ({_shown(share, ' %')})"


def _trend_line(label: str, *cells: str) -> str:
    return _line(label, *cells, label_width=8, cell_width=11).rstrip()


def report_text(report: QuarterReport) -> str:
    figures = report.figures
    quarter = report.quarter
    received = figures.received
    stages = [figures.stages[stage] for stage in STAGES]
    lines = [
        f"Complaints indicators for {quarter.label} "
        f"({quarter.first_day.isoformat()} to {quarter.last_day.isoformat()})",
        "",
        _line("Complaints received", str(received.total)),
        _line("  at Stage 1", str(received.at_stage_one)),
        _line("  straight to Stage 2", str(received.direct_to_stage_two)),
        _line("Escalated from Stage 1 to Stage 2", str(received.escalated_to_stage_two)),
        "",
        _line("", *(_STAGE_NAMES[stage] for stage in STAGES)),
        _line("Closed", *(str(s.closed) for s in stages)),
        _line("  share of all closed", *(_shown(s.closed_share, " %") for s in stages)),
        _line("Average working days to close", *(_shown(s.average_working_days) for s in stages)),
        _line("Closed within timescale", *(str(s.within_timescale) for s in stages)),
        _line("  share", *(_shown(s.within_timescale_share, " %") for s in stages)),
        _line("Extension granted", *(str(s.extended) for s in stages)),
        _line("  share", *(_shown(s.extended_share, " %") for s in stages)),
        "Outcomes",
    ]
    for outcome in OUTCOMES:
        lines.append(
            _line(
                f"  {outcome.replace('_', ' ')}",
                *(
                    f"{s.outcomes[outcome]} ({_shown(s.outcome_share(outcome), ' %')})"
                    for s in stages
                ),
            )
        )
    lines += [
        "",
        _line("Child-friendly complaints received", str(figures.child_friendly)),
        _line("Safeguarding concerns flagged", str(figures.safeguarding_flagged)),
        *(
            _line(f"  {category.replace('_', ' ')}", str(count))
            for category, count in figures.safeguarding_categories.items()
        ),
        "Complaints received by service area",
        *(
            _line(f"  {area.replace('_', ' ')}", str(count))
            for area, count in figures.service_areas.items()
        ),
        "",
        "Trend (this quarter last)",
        _trend_line(
            "",
            "Received",
            "Closed S1",
            "Closed S2",
            "Days S1",
            "Days S2",
            "In time S1",
            "In time S2",
        ),
    ]
    for earlier in report.quarters:
        at = [earlier.stages[stage] for stage in STAGES]
        lines.append(
            _trend_line(
                earlier.quarter.label,
                str(earlier.received.total),
                *(str(s.closed) for s in at),
                *(_shown(s.average_working_days) for s in at),
                *(_shown(s.within_timescale_share, " %") for s in at),
            )
        )
    return "\n".join(lines) + "\n"
