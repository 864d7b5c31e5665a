"""The audit log: who viewed or changed what, and when.

Callers write the entry in the same transaction as the view or change it records, so a change
cannot happen without its entry.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from handoff.models import AuditEntry, Case


def record(
    session: Session,
    *,
    staff_member_id: int | None,
    action: str,
    case: Case | None = None,
    detail: dict[str, Any] | None = None,
    ip_address: str | None = None,
) -> AuditEntry:
    """`action` is a short verb phrase such as "case.viewed" or "case.extended"."""
    entry = AuditEntry(
        staff_member_id=staff_member_id,
        action=action,
        case_id=case.id if case is not None else None,
        detail=detail or {},
        ip_address=ip_address,
    )
    session.add(entry)
    return entry
