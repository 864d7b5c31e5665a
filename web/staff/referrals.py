"""A case's safeguarding referrals, on their own page for the safeguarding lead and admins.

Kept off the case page so that the details never sit next to the controls that contact a
complainant or a parent (handoff.referrals explains what handlers see).
"""

from __future__ import annotations

from datetime import datetime, time

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user

from handoff.cases import find_case
from handoff.db import transaction
from handoff.deadlines import SCOTLAND, today_in_scotland
from handoff.errors import InvalidInput
from handoff.models import StaffMember
from handoff.referrals import ROLES_WHO_SEE_REFERRALS, do_record_referral, do_view_referrals
from web.services import tellus
from web.staff.auth import staff_page
from web.staff.blueprint import bp
from web.staff.handling import form_date


def _form_time(name: str, what: str) -> time:
    try:
        return time.fromisoformat(request.form.get(name, "").strip())
    except ValueError:
        raise InvalidInput(f"Give {what} as a time (HH:MM).") from None


def render_referrals_page(reference: str, *, error: str | None = None) -> str:
    with transaction(tellus().session_factory) as session:
        case = find_case(session, reference)
        staff = session.get(StaffMember, int(current_user.id))
        referrals = [
            {
                "referred_to": r.referred_to,
                "referred_at": r.referred_at.astimezone(SCOTLAND),
                "by": r.referred_by.email,
                "notes": r.notes,
            }
            for r in do_view_referrals(session, case, staff)
        ]
        summary = {
            "reference": case.reference,
            "severity": case.safeguarding_severity,
            "categories": list(case.safeguarding_categories),
            "flagged": case.safeguarding_flagged,
        }
    return render_template(
        "staff/referrals.html",
        case=summary,
        referrals=referrals,
        error=error,
        today=today_in_scotland(),
    )


@bp.get("/cases/<reference>/safeguarding")
@staff_page(*ROLES_WHO_SEE_REFERRALS)
def referrals_page(reference: str):
    return render_referrals_page(reference)


@bp.post("/cases/<reference>/safeguarding")
@staff_page(*ROLES_WHO_SEE_REFERRALS)
def record_referral(reference: str):
    today = today_in_scotland()
    try:
        with transaction(tellus().session_factory) as session:
            case = find_case(session, reference)
            staff = session.get(StaffMember, int(current_user.id))
            referred_at = datetime.combine(
                form_date("referred_on", "the date of the referral"),
                _form_time("referred_time", "the time of the referral"),
                tzinfo=SCOTLAND,
            )
            do_record_referral(
                session,
                case,
                staff,
                today=today,
                referred_to=request.form.get("referred_to", ""),
                referred_at=referred_at,
                notes=request.form.get("notes", ""),
            )
    except InvalidInput as refused:
        return render_referrals_page(reference, error=refused.message), 400
    flash(gettext("The referral is recorded."), "done")
    return redirect(url_for("staff.referrals_page", reference=reference))
