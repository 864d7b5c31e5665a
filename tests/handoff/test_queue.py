"""The queue's filters, counts and time left, and how staff are named to complainants."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from handoff.cases import queue, queue_counts, time_left, urgent_open_cases
from handoff.errors import InvalidInput
from handoff.models import Case, StaffMember
from handoff.queue_filters import QueueFilters, check_queue_filters
from handoff.references import new_reference
from handoff.staff_attribution import attributions, handled_by

TODAY = date(2026, 12, 9)  # a Wednesday
NO_CLOSURES: frozenset[date] = frozenset()


def open_case(session, summary: str, **columns: object) -> Case:
    """A new Stage 1 complaint in whatever state the test needs. Built directly rather than
    through the intake (whose status-code hashing costs a tenth of a second a case)."""
    fields: dict[str, object] = {
        "reference": new_reference(),
        "summary": summary,
        "status": "new",
        "received_on": date(2026, 12, 1),
        "due_on": date(2026, 12, 18),
    }
    fields.update(columns)
    case = Case(**fields)
    session.add(case)
    session.flush()
    return case


def staff_member(session, email: str, **columns: object) -> StaffMember:
    """A staff row for a case to be assigned to (no sign-in, so no password hashing)."""
    member = StaffMember(email=email, role="handler", password_hash="-", **columns)
    session.add(member)
    session.flush()
    return member


def _summaries(cases: list[Case]) -> list[str]:
    return [case.summary for case in cases]


def _filters(session, me: StaffMember, **params: str | list[str]) -> QueueFilters:
    given = {name: value if isinstance(value, list) else [value] for name, value in params.items()}
    return check_queue_filters(session, given, staff_member_id=me.id, today=TODAY)


@pytest.fixture
def staff(session) -> dict[str, StaffMember]:
    return {
        "me": staff_member(session, "me@council.example"),
        "other": staff_member(session, "other@council.example"),
    }


@pytest.fixture
def cases(session, staff) -> dict[str, Case]:
    """One case for each thing a filter picks out (their summaries name them)."""
    return {
        "plain": open_case(session, "plain"),
        "mine": open_case(session, "mine", assigned_to=staff["me"]),
        "theirs": open_case(session, "theirs", assigned_to=staff["other"], priority="high"),
        "child": open_case(session, "child", child_friendly=True, priority="low"),
        "overdue": open_case(session, "overdue", due_on=date(2026, 12, 8)),
        "due today": open_case(session, "due today", due_on=TODAY),
        "stage 2": open_case(session, "stage 2", stage="stage_2", status="in_progress"),
        "safeguarding": open_case(
            session,
            "safeguarding",
            safeguarding_flagged=True,
            safeguarding_severity="high",
            priority="urgent",
            status="handoff",
            child_friendly=True,
        ),
        "closed": open_case(session, "closed", status="closed", outcome="upheld"),
        "withdrawn": open_case(session, "withdrawn", status="withdrawn", outcome="withdrawn"),
    }


def test_no_filters_is_the_open_queue_in_contract_order(session, staff, cases) -> None:
    assert _summaries(queue(session)) == [
        "safeguarding",  # safeguarding first
        "theirs",  # then priority: high
        "overdue",  # then normal priority by due date
        "due today",
        "plain",
        "mine",
        "stage 2",
        "child",  # low priority last
    ]
    assert _summaries(queue(session, _filters(session, staff["me"]))) == _summaries(queue(session))


OPEN_CASES = frozenset(
    {"plain", "mine", "theirs", "child", "overdue", "due today", "stage 2", "safeguarding"}
)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"stage": "stage_2"}, {"stage 2"}),
        ({"stage": ["stage_1", "stage_2"]}, OPEN_CASES),
        ({"status": "in_progress"}, {"stage 2"}),
        ({"status": "closed"}, {"closed"}),
        ({"status": ["closed", "withdrawn"]}, {"closed", "withdrawn"}),
        ({"status": ["open", "closed"]}, OPEN_CASES | {"closed"}),
        ({"assignee": "me"}, {"mine"}),
        ({"assignee": "other@council.example"}, {"theirs"}),
        ({"assignee": " OTHER@council.EXAMPLE "}, {"theirs"}),
        ({"assignee": "unassigned"}, OPEN_CASES - {"mine", "theirs"}),
        ({"child_friendly": "true"}, {"child", "safeguarding"}),
        ({"child_friendly": "false"}, OPEN_CASES - {"child", "safeguarding"}),
        ({"overdue": "true"}, {"overdue"}),
        ({"overdue": "false"}, OPEN_CASES - {"overdue"}),
        ({"safeguarding": "true"}, {"safeguarding"}),
        ({"safeguarding": "false"}, OPEN_CASES - {"safeguarding"}),
        # An empty value is "any", as an unchosen select sends it.
        ({"stage": "", "assignee": "", "child_friendly": "", "overdue": ""}, OPEN_CASES),
    ],
)
def test_each_filter(session, staff, cases, params, expected) -> None:
    found = queue(session, _filters(session, staff["me"], **params))
    assert set(_summaries(found)) == set(expected)


def test_filters_combine_and_keep_the_queue_order(session, staff, cases) -> None:
    open_case(
        session,
        "another urgent one of mine",
        assigned_to=staff["me"],
        priority="urgent",
        child_friendly=True,
        due_on=date(2026, 12, 1),
    )
    open_case(session, "mine, later", assigned_to=staff["me"], child_friendly=True)
    open_case(session, "mine, on time, adult", assigned_to=staff["me"], due_on=TODAY)
    found = queue(
        session,
        _filters(session, staff["me"], assignee="me", child_friendly="true", stage="stage_1"),
    )
    assert _summaries(found) == ["another urgent one of mine", "mine, later"]
    overdue_and_mine = queue(session, _filters(session, staff["me"], assignee="me", overdue="true"))
    assert _summaries(overdue_and_mine) == ["another urgent one of mine"]


def test_due_today_is_not_overdue(session, staff, cases) -> None:
    overdue = queue(session, _filters(session, staff["me"], overdue="true"))
    assert "due today" not in _summaries(overdue)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"stge": ["stage_1"]}, "Unknown filter 'stge'"),
        ({"stage": ["stage_3"]}, "stage must be one of stage_1, stage_2, spso"),
        ({"status": ["opened"]}, "status must be open or one of draft, new"),
        ({"assignee": ["nobody@council.example"]}, "No staff member has the email"),
        ({"assignee": ["me", "unassigned"]}, "Give assignee only once."),
        ({"child_friendly": ["yes"]}, "child_friendly must be true or false"),
        ({"overdue": ["1"]}, "overdue must be true or false"),
        ({"safeguarding": ["on"]}, "safeguarding must be true or false"),
    ],
)
def test_unknown_filters_and_values_are_refused_clearly(session, staff, params, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        check_queue_filters(session, params, staff_member_id=staff["me"].id, today=TODAY)


def test_counts_cover_the_whole_open_queue(session, staff, cases) -> None:
    open_case(session, "due friday", due_on=date(2026, 12, 11), assigned_to=staff["me"])
    open_case(session, "due monday", due_on=date(2026, 12, 14))
    counts = queue_counts(
        session, staff_member_id=staff["me"].id, today=TODAY, closures=NO_CLOSURES
    )
    assert counts.open == 10
    assert counts.urgent == 1
    assert counts.overdue == 1
    assert counts.unassigned == 7
    assert counts.mine == 2
    # Due today or by Friday (two working days on); not Monday, not the overdue one.
    assert counts.due_soon == 2


def test_due_soon_skips_closure_days(session, staff) -> None:
    open_case(session, "due friday", due_on=date(2026, 12, 11))
    open_case(session, "due monday", due_on=date(2026, 12, 14))
    open_case(session, "due tuesday", due_on=date(2026, 12, 15))
    me = staff["me"].id
    plain = queue_counts(session, staff_member_id=me, today=TODAY, closures=NO_CLOSURES)
    assert plain.due_soon == 1  # Thursday, Friday
    closed_thursday = frozenset({date(2026, 12, 10)})
    closed = queue_counts(session, staff_member_id=me, today=TODAY, closures=closed_thursday)
    assert closed.due_soon == 2  # Friday, Monday


def test_counts_are_zero_on_an_empty_queue(session, staff) -> None:
    counts = queue_counts(
        session, staff_member_id=staff["me"].id, today=TODAY, closures=NO_CLOSURES
    )
    assert (counts.open, counts.urgent, counts.overdue, counts.due_soon) == (0, 0, 0, 0)


def test_urgent_open_cases_are_urgent_priority_or_safeguarding(session, staff, cases) -> None:
    open_case(session, "urgent without a flag", priority="urgent")
    open_case(session, "urgent but closed", priority="urgent", status="closed", outcome="resolved")
    found = {case.summary for case in urgent_open_cases(session)}
    assert found == {"safeguarding", "urgent without a flag"}


@pytest.mark.parametrize(
    ("due_on", "overdue", "working_days"),
    [
        (TODAY, False, 0),
        (date(2026, 12, 10), False, 1),
        (date(2026, 12, 14), False, 3),  # over a weekend
        (date(2026, 12, 8), True, 1),
        (date(2026, 12, 4), True, 3),  # the Friday before: Mon, Tue, Wed
    ],
)
def test_time_left_counts_working_days(due_on, overdue, working_days) -> None:
    left = time_left(due_on, today=TODAY, closures=NO_CLOSURES)
    assert (left.overdue, left.working_days) == (overdue, working_days)


def test_time_left_over_christmas_and_a_weekend_past_the_due_date() -> None:
    # Due Wed 23 Dec 2026; Christmas Day (Fri) and Boxing Day's substitute (Mon 28) are holidays.
    left = time_left(date(2026, 12, 29), today=date(2026, 12, 23), closures=NO_CLOSURES)
    assert (left.overdue, left.working_days) == (False, 2)  # Thu 24, Tue 29
    weekend = time_left(date(2026, 12, 11), today=date(2026, 12, 13), closures=NO_CLOSURES)
    assert (weekend.overdue, weekend.working_days) == (True, 0)


def test_handled_by_names_the_assignee_and_team_never_the_email(session) -> None:
    member = staff_member(session, "sam@council.example")
    assert handled_by(None, language="en") is None
    assert handled_by(member, language="en") == "a member of our team"
    member.team = "Education complaints"
    assert handled_by(member, language="en") == "a member of our team (Education complaints)"
    member.display_name = "Sam Jones"
    assert handled_by(member, language="en") == "Sam Jones (Education complaints)"
    member.team = "  "
    assert handled_by(member, language="en") == "Sam Jones"


def test_attributions_load_every_author_in_one_query(session) -> None:
    members = [staff_member(session, f"staff{n}@council.example") for n in range(3)]
    members[0].display_name, members[0].team = "Sam", "Housing"
    session.flush()
    statements: list[str] = []
    engine = session.get_bind()
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        found = attributions(session, [m.id for m in members])
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert len(statements) == 1
    assert found[members[0].id].as_json() == {"name": "Sam", "team": "Housing"}
    assert found[members[1].id].as_json() == {"name": None, "team": None}
    assert attributions(session, []) == {}
