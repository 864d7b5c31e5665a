"""Decisions the Child Friendly Complaints Handling Procedure asks staff to record, with reasons.

- Capacity: whether the child can make (and so control) the complaint themselves. From 12 a child
  is presumed to have capacity for data protection; the staff member still judges and records it.
- Best interests: a decision to go on with a complaint, or to stop it, against the wish of the
  child or of a parent or carer.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff import audit, vocabulary
from handoff.errors import InvalidInput
from handoff.handling import required_text
from handoff.models import Case, ChildDecision, StaffMember

# What staff usually decide: offered as choices, while the record keeps the words chosen.
CAPACITY_DECISIONS = (
    "has capacity to make the complaint",
    "does not have capacity to make the complaint",
)
BEST_INTERESTS_DECISIONS = ("go on with the complaint", "stop the complaint")
MAX_DECISION_CHARS = 200  # the column's size
MAX_REASONS_CHARS = 5000


def child_decisions(session: Session, case: Case) -> list[ChildDecision]:
    return list(
        session.execute(
            select(ChildDecision).where(ChildDecision.case_id == case.id).order_by(ChildDecision.id)
        ).scalars()
    )


def _check_child_friendly(case: Case) -> None:
    if case.status == "draft":
        raise InvalidInput("This complaint has not been sent yet.")
    if not case.child_friendly:
        raise InvalidInput("Capacity and best-interests decisions are for child-friendly cases.")


def _record(
    session: Session,
    case: Case,
    staff: StaffMember,
    *,
    today: date,
    kind: str,
    decision: str,
    against_wish_of: str | None,
    reasons: str,
) -> ChildDecision:
    row = ChildDecision(
        case_id=case.id,
        kind=kind,
        decision=decision,
        against_wish_of=against_wish_of,
        reasons=reasons,
        staff_member_id=staff.id,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        staff_member_id=staff.id,
        action="child_decision.recorded",
        case=case,
        detail={
            "decision_id": row.id,
            "kind": kind,
            "decision": decision,
            "against_wish_of": against_wish_of,
            "on": today.isoformat(),
        },
    )
    session.flush()
    return row


def do_record_capacity_decision(
    session: Session,
    case: Case,
    staff: StaffMember,
    *,
    today: date,
    decision: str,
    reasons: str,
) -> ChildDecision:
    decision = required_text(decision, "the decision", limit=MAX_DECISION_CHARS)
    reasons = required_text(reasons, "the reasons for the decision", limit=MAX_REASONS_CHARS)
    _check_child_friendly(case)
    return _record(
        session,
        case,
        staff,
        today=today,
        kind="capacity",
        decision=decision,
        against_wish_of=None,
        reasons=reasons,
    )


def do_record_best_interests_decision(
    session: Session,
    case: Case,
    staff: StaffMember,
    *,
    today: date,
    decision: str,
    against_wish_of: str,
    reasons: str,
) -> ChildDecision:
    """Going on or stopping against someone's wish is recorded with whose wish and why."""
    decision = required_text(decision, "the decision", limit=MAX_DECISION_CHARS)
    if against_wish_of not in vocabulary.WISH_HOLDERS:
        raise InvalidInput("Say whose wish the decision goes against: the child or a parent/carer.")
    reasons = required_text(reasons, "the reasons for the decision", limit=MAX_REASONS_CHARS)
    _check_child_friendly(case)
    return _record(
        session,
        case,
        staff,
        today=today,
        kind="best_interests",
        decision=decision,
        against_wish_of=against_wish_of,
        reasons=reasons,
    )
