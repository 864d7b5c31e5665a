"""Safeguarding referrals to child protection (social work or police), kept apart from the
complaint.

A referral is not part of the case record or the API's case JSON, and only the safeguarding lead
and admins read or add one. Handlers see only that one is recorded: the case's safeguarding banner
tells them to refer, and without that line they might refer the child a second time; to whom,
when and why stays with the lead, so it cannot slip into a reply to a parent.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff import audit
from handoff.deadlines import SCOTLAND
from handoff.errors import InvalidInput, TellUsError
from handoff.handling import required_text
from handoff.models import Case, SafeguardingReferral, StaffMember

ROLES_WHO_SEE_REFERRALS = frozenset({"safeguarding_lead", "admin"})
MAX_NOTES_CHARS = 5000


class ReferralsRestricted(TellUsError):
    code = "forbidden"
    status = 403


def may_see_referrals(staff: StaffMember) -> bool:
    return staff.role in ROLES_WHO_SEE_REFERRALS


def _check_may_see(staff: StaffMember) -> None:
    if not may_see_referrals(staff):
        raise ReferralsRestricted("Only the safeguarding lead and admins see referrals.")


def referral_recorded(session: Session, case: Case) -> bool:
    """The one fact every staff member may know."""
    found = session.execute(
        select(SafeguardingReferral.id).where(SafeguardingReferral.case_id == case.id).limit(1)
    ).first()
    return found is not None


def do_view_referrals(
    session: Session, case: Case, staff: StaffMember
) -> list[SafeguardingReferral]:
    """The referrals on a case, for the lead or an admin; the viewing is audited."""
    _check_may_see(staff)
    audit.record(session, staff_member_id=staff.id, action="referrals.viewed", case=case)
    return list(
        session.execute(
            select(SafeguardingReferral)
            .where(SafeguardingReferral.case_id == case.id)
            .order_by(SafeguardingReferral.referred_at, SafeguardingReferral.id)
        ).scalars()
    )


def do_record_referral(
    session: Session,
    case: Case,
    staff: StaffMember,
    *,
    today: date,
    referred_to: str,
    referred_at: datetime,
    notes: str | None = None,
) -> SafeguardingReferral:
    """Who the child was referred to and when; recorded by the lead or an admin.

    Any case may carry one, whatever the complaint's state: child protection does not wait for
    the complaints procedure."""
    _check_may_see(staff)
    referred_to = required_text(referred_to, "who the referral went to", limit=200)
    notes = (notes or "").strip() or None
    if notes is not None and len(notes) > MAX_NOTES_CHARS:
        raise InvalidInput(f"The notes are too long: at most {MAX_NOTES_CHARS} characters.")
    if referred_at.tzinfo is None:
        raise InvalidInput("Give the time of the referral with its time zone.")
    if referred_at.astimezone(SCOTLAND).date() > today:
        raise InvalidInput("A referral cannot be recorded for a future date.")
    referral = SafeguardingReferral(
        case_id=case.id,
        referred_to=referred_to,
        referred_at=referred_at,
        referred_by_id=staff.id,
        notes=notes,
    )
    session.add(referral)
    session.flush()
    # The audit entry names the referral, not its details: the log is read more widely.
    audit.record(
        session,
        staff_member_id=staff.id,
        action="referral.recorded",
        case=case,
        detail={"referral_id": referral.id, "on": today.isoformat()},
    )
    session.flush()
    return referral
