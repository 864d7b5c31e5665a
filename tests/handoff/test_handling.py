"""A complaint's whole life by the SPSO model procedure, with dates worked out by hand.

The calendar around Christmas 2026 in Scotland (worked out from a calendar, not from the code):
Fri 25 Dec Christmas; Sat 26 Boxing Day, so Mon 28 Dec is its substitute; Fri 1 Jan 2027 New
Year's Day; Sat 2 Jan the New Year holiday, so Mon 4 Jan is its substitute.
"""

from datetime import date

import pytest
from sqlalchemy import select

from handoff.cases import find_case
from handoff.clock import stage_clock
from handoff.errors import InvalidInput
from handoff.extensions import do_extend, extensions_of
from handoff.handling import (
    SPSO_SIGNPOST,
    available_actions,
    do_acknowledge,
    do_assign,
    do_change_priority,
    do_claim,
    do_close_stage,
    do_escalate_for_complainant,
    do_name_lead,
    do_record_withdrawal,
    do_set_status,
)
from handoff.learning import (
    do_add_learning_action,
    do_record_learning,
    should_prompt_for_learning,
)
from handoff.models import AuditEntry, CaseStage, Notification
from handoff.stages import current_stage
from tests.factories import add_staff, submit_case

RECEIVED = date(2026, 12, 22)  # a Tuesday


def _case(session, **answers):
    answers.setdefault("contact_method", "email")
    answers.setdefault("contact_detail", "parent@example.org")
    return find_case(session, submit_case(session, today=RECEIVED, **answers).reference)


def _audit(session, case) -> list[str]:
    return list(
        session.execute(
            select(AuditEntry.action).where(AuditEntry.case_id == case.id).order_by(AuditEntry.id)
        ).scalars()
    )


def _notices(session, case) -> list[str]:
    return list(
        session.execute(
            select(Notification.subject)
            .where(Notification.case_id == case.id)
            .order_by(Notification.id)
        ).scalars()
    )


def test_the_whole_life_of_a_case_across_christmas_and_new_year(session) -> None:
    handler = add_staff(session)
    case = _case(session)
    # Stage 1: 5 working days after Tue 22 Dec are 23, 24, 29, 30 and 31 December.
    assert case.due_on == date(2026, 12, 31)

    do_claim(session, case, handler, today=date(2026, 12, 23))
    assert case.assigned_to.email == "handler@council.example"

    do_acknowledge(session, case, handler, today=date(2026, 12, 23))
    stage_one = current_stage(case)
    assert stage_one.acknowledged_on == date(2026, 12, 23)
    assert case.status == "in_progress"

    # The 5 extra working days Stage 1 allows end on Mon 11 Jan (5, 6, 7, 8 and 11 January).
    with pytest.raises(InvalidInput, match="at most 5"):
        do_extend(
            session,
            case,
            handler,
            today=date(2026, 12, 30),
            new_due_on=date(2027, 1, 12),
            reason="Waiting for the bus company's records",
            note_to_complainant="We are waiting for records.",
        )
    with pytest.raises(InvalidInput, match="not a working day"):
        do_extend(
            session,
            case,
            handler,
            today=date(2026, 12, 30),
            new_due_on=date(2027, 1, 4),
            reason="Waiting for the bus company's records",
            note_to_complainant="We are waiting for records.",
        )
    do_extend(
        session,
        case,
        handler,
        today=date(2026, 12, 30),
        new_due_on=date(2027, 1, 8),
        reason="Waiting for the bus company's records",
        note_to_complainant="We are waiting for records from the bus company.",
    )
    assert (stage_one.standard_due_on, stage_one.due_on, case.due_on) == (
        date(2026, 12, 31),
        date(2027, 1, 8),
        date(2027, 1, 8),
    )
    [extension] = extensions_of(session, case)
    assert (extension.previous_due_on, extension.new_due_on) == (
        date(2026, 12, 31),
        date(2027, 1, 8),
    )
    # On Tue 5 Jan, 6, 7 and 8 January are left.
    assert stage_clock(stage_one, today=date(2027, 1, 5)).working_days_left == 3

    assert should_prompt_for_learning(session, case, "upheld")
    assert not should_prompt_for_learning(session, case, "not_upheld")
    do_record_learning(
        session,
        case,
        handler,
        today=date(2027, 1, 7),
        root_cause="The timetable was changed without telling the school.",
        learning_points="Tell schools about timetable changes.",
    )
    do_add_learning_action(
        session,
        case,
        handler,
        today=date(2027, 1, 7),
        description="Send every timetable change to the schools on the route.",
        owner="Transport manager",
        due_on=date(2027, 2, 26),
    )
    assert not should_prompt_for_learning(session, case, "upheld")
    closed = do_close_stage(
        session,
        case,
        handler,
        today=date(2027, 1, 7),
        outcome="upheld",
        response="We agree the bus was late. We have changed how we share timetables.",
    )
    assert closed.in_time and closed.response.startswith("We agree")
    assert "SPSO" not in closed.response  # Stage 1: the next step is Stage 2, not the SPSO
    assert (case.status, case.outcome, case.closed_on) == ("closed", "upheld", date(2027, 1, 7))
    assert (stage_one.outcome, stage_one.closed_on, stage_one.closed_by) == (
        "upheld",
        date(2027, 1, 7),
        handler,
    )
    assert "escalate" in available_actions(case, handler)
    assert "close" not in available_actions(case, handler)

    # Mon 18 Jan: the complainant phones to ask for Stage 2. Acknowledge by Thu 21 Jan (19, 20,
    # 21); reply by Mon 15 Feb (20 working days: 19-22 Jan, 25-29 Jan, 1-5, 8-12 and 15 Feb).
    escalation = do_escalate_for_complainant(session, case, handler, today=date(2027, 1, 18))
    assert (escalation.acknowledge_by, escalation.due_on) == (date(2027, 1, 21), date(2027, 2, 15))
    assert (case.stage, case.status, case.outcome, case.closed_on) == (
        "stage_2",
        "new",
        None,
        None,
    )
    stage_two = current_stage(case)
    assert stage_two.stage == "stage_2" and stage_two.started_on == date(2027, 1, 18)
    assert stage_one.outcome == "upheld"  # the history is kept

    do_acknowledge(session, case, handler, today=date(2027, 1, 20))
    assert stage_two.acknowledged_on == date(2027, 1, 20)
    assert not stage_clock(stage_two, today=date(2027, 1, 20)).acknowledgement_overdue

    final = do_close_stage(
        session,
        case,
        handler,
        today=date(2027, 2, 12),
        outcome="not_upheld",
        response="We looked again and found the service met its standards.",
    )
    assert final.response == (
        "We looked again and found the service met its standards.\n\n" + SPSO_SIGNPOST
    )
    for detail in ("Freepost SPSO", "0800 377 7330", "www.spso.org.uk/complain/form"):
        assert detail in stage_two.response
    assert (case.status, case.outcome, case.closed_on) == (
        "closed",
        "not_upheld",
        date(2027, 2, 12),
    )
    assert [row.stage for row in session.execute(select(CaseStage)).scalars()] == [
        "stage_1",
        "stage_2",
    ]
    assert available_actions(case, handler) == {"learning"}
    with pytest.raises(InvalidInput, match="SPSO"):
        do_escalate_for_complainant(session, case, handler, today=date(2027, 2, 15))

    assert _audit(session, case) == [
        "case.claimed",
        "case.acknowledged",
        "case.extended",
        "case.learning_recorded",
        "learning_action.added",
        "case.closed",
        "case.escalated",
        "case.acknowledged",
        "case.closed",
    ]
    subjects = _notices(session, case)
    assert len(subjects) == 6  # acknowledged, extended, closed, escalated, acknowledged, closed
    stage_two_notice = (
        session.execute(
            select(Notification.body)
            .where(Notification.case_id == case.id)
            .order_by(Notification.id.desc())
        )
        .scalars()
        .first()
    )
    assert "0800 377 7330" in stage_two_notice
    # The notice adds the SPSO's details itself, so the complainant reads them once.
    assert stage_two_notice.count("0800 377 7330") == 1


def test_an_overdue_stage_counts_working_days_since_the_due_date(session) -> None:
    case = _case(session)
    row = current_stage(case)
    on_the_day = stage_clock(row, today=date(2026, 12, 31))
    assert (on_the_day.working_days_left, on_the_day.overdue) == (0, False)
    # Fri 1 Jan and Mon 4 Jan are holidays: Tue 5 Jan is the first working day overdue.
    assert stage_clock(row, today=date(2027, 1, 4)).overdue
    assert stage_clock(row, today=date(2027, 1, 4)).working_days_overdue == 0
    assert stage_clock(row, today=date(2027, 1, 6)).working_days_overdue == 2
    # At Stage 1 acknowledging is due with the decision itself.
    assert stage_clock(row, today=date(2027, 1, 6)).acknowledgement_overdue


def test_assigning_to_another_active_member_and_refusals(session) -> None:
    handler = add_staff(session)
    colleague = add_staff(session, "colleague@council.example")
    case = _case(session)
    do_assign(session, case, handler, today=RECEIVED, assignee_email="Colleague@council.example")
    assert case.assigned_to == colleague
    with pytest.raises(InvalidInput, match="already assigned"):
        do_assign(session, case, handler, today=RECEIVED, assignee_email=colleague.email)
    with pytest.raises(InvalidInput, match="active staff member"):
        do_assign(session, case, handler, today=RECEIVED, assignee_email="nobody@example.org")
    colleague.is_active = False
    do_claim(session, case, handler, today=RECEIVED)
    with pytest.raises(InvalidInput, match="active staff member"):
        do_assign(session, case, handler, today=RECEIVED, assignee_email=colleague.email)
    with pytest.raises(InvalidInput, match="already assigned to you"):
        do_claim(session, case, handler, today=RECEIVED)
    assert _audit(session, case) == ["case.assigned", "case.claimed"]


def test_status_and_priority_changes_are_audited_with_old_and_new(session) -> None:
    handler = add_staff(session)
    case = _case(session)
    do_set_status(session, case, handler, today=RECEIVED, status="awaiting_complainant")
    with pytest.raises(InvalidInput, match="status must be"):
        do_set_status(session, case, handler, today=RECEIVED, status="closed")
    with pytest.raises(InvalidInput, match="reason"):
        do_change_priority(session, case, handler, today=RECEIVED, priority="high", reason=" ")
    do_change_priority(
        session, case, handler, today=RECEIVED, priority="high", reason="Exam on Friday"
    )
    assert (case.status, case.priority, case.priority_reason) == (
        "awaiting_complainant",
        "high",
        "Exam on Friday",
    )
    entries = session.execute(
        select(AuditEntry).where(AuditEntry.case_id == case.id).order_by(AuditEntry.id)
    ).scalars()
    details = [(e.action, e.detail["from"], e.detail["to"]) for e in entries]
    assert details == [
        ("case.status_changed", "new", "awaiting_complainant"),
        ("case.priority_changed", "normal", "high"),
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s, c, m: do_acknowledge(s, c, m, today=date(2027, 1, 5)), "closed"),
        (lambda s, c, m: do_claim(s, c, m, today=date(2027, 1, 5)), "closed"),
        (
            lambda s, c, m: do_extend(
                s,
                c,
                m,
                today=date(2027, 1, 5),
                new_due_on=date(2027, 1, 8),
                reason="r",
                note_to_complainant="n",
            ),
            "closed",
        ),
        (
            lambda s, c, m: do_close_stage(
                s, c, m, today=date(2027, 1, 5), outcome="upheld", response="again"
            ),
            "closed",
        ),
        (
            lambda s, c, m: do_set_status(s, c, m, today=date(2027, 1, 5), status="in_progress"),
            "closed",
        ),
        (
            lambda s, c, m: do_record_withdrawal(s, c, m, today=date(2027, 1, 5), note="phoned"),
            "closed",
        ),
    ],
)
def test_a_closed_case_refuses_changes_and_nothing_is_written(session, change, message) -> None:
    handler = add_staff(session)
    case = _case(session)
    do_close_stage(
        session, case, handler, today=date(2026, 12, 30), outcome="resolved", response="Agreed."
    )
    before = (_audit(session, case), case.status, case.due_on, case.assigned_to_id)
    with pytest.raises(InvalidInput, match=message):
        change(session, case, handler)
    assert (_audit(session, case), case.status, case.due_on, case.assigned_to_id) == before
    assert extensions_of(session, case) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"outcome": "withdrawn", "response": "x"}, "withdrawal"),
        ({"outcome": "sorted", "response": "x"}, "outcome must be"),
        ({"outcome": "upheld", "response": "   "}, "response"),
    ],
)
def test_closing_needs_an_outcome_and_the_response(session, fields, message) -> None:
    handler = add_staff(session)
    case = _case(session)
    with pytest.raises(InvalidInput, match=message):
        do_close_stage(session, case, handler, today=RECEIVED, **fields)
    assert (case.status, current_stage(case).closed_on, _audit(session, case)) == ("new", None, [])


@pytest.mark.parametrize(
    ("new_due_on", "reason", "note", "message"),
    [
        (date(2026, 12, 31), "r", "n", "after the current due date"),
        (date(2026, 12, 28), "r", "n", "after the current due date"),
        (date(2027, 1, 1), "r", "n", "not a working day"),
        (date(2027, 1, 6), "", "n", "reason"),
        (date(2027, 1, 6), "r", " ", "note"),
    ],
)
def test_bad_extensions_are_refused_and_nothing_moves(
    session, new_due_on, reason, note, message
) -> None:
    handler = add_staff(session)
    case = _case(session)
    with pytest.raises(InvalidInput, match=message):
        do_extend(
            session,
            case,
            handler,
            today=RECEIVED,
            new_due_on=new_due_on,
            reason=reason,
            note_to_complainant=note,
        )
    assert (case.due_on, current_stage(case).due_on) == (date(2026, 12, 31), date(2026, 12, 31))
    assert extensions_of(session, case) == [] and _notices(session, case) == []


def test_a_stage_two_extension_has_no_fixed_limit(session) -> None:
    handler = add_staff(session)
    case = _case(session)
    do_escalate_for_complainant(session, case, handler, today=date(2026, 12, 23))
    do_extend(
        session,
        case,
        handler,
        today=date(2027, 1, 20),
        new_due_on=date(2027, 3, 31),
        reason="Independent advice needed",
        note_to_complainant="We need an expert's view.",
    )
    assert case.due_on == date(2027, 3, 31)


def test_escalating_an_open_stage_one_ends_it_without_an_outcome(session) -> None:
    handler = add_staff(session)
    case = _case(session)
    stage_one = current_stage(case)
    do_escalate_for_complainant(session, case, handler, today=date(2026, 12, 23))
    assert (stage_one.closed_on, stage_one.outcome) == (date(2026, 12, 23), None)
    assert case.stage == "stage_2"


def test_a_late_stage_two_request_needs_a_reason(session) -> None:
    handler = add_staff(session)
    case = _case(session)
    do_close_stage(
        session, case, handler, today=date(2026, 12, 30), outcome="not_upheld", response="No."
    )
    # 61 days after 30 Dec is 1 March 2027; 2 March is late.
    with pytest.raises(InvalidInput, match="give a reason"):
        do_escalate_for_complainant(session, case, handler, today=date(2027, 3, 2))
    assert case.stage == "stage_1" and "case.escalated" not in _audit(session, case)
    do_escalate_for_complainant(
        session,
        case,
        handler,
        today=date(2027, 3, 2),
        late_reason="The complainant was in hospital.",
    )
    assert case.stage == "stage_2"
    [entry] = session.execute(
        select(AuditEntry).where(AuditEntry.action == "case.escalated")
    ).scalars()
    assert entry.detail["reopened"] is True
    assert entry.detail["late_reason"] == "The complainant was in hospital."
    assert entry.detail["by"] == "staff at the complainant's request"


def test_a_withdrawal_taken_by_staff_closes_the_stage_as_withdrawn(session) -> None:
    handler = add_staff(session)
    case = _case(session)
    do_record_withdrawal(session, case, handler, today=date(2026, 12, 23), note="Phoned us.")
    row = current_stage(case)
    assert (case.status, case.outcome, case.closed_on) == (
        "withdrawn",
        "withdrawn",
        date(2026, 12, 23),
    )
    assert (row.outcome, row.closed_on) == ("withdrawn", date(2026, 12, 23))
    assert "escalate" not in available_actions(case, handler)


def test_naming_the_lead_tells_the_complainant_once(session) -> None:
    handler = add_staff(session)
    case = _case(session)
    with pytest.raises(InvalidInput, match="at least two"):
        do_name_lead(
            session,
            case,
            handler,
            today=RECEIVED,
            involved_services=["Education"],
            lead_organisation="education",
        )
    do_name_lead(
        session,
        case,
        handler,
        today=RECEIVED,
        involved_services=["Education", "  ", "NHS Lothian"],
        lead_organisation="Education",
    )
    assert (case.involved_services, case.lead_organisation) == (
        ["Education", "NHS Lothian"],
        "Education",
    )
    with pytest.raises(InvalidInput, match="Nothing has changed"):
        do_name_lead(
            session,
            case,
            handler,
            today=RECEIVED,
            involved_services=["Education", "NHS Lothian"],
            lead_organisation="Education",
        )
    do_name_lead(
        session,
        case,
        handler,
        today=RECEIVED,
        involved_services=["Education", "NHS Lothian", "Social work"],
        lead_organisation="Education",
    )
    assert _audit(session, case) == ["case.lead_named", "case.lead_named"]
    assert len(_notices(session, case)) == 1  # the lead did not change the second time


def test_acknowledging_twice_is_refused(session) -> None:
    handler = add_staff(session)
    case = _case(session)
    do_acknowledge(session, case, handler, today=RECEIVED)
    with pytest.raises(InvalidInput, match="already acknowledged"):
        do_acknowledge(session, case, handler, today=RECEIVED)
    assert "acknowledge" not in available_actions(case, handler)


def test_a_draft_cannot_be_handled(session) -> None:
    from handoff.conversations import do_start_conversation
    from tests.factories import new_sender

    handler = add_staff(session)
    draft = do_start_conversation(session, new_sender(), language="en").case
    with pytest.raises(InvalidInput, match="not been sent"):
        do_claim(session, draft, handler, today=RECEIVED)
    with pytest.raises(InvalidInput, match="has been sent"):
        do_escalate_for_complainant(session, draft, handler, today=RECEIVED)
    assert available_actions(draft, handler) == frozenset()
