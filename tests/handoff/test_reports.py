"""The quarterly SPSO indicators, checked against figures worked out by hand.

The fixture builds case and stage rows directly, so each date below is exactly what the report
reads. Scottish holidays that matter here: Mon 1 Dec 2025 (St Andrew's Day, observed), Thu 25
and Fri 26 Dec 2025, Thu 1 and Fri 2 Jan 2026. The body's own closure day: Mon 16 Feb 2026.
Working days are counted after the start day, up to and including the day of closing.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import event

from handoff.closures import do_add_closure_day
from handoff.errors import InvalidInput
from handoff.models import Case, CaseStage, Extension, StaffMember
from handoff.quarters import Quarter, parse_quarter
from handoff.report_export import report_as_dict, report_csv, report_text, safe_cell
from handoff.reports import QuarterReport, percent, quarter_report


@dataclass(frozen=True)
class Stage:
    stage: str
    started: date
    standard_due: date
    closed: date | None = None
    outcome: str | None = None
    extended_to: date | None = None


@dataclass(frozen=True)
class Complaint:
    reference: str
    stages: tuple[Stage, ...]
    service_area: str = "education"
    child_friendly: bool = False
    categories: tuple[str, ...] = ()
    status: str = "closed"


D = date
COMPLAINTS = (
    # 2025Q3 ---------------------------------------------------------------------------------
    # C15: Tue 5 Aug to Fri 8 Aug = 3 working days (Wed, Thu, Fri).
    Complaint(
        "TU-C015", (Stage("stage_1", D(2025, 8, 5), D(2025, 8, 12), D(2025, 8, 8), "not_upheld"),)
    ),
    # 2025Q4 ---------------------------------------------------------------------------------
    # C1: Mon 6 Oct to Fri 10 Oct = 4 working days.
    Complaint(
        "TU-C001",
        (Stage("stage_1", D(2025, 10, 6), D(2025, 10, 13), D(2025, 10, 10), "upheld"),),
        child_friendly=True,
    ),
    # C13: Mon 20 Oct to Tue 21 Oct = 1 working day.
    Complaint(
        "TU-C013",
        (Stage("stage_1", D(2025, 10, 20), D(2025, 10, 27), D(2025, 10, 21), "resolved"),),
        service_area="health",
    ),
    # C14: received on a holiday (Mon 1 Dec); Tue 2 to Mon 8 Dec = 5 working days, due Mon 8.
    Complaint(
        "TU-C014",
        (Stage("stage_1", D(2025, 12, 1), D(2025, 12, 8), D(2025, 12, 8), "upheld"),),
        service_area="housing",
        categories=("neglect",),
    ),
    # C2 (escalated): Stage 1 Mon 3 Nov to Fri 7 Nov = 4 working days. Stage 2 from Mon 17 Nov,
    # due after 20 working days on Tue 16 Dec (1 Dec skipped); extended to Fri 23 Jan; closed
    # Tue 20 Jan 2026: 20 (to 16 Dec) + 3 (17-19 Dec) + 3 (22-24 Dec) + 3 (29-31 Dec)
    # + 5 (5-9 Jan) + 5 (12-16 Jan) + 2 (19-20 Jan) = 41 working days. Late against the
    # procedure's 16 Dec, though within the extension.
    Complaint(
        "TU-C002",
        (
            Stage("stage_1", D(2025, 11, 3), D(2025, 11, 10), D(2025, 11, 7), "not_upheld"),
            Stage(
                "stage_2",
                D(2025, 11, 17),
                D(2025, 12, 16),
                D(2026, 1, 20),
                "partially_upheld",
                extended_to=D(2026, 1, 23),
            ),
        ),
        service_area="social_work",
    ),
    # C3 (over Christmas and New Year): Mon 22 Dec, due Wed 31 Dec (23, 24, 29, 30, 31);
    # closed Mon 5 Jan 2026 = 6 working days, late.
    Complaint(
        "TU-C003",
        (Stage("stage_1", D(2025, 12, 22), D(2025, 12, 31), D(2026, 1, 5), "not_upheld"),),
        child_friendly=True,
    ),
    # 2026Q1 ---------------------------------------------------------------------------------
    # C4: Mon 12 Jan to Fri 16 Jan = 4 working days.
    Complaint(
        "TU-C004",
        (Stage("stage_1", D(2026, 1, 12), D(2026, 1, 19), D(2026, 1, 16), "upheld"),),
        child_friendly=True,
        categories=("bullying_with_harm",),
    ),
    # C5: Tue 13 Jan to Tue 20 Jan = 5 working days, on the due day itself (in time).
    Complaint(
        "TU-C005",
        (Stage("stage_1", D(2026, 1, 13), D(2026, 1, 20), D(2026, 1, 20), "partially_upheld"),),
        service_area="housing",
    ),
    # C6 (extended): Mon 2 Feb, due Mon 9 Feb, extended to Fri 13 Feb, closed Thu 12 Feb:
    # 3-6 Feb (4) + 9-12 Feb (4) = 8 working days; late against the procedure's 9 Feb.
    Complaint(
        "TU-C006",
        (
            Stage(
                "stage_1",
                D(2026, 2, 2),
                D(2026, 2, 9),
                D(2026, 2, 12),
                "resolved",
                extended_to=D(2026, 2, 13),
            ),
        ),
        service_area="social_work",
        child_friendly=True,
    ),
    # C7 (withdrawn): Tue 10 Feb to Wed 11 Feb = 1 working day.
    Complaint(
        "TU-C007",
        (Stage("stage_1", D(2026, 2, 10), D(2026, 2, 17), D(2026, 2, 11), "withdrawn"),),
        service_area="health",
        status="withdrawn",
    ),
    # C8 (escalated, closure day): Thu 12 Feb; the body is closed Mon 16 Feb, so due Fri 20 Feb
    # (13, 17, 18, 19, 20); closed Thu 19 Feb = 4 working days (13, 17, 18, 19). Stage 2 from
    # Mon 2 Mar, due Mon 30 Mar, still open.
    Complaint(
        "TU-C008",
        (
            Stage("stage_1", D(2026, 2, 12), D(2026, 2, 20), D(2026, 2, 19), "not_upheld"),
            Stage("stage_2", D(2026, 3, 2), D(2026, 3, 30)),
        ),
        service_area="transport",
        child_friendly=True,
        categories=("self_harm", "bullying_with_harm"),
        status="in_progress",
    ),
    # C9: Mon 9 Mar, still open.
    Complaint(
        "TU-C009",
        (Stage("stage_1", D(2026, 3, 9), D(2026, 3, 16)),),
        service_area="leisure",
        status="in_progress",
    ),
    # C10: received Mon 30 Mar (Q1), due Tue 7 Apr (Good Friday 3 Apr skipped), closed Wed 1
    # Apr: a Q2 closure, not counted in Q1.
    Complaint(
        "TU-C010",
        (Stage("stage_1", D(2026, 3, 30), D(2026, 4, 7), D(2026, 4, 1), "upheld"),),
        service_area="other",
    ),
    # C11 (straight to Stage 2): Mon 5 Jan, due Mon 2 Feb, closed Fri 30 Jan:
    # 5-9, 12-16, 19-23, 26-30 Jan less the start day = 19 working days.
    Complaint(
        "TU-C011",
        (Stage("stage_2", D(2026, 1, 5), D(2026, 2, 2), D(2026, 1, 30), "upheld"),),
        service_area="social_work",
    ),
    # C12: a draft never sent has no stage and is not a complaint received.
    Complaint("TU-C012", (), status="draft"),
)


def _build(session) -> None:
    # Built directly: hashing a real password would cost more than the whole report.
    staff = StaffMember(email="handler@council.example", password_hash="-", role="handler")
    session.add(staff)
    do_add_closure_day(session, date(2026, 2, 16), "Staff training day")
    for complaint in COMPLAINTS:
        first = complaint.stages[0] if complaint.stages else None
        last = complaint.stages[-1] if complaint.stages else None
        case = Case(
            reference=complaint.reference,
            status=complaint.status,
            stage=last.stage if last else "stage_1",
            outcome=last.outcome if last else None,
            service_area=complaint.service_area,
            child_friendly=complaint.child_friendly,
            safeguarding_flagged=bool(complaint.categories),
            safeguarding_severity="high" if complaint.categories else "none",
            safeguarding_categories=list(complaint.categories),
            received_on=first.started if first else None,
            due_on=(last.extended_to or last.standard_due) if last else None,
        )
        session.add(case)
        session.flush()
        for stage in complaint.stages:
            session.add(
                CaseStage(
                    case_id=case.id,
                    stage=stage.stage,
                    started_on=stage.started,
                    standard_due_on=stage.standard_due,
                    due_on=stage.extended_to or stage.standard_due,
                    closed_on=stage.closed,
                    outcome=stage.outcome,
                )
            )
            if stage.extended_to:
                session.add(
                    Extension(
                        case_id=case.id,
                        stage=stage.stage,
                        previous_due_on=stage.standard_due,
                        new_due_on=stage.extended_to,
                        reason="Waiting for the school's records.",
                        note_to_complainant="We need a few more days.",
                        staff_member_id=staff.id,
                    )
                )
    session.flush()


@pytest.fixture
def report(session) -> QuarterReport:
    _build(session)
    return quarter_report(session, "2026Q1")


def test_received_counts_new_complaints_and_escalations_apart(report) -> None:
    received = report.figures.received
    # Stage 1 started in Q1: C4, C5, C6, C7, C8, C9, C10 = 7. Straight to Stage 2: C11 = 1.
    # Escalated in Q1: C8 (C2's Stage 2 began in Q4). Total new complaints: 7 + 1 = 8.
    assert (received.at_stage_one, received.direct_to_stage_two) == (7, 1)
    assert received.escalated_to_stage_two == 1
    assert received.total == 8


def test_closures_at_each_stage_and_their_share(report) -> None:
    figures = report.figures
    stage_one, stage_two = figures.stages["stage_1"], figures.stages["stage_2"]
    # Stage 1 closed in Q1: C3 (5 Jan), C4, C5, C6, C7, C8 = 6 (C10 closed in April).
    # Stage 2 closed in Q1: C2 (20 Jan), C11 (30 Jan) = 2. All closed: 8.
    assert (stage_one.closed, stage_two.closed, figures.closed) == (6, 2, 8)
    # 6 / 8 = 75.0 %, 2 / 8 = 25.0 %.
    assert (stage_one.closed_share, stage_two.closed_share) == (75.0, 25.0)


def test_outcomes_per_stage(report) -> None:
    stage_one, stage_two = report.figures.stages["stage_1"], report.figures.stages["stage_2"]
    # Stage 1: C4 upheld; C5 partially; C3, C8 not upheld; C6 resolved; C7 withdrawn.
    assert stage_one.outcomes == {
        "resolved": 1,
        "upheld": 1,
        "partially_upheld": 1,
        "not_upheld": 2,
        "withdrawn": 1,
    }
    # 1 / 6 = 16.666.. -> 16.7 %; 2 / 6 = 33.333.. -> 33.3 %.
    assert stage_one.outcome_share("upheld") == 16.7
    assert stage_one.outcome_share("not_upheld") == 33.3
    # Stage 2: C11 upheld, C2 partially upheld: 50.0 % each, 0.0 % for the rest.
    assert stage_two.outcomes["upheld"] == stage_two.outcomes["partially_upheld"] == 1
    assert stage_two.outcome_share("upheld") == 50.0
    assert stage_two.outcome_share("resolved") == 0.0


def test_average_working_days_to_close(report) -> None:
    stage_one, stage_two = report.figures.stages["stage_1"], report.figures.stages["stage_2"]
    # Stage 1: C3 6 + C4 4 + C5 5 + C6 8 + C7 1 + C8 4 = 28; 28 / 6 = 4.666.. -> 4.7.
    assert stage_one.average_working_days == 4.7
    # Stage 2: C2 41 + C11 19 = 60; 60 / 2 = 30.0.
    assert stage_two.average_working_days == 30.0


def test_closed_within_the_procedures_timescale(report) -> None:
    stage_one, stage_two = report.figures.stages["stage_1"], report.figures.stages["stage_2"]
    # Stage 1 late: C3 (5 Jan > 31 Dec) and C6 (12 Feb > 9 Feb, though within its extension).
    # In time: C4, C5 (on the day), C7, C8 = 4 of 6 = 66.666.. -> 66.7 %.
    assert (stage_one.within_timescale, stage_one.within_timescale_share) == (4, 66.7)
    # Stage 2: C11 in time, C2 late (20 Jan > 16 Dec): 1 of 2 = 50.0 %.
    assert (stage_two.within_timescale, stage_two.within_timescale_share) == (1, 50.0)


def test_closures_with_an_extension(report) -> None:
    stage_one, stage_two = report.figures.stages["stage_1"], report.figures.stages["stage_2"]
    # Stage 1: C6 = 1 of 6 = 16.7 %. Stage 2: C2 (extended at Stage 2 only) = 1 of 2 = 50.0 %.
    assert (stage_one.extended, stage_one.extended_share) == (1, 16.7)
    assert (stage_two.extended, stage_two.extended_share) == (1, 50.0)


def test_child_friendly_safeguarding_and_service_areas_of_complaints_received(report) -> None:
    figures = report.figures
    # Received in Q1: C4-C11. Child-friendly: C4, C6, C8 (C3 arrived in Q4) = 3.
    assert figures.child_friendly == 3
    # Flagged: C4 (bullying), C8 (self-harm and bullying) = 2 cases, bullying in both.
    assert figures.safeguarding_flagged == 2
    assert figures.safeguarding_categories == {"bullying_with_harm": 2, "self_harm": 1}
    assert figures.service_areas == {
        "education": 1,  # C4
        "social_work": 2,  # C6, C11
        "health": 1,  # C7
        "housing": 1,  # C5
        "transport": 1,  # C8
        "leisure": 1,  # C9
        "other": 1,  # C10
        "unknown": 0,
    }


def test_the_trend_repeats_the_headline_for_the_four_quarters_before(report) -> None:
    assert [q.quarter.label for q in report.quarters] == [
        "2025Q1",
        "2025Q2",
        "2025Q3",
        "2025Q4",
        "2026Q1",
    ]
    empty, _, summer, autumn, _ = report.quarters
    assert empty.received.total == 0 and empty.closed == 0
    # Nothing closed: no average and no share, rather than a division by zero.
    assert empty.stages["stage_1"].average_working_days is None
    assert empty.stages["stage_1"].within_timescale_share is None
    # 2025Q3: C15 only, 3 working days, in time.
    assert (summer.received.total, summer.stages["stage_1"].average_working_days) == (1, 3.0)
    # 2025Q4 received at Stage 1: C1, C13, C2, C14, C3 = 5, and C2 escalated.
    assert (autumn.received.total, autumn.received.escalated_to_stage_two) == (5, 1)
    # Closed at Stage 1 in Q4: C1 4 + C13 1 + C2 4 + C14 5 = 14 working days; 14 / 4 = 3.5; all
    # in time (C14 on its due day). Nothing closed at Stage 2.
    stage_one = autumn.stages["stage_1"]
    assert (stage_one.closed, stage_one.average_working_days) == (4, 3.5)
    assert stage_one.within_timescale_share == 100.0
    assert autumn.stages["stage_2"].closed == 0
    # Child-friendly received in Q4: C1, C3. Flagged: C14.
    assert (autumn.child_friendly, autumn.safeguarding_flagged) == (2, 1)


def test_the_report_costs_a_handful_of_queries_however_many_cases(session) -> None:
    _build(session)
    statements: list[str] = []

    def count(*_args) -> None:
        statements.append("query")

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        quarter_report(session, "2026Q1")
    finally:
        event.remove(engine, "before_cursor_execute", count)
    # Received, closures, working days, profile, categories, closure days.
    assert len(statements) == 6


@pytest.mark.parametrize(
    ("typed", "quarter"),
    [("2026Q3", Quarter(2026, 3)), (" 2026-q1 ", Quarter(2026, 1)), ("2025 Q4", Quarter(2025, 4))],
)
def test_quarters_people_type(typed, quarter) -> None:
    assert parse_quarter(typed) == quarter


@pytest.mark.parametrize("typed", ["", "2026", "2026Q5", "2026Q0", "Q3 2026", "26Q3", "0999Q1"])
def test_a_bad_quarter_is_refused_with_an_example(session, typed) -> None:
    with pytest.raises(InvalidInput, match="like 2026Q3"):
        quarter_report(session, typed)


def test_quarter_boundaries() -> None:
    assert (Quarter(2026, 1).first_day, Quarter(2026, 1).last_day) == (
        date(2026, 1, 1),
        date(2026, 3, 31),
    )
    assert Quarter(2024, 1).previous() == Quarter(2023, 4)
    assert Quarter(2026, 4).last_day == date(2026, 12, 31)
    assert Quarter.containing(date(2026, 9, 30)) == Quarter(2026, 3)


def test_percentages_round_half_up_and_never_divide_by_zero() -> None:
    assert percent(1, 8) == 12.5
    assert percent(1, 16) == 6.3  # 6.25 rounds up, not to even
    assert percent(0, 0) is None


def _csv_rows(report) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(report_csv(report))))


def test_csv_has_one_row_per_indicator(report) -> None:
    rows = _csv_rows(report)
    assert list(rows[0]) == ["quarter", "indicator", "stage", "value"]

    def value(indicator: str, stage: str, quarter: str = "2026Q1") -> str:
        (found,) = [
            r["value"]
            for r in rows
            if (r["quarter"], r["indicator"], r["stage"]) == (quarter, indicator, stage)
        ]
        return found

    assert value("received", "all") == "8"
    assert value("closed_within_timescale_pct", "stage_1") == "66.7"
    assert value("average_working_days", "stage_2") == "30.0"
    assert value("outcome_withdrawn", "stage_1") == "1"
    assert value("safeguarding_category.self_harm", "all") == "1"
    assert value("service_area.social_work", "all") == "2"
    # Earlier quarters carry the headline only; nothing to divide is an empty cell.
    assert value("average_working_days", "stage_1", "2025Q4") == "3.5"
    assert value("average_working_days", "stage_1", "2025Q1") == ""
    assert not [r for r in rows if r["quarter"] == "2025Q4" and r["indicator"] == "extended"]


def test_csv_text_cells_cannot_become_formulas(session) -> None:
    _build(session)
    flagged = session.query(Case).filter_by(reference="TU-C004").one()
    flagged.safeguarding_categories = ['=HYPERLINK("http://evil.example")', "@SUM(A1)"]
    session.flush()
    rows = _csv_rows(quarter_report(session, "2026Q1"))
    indicators = [r["indicator"] for r in rows if "category" in r["indicator"]]
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values())
    # The category is kept in the indicator name, after its prefix.
    assert 'safeguarding_category.=HYPERLINK("http://evil.example")' in indicators
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("-2") == "'-2"
    assert safe_cell("stage_1") == "stage_1"


def test_json_and_text_carry_the_same_figures(report) -> None:
    figures = json.loads(json.dumps(report_as_dict(report)))
    assert figures["quarter"] == "2026Q1"
    assert figures["received"]["total"] == 8
    assert figures["stages"]["stage_1"]["average_working_days"] == 4.7
    assert figures["stages"]["stage_2"]["closed_within_timescale_pct"] == 50.0
    assert [t["quarter"] for t in figures["trend"]][-1] == "2026Q1"
    assert figures["trend"][0]["average_working_days"]["stage_1"] is None

    text = report_text(report)
    assert "Complaints indicators for 2026Q1 (2026-01-01 to 2026-03-31)" in text
    assert "66.7 %" in text
    assert "2025Q1" in text and "\u2013" in text
