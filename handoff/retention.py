"""Retention: after the retention period a closed complaint keeps only what statistics need.

The case row stays (stage, outcome, dates, service area, age band, role, child-friendly and
safeguarding flags), so the SPSO indicators of past quarters do not change. Names, contact
details, what was written and said, and the reasons recorded about the person go.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select
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
        _remove_personal_data(session, case)
        case.personal_data_removed_on = today
        audit.record(session, staff_member_id=None, action="case.purged", case=case)
    session.flush()
    return Purged([case.reference for case in cases])


def _remove_personal_data(session: Session, case: Case) -> None:
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
    conversation_ids = select(Conversation.id).where(Conversation.case_id == case.id)
    session.execute(
        delete(Message)
        .where(Message.conversation_id.in_(conversation_ids))
        .execution_options(synchronize_session="fetch")
    )
    session.execute(
        delete(Notification)
        .where(Notification.case_id == case.id)
        .execution_options(synchronize_session="fetch")
    )
    for stage in session.execute(select(CaseStage).where(CaseStage.case_id == case.id)).scalars():
        stage.response = None
    for extension in session.execute(
        select(Extension).where(Extension.case_id == case.id)
    ).scalars():
        extension.reason = REMOVED
        extension.note_to_complainant = REMOVED
    for decision in session.execute(
        select(ChildDecision).where(ChildDecision.case_id == case.id)
    ).scalars():
        decision.reasons = REMOVED
    for referral in session.execute(
        select(SafeguardingReferral).where(SafeguardingReferral.case_id == case.id)
    ).scalars():
        referral.notes = None
