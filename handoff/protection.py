"""Child protection handoff: a disclosure takes the conversation from the bot to a person.

A concern about a child's safety is not a complaint (DESIGN.md): the case becomes urgent at once,
the conversation goes to human mode so the bot falls silent, and the safeguarding lead is alerted.
Nothing here depends on Rasa or on NLU being right: the gateway calls it on its own screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff.deadlines import SCOTLAND
from handoff.models import Case, Conversation, StaffMember
from handoff.notifications import do_queue_notification
from handoff.safeguarding.result import SEVERITY_RANK, ScreenResult, most_severe
from handoff.stages import do_open_stage

ADULT_ROLES = frozenset({"parent_carer", "advocate", "other_adult", "professional"})


@dataclass(frozen=True)
class ProtectionHandoff:
    reference: str
    severity: str
    categories: list[str]
    escalated: bool  # first flagged now, or more serious than before: tell the person and staff


def safeguarding_recipients(session: Session, configured: tuple[str, ...]) -> list[str]:
    leads = session.execute(
        select(StaffMember.email).where(
            StaffMember.role == "safeguarding_lead", StaffMember.is_active.is_(True)
        )
    ).scalars()
    return sorted(set(configured) | set(leads))


def do_protection_handoff(
    session: Session,
    conversation: Conversation,
    result: ScreenResult,
    *,
    now: datetime,
    recipients: list[str],
    case_url: str,
) -> ProtectionHandoff:
    case: Case = conversation.case
    previous = case.safeguarding_severity if case.safeguarding_flagged else "none"
    severity = most_severe([previous, result.severity])
    case.safeguarding_flagged = True
    case.safeguarding_severity = severity
    case.safeguarding_categories = sorted(
        set(case.safeguarding_categories) | set(result.categories)
    )
    case.first_flagged_at = case.first_flagged_at or now
    case.priority = "urgent"
    case.child_friendly = True
    if case.status in ("draft", "new"):
        # Staff see it at once; the complaint part (if any) runs on the Stage 1 clock alongside.
        do_open_stage(session, case, "stage_1", case.received_on or now.astimezone(SCOTLAND).date())
        case.status = "handoff"
    conversation.mode = "human"

    # Alert on the first flag and whenever it becomes more serious, not on every message.
    escalated = SEVERITY_RANK[severity] > SEVERITY_RANK[previous]
    if escalated:
        subject = f"URGENT safeguarding concern ({severity}) - case {case.reference}"
        body = (
            f"A conversation on Tell Us has been flagged as a safeguarding concern.\n\n"
            f"Case: {case.reference}\nSeverity: {severity}\n"
            f"Categories: {', '.join(case.safeguarding_categories)}\n"
            f"Flagged at: {now.isoformat()}\n\n"
            f"The chat is waiting for a person. Open the case: {case_url}\n\n"
            f"This email holds no personal details; read the conversation in Tell Us."
        )
        for recipient in recipients:
            do_queue_notification(
                session, case=case, recipient=recipient, subject=subject, body=body
            )
    session.flush()
    return ProtectionHandoff(
        case.reference, severity, list(case.safeguarding_categories), escalated
    )


def speaks_as_adult(case: Case) -> bool:
    """The register for the safety message: an adult only when they told us they are one."""
    return case.complainant_role in ADULT_ROLES or case.age_band == "adult"
