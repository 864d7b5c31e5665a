"""Handling a complaint by the SPSO model procedure: who has it, acknowledging, its status and
priority, closing a stage with an outcome, and taking it to Stage 2.

Each change is a do_* function taking the session, the staff member acting and Scotland's
`today`. It checks everything first (InvalidInput, nothing written), then changes the case,
writes its audit entry and queues any notice to the complainant, all in the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff import audit, vocabulary
from handoff.cases import (
    OPEN_STATUSES,
    Escalation,
    do_escalate,
    do_withdraw,
    escalation_is_late,
)
from handoff.complainant_notices import do_notify_complainant
from handoff.errors import InvalidInput
from handoff.models import Case, CaseStage, StaffMember
from handoff.staff import find_staff
from handoff.stages import current_stage

# Staff move an open case between these; "closed" and "withdrawn" have their own actions.
STAFF_SETTABLE_STATUSES = ("in_progress", "awaiting_complainant")
CLOSING_OUTCOMES = ("resolved", "upheld", "partially_upheld", "not_upheld")
MAX_REASON_CHARS = 2000
MAX_RESPONSE_CHARS = 20000

# After a Stage 2 reply the complainant must be told about the Ombudsman (MCHP).
SPSO_SIGNPOST = (
    "If you are still unhappy after this reply, you can ask the Scottish Public Services "
    "Ombudsman (SPSO) to look at your complaint. The SPSO is independent and free to use. "
    "Write to: Freepost SPSO. Phone: 0800 377 7330. Online: www.spso.org.uk/complain/form. "
    "You normally need to contact the SPSO within 12 months."
)
_SPSO_DETAILS = ("Freepost SPSO", "0800 377 7330", "www.spso.org.uk/complain/form")


def with_spso_signpost(response: str) -> str:
    """The Stage 2 reply as sent: the staff member's text, then the SPSO's details unless the
    text already gives all three ways to reach them."""
    if all(detail.lower() in response.lower() for detail in _SPSO_DETAILS):
        return response
    return f"{response}\n\n{SPSO_SIGNPOST}"


def check_open(case: Case) -> CaseStage:
    """The stage row of a case staff can still act on (sent, not closed or withdrawn)."""
    if case.status == "draft":
        raise InvalidInput("This complaint has not been sent yet.")
    if case.status == "closed" and case.stage == "stage_1":
        raise InvalidInput("This case is closed. To reopen it, take it to Stage 2.")
    if case.status not in OPEN_STATUSES:
        raise InvalidInput(f"This case is {case.status}.")
    row = current_stage(case)
    if row is None:
        raise InvalidInput("This case has no stage clock.")
    return row


def required_text(value: str | None, what: str, *, limit: int = MAX_REASON_CHARS) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(f"Give {what}.")
    if len(text) > limit:
        raise InvalidInput(f"{what[0].upper()}{what[1:]} is too long: at most {limit} characters.")
    return text


def _email(member: StaffMember | None) -> str | None:
    return member.email if member is not None else None


def do_claim(session: Session, case: Case, staff: StaffMember, *, today: date) -> None:
    """The staff member takes the case on (assigns it to themselves)."""
    check_open(case)
    _hand_case(
        session,
        case,
        to=staff,
        by=staff,
        action="case.claimed",
        today=today,
        already="This case is already assigned to you.",
    )


def do_assign(
    session: Session, case: Case, staff: StaffMember, *, today: date, assignee_email: str
) -> None:
    """Gives the case to another active staff member (or to oneself)."""
    check_open(case)
    assignee = find_staff(session, assignee_email or "")
    if assignee is None or not assignee.is_active:
        raise InvalidInput("Choose an active staff member to assign the case to.")
    _hand_case(
        session,
        case,
        to=assignee,
        by=staff,
        action="case.assigned",
        today=today,
        already=f"This case is already assigned to {assignee.email}.",
    )


def _hand_case(
    session: Session,
    case: Case,
    *,
    to: StaffMember,
    by: StaffMember,
    action: str,
    today: date,
    already: str,
) -> None:
    """Claiming and assigning are one change: a new holder, with who had it before audited."""
    if case.assigned_to_id == to.id:
        raise InvalidInput(already)
    previous = _email(case.assigned_to)
    case.assigned_to = to
    audit.record(
        session,
        staff_member_id=by.id,
        action=action,
        case=case,
        detail={"from": previous, "to": to.email, "on": today.isoformat()},
    )
    session.flush()


def do_acknowledge(session: Session, case: Case, staff: StaffMember, *, today: date) -> None:
    """Records that the complainant has been told we have their complaint and who has it.

    A new case is then being worked on (in progress); the complainant is told the due date."""
    row = check_open(case)
    if row.acknowledged_on is not None:
        raise InvalidInput(f"This stage was already acknowledged on {row.acknowledged_on}.")
    if today < row.started_on:
        raise InvalidInput("A stage cannot be acknowledged before it started.")
    row.acknowledged_on = today
    if case.status == "new":
        case.status = "in_progress"
    audit.record(
        session,
        staff_member_id=staff.id,
        action="case.acknowledged",
        case=case,
        detail={"stage": row.stage, "on": today.isoformat()},
    )
    do_notify_complainant(session, case, "acknowledged")
    session.flush()


def do_set_status(
    session: Session, case: Case, staff: StaffMember, *, today: date, status: str
) -> None:
    """In progress, or waiting for the complainant (for information, or to agree the heads)."""
    if status not in STAFF_SETTABLE_STATUSES:
        raise InvalidInput(f"status must be one of {', '.join(STAFF_SETTABLE_STATUSES)}.")
    check_open(case)
    if case.status == status:
        raise InvalidInput(f"The case is already {status}.")
    previous, case.status = case.status, status
    audit.record(
        session,
        staff_member_id=staff.id,
        action="case.status_changed",
        case=case,
        detail={"from": previous, "to": status, "on": today.isoformat()},
    )
    session.flush()


def do_change_priority(
    session: Session,
    case: Case,
    staff: StaffMember,
    *,
    today: date,
    priority: str,
    reason: str,
) -> None:
    """Priority comes from the conversation's answers; staff may change it, saying why."""
    if priority not in vocabulary.PRIORITIES:
        raise InvalidInput(f"priority must be one of {', '.join(vocabulary.PRIORITIES)}.")
    reason = required_text(reason, "a reason for the new priority")
    check_open(case)
    if case.priority == priority:
        raise InvalidInput(f"The priority is already {priority}.")
    previous = case.priority
    case.priority, case.priority_reason = priority, reason
    audit.record(
        session,
        staff_member_id=staff.id,
        action="case.priority_changed",
        case=case,
        detail={"from": previous, "to": priority, "reason": reason, "on": today.isoformat()},
    )
    session.flush()


@dataclass(frozen=True)
class ClosedStage:
    stage: str
    outcome: str
    response: str  # as sent, with the SPSO's details after Stage 2
    in_time: bool


def do_close_stage(
    session: Session,
    case: Case,
    staff: StaffMember,
    *,
    today: date,
    outcome: str,
    response: str,
) -> ClosedStage:
    """The stage's decision, with the response sent. After Stage 1 the complainant can still take
    it to Stage 2 (do_escalate_for_complainant); after Stage 2 they are pointed to the SPSO."""
    if outcome == "withdrawn":
        raise InvalidInput("Record a withdrawal with 'The complainant withdrew'.")
    if outcome not in CLOSING_OUTCOMES:
        raise InvalidInput(f"outcome must be one of {', '.join(CLOSING_OUTCOMES)}.")
    response = required_text(response, "the response sent", limit=MAX_RESPONSE_CHARS)
    row = check_open(case)
    if today < row.started_on:
        raise InvalidInput("A stage cannot be closed before it started.")
    # The record keeps the reply with the SPSO's details as staff must send it (a letter, a call);
    # the notice gets the staff's own words, as it adds the SPSO's details in its own register.
    sent = with_spso_signpost(response) if row.stage == "stage_2" else response
    # The reply is itself an acknowledgement when none was recorded before it.
    row.acknowledged_on = row.acknowledged_on or today
    row.closed_on, row.outcome, row.response, row.closed_by = today, outcome, sent, staff
    case.status, case.outcome, case.closed_on = "closed", outcome, today
    closed = ClosedStage(row.stage, outcome, sent, in_time=today <= row.due_on)
    audit.record(
        session,
        staff_member_id=staff.id,
        action="case.closed",
        case=case,
        detail={
            "stage": row.stage,
            "outcome": outcome,
            "in_time": closed.in_time,
            "on": today.isoformat(),
        },
    )
    do_notify_complainant(
        session, case, "closed", stage=row.stage, outcome=outcome, response=response
    )
    session.flush()
    return closed


def do_escalate_for_complainant(
    session: Session,
    case: Case,
    staff: StaffMember,
    *,
    today: date,
    late_reason: str | None = None,
) -> Escalation:
    """Staff take a complaint to Stage 2 at the complainant's request (by phone, letter, in
    person), reopening it if Stage 1 was closed. A request after the time limit is accepted only
    with a reason, as the procedure allows."""
    late_reason = (late_reason or "").strip() or None
    if late_reason is not None:
        late_reason = required_text(late_reason, "a reason to accept a late request")
    if late_reason is None and escalation_is_late(case, today):
        raise InvalidInput(
            "The Stage 1 reply was more than 2 months ago: give a reason to accept this late "
            "request."
        )
    reopened = case.status == "closed"
    escalation = do_escalate(session, case, today=today, late_accepted=late_reason is not None)
    audit.record(
        session,
        staff_member_id=staff.id,
        action="case.escalated",
        case=case,
        detail={
            "by": "staff at the complainant's request",
            "reopened": reopened,
            "late_reason": late_reason,
            "acknowledge_by": escalation.acknowledge_by.isoformat(),
            "due_on": escalation.due_on.isoformat(),
            "on": today.isoformat(),
        },
    )
    do_notify_complainant(
        session,
        case,
        "escalated",
        acknowledge_by=escalation.acknowledge_by,
        due_on=escalation.due_on,
    )
    session.flush()
    return escalation


def do_record_withdrawal(
    session: Session, case: Case, staff: StaffMember, *, today: date, note: str
) -> None:
    """The complainant told staff (by phone, in person) that they withdraw the complaint."""
    note = required_text(note, "how and when the complainant withdrew")
    row = check_open(case)
    do_withdraw(session, case, today=today)
    audit.record(
        session,
        staff_member_id=staff.id,
        action="case.withdrawn",
        case=case,
        detail={"stage": row.stage, "note": note, "on": today.isoformat()},
    )
    session.flush()


def do_name_lead(
    session: Session,
    case: Case,
    staff: StaffMember,
    *,
    today: date,
    involved_services: list[str],
    lead_organisation: str,
) -> None:
    """A complaint about several services or another organisation: who leads, so that the
    complainant gets one response that covers all. They are told who leads."""
    lead = required_text(lead_organisation, "the lead service or organisation", limit=200)
    involved: list[str] = []
    for name in [*involved_services, lead]:
        name = name.strip()
        if len(name) > 200:
            raise InvalidInput("Each service or organisation name must be at most 200 characters.")
        if name and name.casefold() not in {known.casefold() for known in involved}:
            involved.append(name)
    if len(involved) < 2:
        raise InvalidInput("Name at least two services or organisations, including the lead.")
    check_open(case)
    if case.lead_organisation == lead and list(case.involved_services) == involved:
        raise InvalidInput("Nothing has changed.")
    previous = case.lead_organisation
    case.involved_services, case.lead_organisation = involved, lead
    audit.record(
        session,
        staff_member_id=staff.id,
        action="case.lead_named",
        case=case,
        detail={"from": previous, "to": lead, "involved": involved, "on": today.isoformat()},
    )
    if previous != lead:
        do_notify_complainant(session, case, "lead_named", lead_organisation=lead)
    session.flush()


def assignable_staff(session: Session) -> list[StaffMember]:
    return list(
        session.execute(
            select(StaffMember)
            .where(StaffMember.is_active.is_(True))
            .order_by(StaffMember.display_name, StaffMember.email)
        ).scalars()
    )


def available_actions(case: Case, staff: StaffMember) -> frozenset[str]:
    """The actions the case page offers now: the same state rules the do_* functions enforce."""
    actions: set[str] = set()
    if case.status != "draft":
        actions.add("learning")
        if case.child_friendly:
            actions.add("child_decisions")
        if case.stage == "stage_1" and case.status != "withdrawn":
            actions.add("escalate")
    row = current_stage(case)
    if case.status in OPEN_STATUSES and row is not None:
        actions |= {"assign", "status", "priority", "extend", "close", "withdraw", "lead"}
        if case.assigned_to_id != staff.id:
            actions.add("claim")
        if row.acknowledged_on is None:
            actions.add("acknowledge")
    return frozenset(actions)
