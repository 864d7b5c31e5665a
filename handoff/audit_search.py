"""Reading the audit log back: newest first, a page at a time, filtered by who, which case and
what. (handoff.audit writes it.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff.models import AuditEntry, Case, StaffMember
from handoff.references import normalise_reference

AUDIT_PAGE_SIZE = 50


@dataclass(frozen=True)
class AuditFilters:
    staff_email: str | None = None  # who acted
    reference: str | None = None  # which case
    action: str | None = None  # an action, or the start of one ("case.")


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    action: str
    staff_email: str | None
    reference: str | None
    detail: dict[str, Any]
    ip_address: str | None


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    page: int
    has_next: bool


def audit_page(
    session: Session, filters: AuditFilters, *, page: int = 1, per_page: int = AUDIT_PAGE_SIZE
) -> AuditPage:
    page = max(page, 1)
    # Only the case's reference is read, never the whole case: its personal data stays
    # encrypted and unread.
    query = (
        select(AuditEntry, StaffMember.email, Case.reference)
        .outerjoin(StaffMember, StaffMember.id == AuditEntry.staff_member_id)
        .outerjoin(Case, Case.id == AuditEntry.case_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )
    if filters.staff_email:
        query = query.where(StaffMember.email == filters.staff_email.strip().lower())
    if filters.reference:
        query = query.where(Case.reference == normalise_reference(filters.reference))
    if filters.action:
        query = query.where(AuditEntry.action.startswith(filters.action.strip(), autoescape=True))
    # One row more than a page tells whether there is a next page without counting them all.
    found = session.execute(query.offset((page - 1) * per_page).limit(per_page + 1)).all()
    rows = [
        AuditRow(
            at=entry.at,
            action=entry.action,
            staff_email=email,
            reference=reference,
            detail=entry.detail or {},
            ip_address=entry.ip_address,
        )
        for entry, email, reference in found[:per_page]
    ]
    return AuditPage(rows=rows, page=page, has_next=len(found) > per_page)
