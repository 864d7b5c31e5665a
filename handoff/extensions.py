"""Extending a stage's timescale: only with a reason, a new date and a note to the complainant.

The procedure's own date (standard_due_on) is kept, so the indicators can still tell a reply sent
on time from one sent within an extension.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff import audit
from handoff.closures import closure_days
from handoff.complainant_notices import do_notify_complainant
from handoff.deadlines import STAGE_ONE_WORKING_DAYS, add_working_days, is_working_day
from handoff.errors import InvalidInput
from handoff.handling import check_open, required_text
from handoff.models import Case, Extension, StaffMember

# MCHP Stage 1: in exceptional circumstances, no more than 5 more working days; a complaint that
# needs longer goes to Stage 2. Stage 2 has no fixed limit (the complainant is kept informed).
STAGE_ONE_MOST_EXTRA_WORKING_DAYS = 5


def latest_stage_one_date(started_on: date, *, closures: frozenset[date]) -> date:
    return add_working_days(
        started_on, STAGE_ONE_WORKING_DAYS + STAGE_ONE_MOST_EXTRA_WORKING_DAYS, closures=closures
    )


def do_extend(
    session: Session,
    case: Case,
    staff: StaffMember,
    *,
    today: date,
    new_due_on: date,
    reason: str,
    note_to_complainant: str,
) -> Extension:
    reason = required_text(reason, "the reason for the extension")
    note = required_text(note_to_complainant, "a note to the complainant")
    row = check_open(case)
    closures = closure_days(session)
    if new_due_on <= row.due_on:
        raise InvalidInput(f"The new date must be after the current due date, {row.due_on}.")
    if new_due_on < today:
        raise InvalidInput("The new date has already passed.")
    if not is_working_day(new_due_on, closures=closures):
        raise InvalidInput(f"{new_due_on} is not a working day.")
    if row.stage == "stage_1":
        latest = latest_stage_one_date(row.started_on, closures=closures)
        if new_due_on > latest:
            raise InvalidInput(
                f"At Stage 1 an extension can add at most {STAGE_ONE_MOST_EXTRA_WORKING_DAYS} "
                f"working days (to {latest}). If it needs longer, take it to Stage 2."
            )
    extension = Extension(
        case_id=case.id,
        stage=row.stage,
        previous_due_on=row.due_on,
        new_due_on=new_due_on,
        reason=reason,
        note_to_complainant=note,
        staff_member_id=staff.id,
    )
    session.add(extension)
    row.due_on = case.due_on = new_due_on
    audit.record(
        session,
        staff_member_id=staff.id,
        action="case.extended",
        case=case,
        detail={
            "stage": row.stage,
            "from": extension.previous_due_on.isoformat(),
            "to": new_due_on.isoformat(),
            "reason": reason,
            "on": today.isoformat(),
        },
    )
    do_notify_complainant(session, case, "extended", new_due_on=new_due_on, note=note)
    session.flush()
    return extension


def extensions_of(session: Session, case: Case) -> list[Extension]:
    return list(
        session.execute(
            select(Extension).where(Extension.case_id == case.id).order_by(Extension.id)
        ).scalars()
    )
