"""A subject access request: everything Tell Us holds about one person, as one JSON document.

Found by a case reference, or by the email address or phone number they gave (personal data is
encrypted, so the search reads each case's contact detail in turn rather than in SQL).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from handoff import audit
from handoff.cases import find_case
from handoff.errors import InvalidInput, NotFound
from handoff.models import Case, Conversation, Notification
from handoff.records import case_record


def _contact_key(value: str) -> str:
    """Email addresses compare without case; phone numbers by their digits (07700 900123 and
    +44 7700 900123 are one number)."""
    value = value.strip().lower()
    if "@" in value:
        return value
    digits = re.sub(r"\D", "", value)
    return "0" + digits[2:] if digits.startswith("44") else digits


def find_cases_of(session: Session, *, reference: str | None, contact: str | None) -> list[Case]:
    if bool(reference) == bool(contact):
        raise InvalidInput("Give either a case reference or a contact (email or phone).")
    if reference:
        return [find_case(session, reference)]
    wanted = _contact_key(contact)
    if len(wanted) < 6:
        raise InvalidInput("That contact is too short to identify one person.")
    candidates = session.execute(
        select(Case)
        .where(Case.contact_detail.is_not(None))
        .options(selectinload(Case.conversations).selectinload(Conversation.messages))
        .order_by(Case.id)
    ).scalars()
    found = [case for case in candidates if _contact_key(case.contact_detail) == wanted]
    if not found:
        raise NotFound("No case holds that contact.")
    return found


def export_for(
    session: Session, *, reference: str | None = None, contact: str | None = None
) -> dict[str, Any]:
    cases = find_cases_of(session, reference=reference, contact=contact)
    exported = []
    for case in cases:
        notices = session.execute(
            select(Notification).where(Notification.case_id == case.id).order_by(Notification.id)
        ).scalars()
        record = case_record(case)
        record["notifications"] = [
            {
                "to": notice.recipient,
                "subject": notice.subject,
                "body": notice.body,
                "status": notice.status,
                "created_at": notice.created_at.isoformat(),
            }
            for notice in notices
        ]
        exported.append(record)
        audit.record(session, staff_member_id=None, action="case.subject_access", case=case)
    return {"cases": exported}
