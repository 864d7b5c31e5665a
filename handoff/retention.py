"""Retention: after the retention period a closed complaint keeps only what statistics need.

The case row stays (stage, outcome, dates, service area, age band, role, child-friendly and
safeguarding flags), so the SPSO indicators of past quarters do not change. Names, contact
details, what was written and said, and the reasons recorded about the person go.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from handoff import audit
from handoff.models import (
    Case,
    CaseStage,
    ChildDecision,
    Conversation,
    Extension,
    Message,
    Notification,
    SafeguardingReferral,
)

REMOVED = "[removed under the retention policy]"
# A draft never sent is not a complaint: its words go a month after it could last be resumed.
DRAFT_GRACE_DAYS = 30


@dataclass(frozen=True)
class Purged:
    case_references: list[str]


def purge_due(session: Session, *, today: date, retention_days: int) -> list[Case]:
    """Cases whose personal data is due to go: closed or withdrawn before the period, and
    drafts long expired."""
    closed_before = today - timedelta(days=retention_days)
    draft_before = today - timedelta(days=DRAFT_GRACE_DAYS)
    return list(
        session.execute(
            select(Case)
            .where(Case.personal_data_removed_on.is_(None))
            .where(
                (Case.status.in_(("closed", "withdrawn")) & (Case.closed_on < closed_before))
                | ((Case.status == "draft") & (Case.draft_expires_on < draft_before))
            )
            .order_by(Case.id)
        ).scalars()
    )


def do_purge(session: Session, *, today: date, retention_days: int) -> Purged:
    cases = purge_due(session, today=today, retention_days=retention_days)
    for case in cases:
        _remove_case_fields(case)
        case.personal_data_removed_on = today
        audit.record(session, staff_member_id=None, action="case.purged", case=case)
    _remove_related(session, [case.id for case in cases])
    session.flush()
    return Purged([case.reference for case in cases])


def _remove_case_fields(case: Case) -> None:
    case.complainant_name = None
    case.summary = None
    case.when_where = None
    case.urgency = None
    case.heads_of_complaint = []
    case.outcomes_sought = []
    case.contact_detail = None
    case.best_time = None
    case.adjustments = []
    case.preferred_staff = None
    case.draft_answers = None
    case.status_code_hash = None
    case.root_cause = None
    case.learning_points = None
    case.priority_reason = None


def _remove_related(session: Session, case_ids: list[int]) -> None:
    """What hangs off the cases, in one statement per table for all of them."""
    if not case_ids:
        return
    fetch = {"synchronize_session": "fetch"}
    conversations = select(Conversation.id).where(Conversation.case_id.in_(case_ids))
    session.execute(
        delete(Message).where(Message.conversation_id.in_(conversations)).execution_options(**fetch)
    )
    session.execute(
        delete(Notification).where(Notification.case_id.in_(case_ids)).execution_options(**fetch)
    )
    for table, values in (
        (CaseStage, {"response": None}),
        (Extension, {"reason": REMOVED, "note_to_complainant": REMOVED}),
        (ChildDecision, {"reasons": REMOVED}),
        (SafeguardingReferral, {"notes": None}),
    ):
        session.execute(
            update(table)
            .where(table.case_id.in_(case_ids))
            .values(**values)
            .execution_options(**fetch)
        )
