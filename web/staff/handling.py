"""The case page's actions: each form posts here, one handoff do_* call, then back to the case.

Bad input (InvalidInput) rolls the whole change back and shows the case page again with the
reason at the top, answered 400.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from flask import flash, redirect, request, url_for
from flask_babel import gettext
from flask_login import current_user
from sqlalchemy.orm import Session

from handoff import handling
from handoff.cases import find_case
from handoff.child_decisions import (
    do_record_best_interests_decision,
    do_record_capacity_decision,
)
from handoff.db import transaction
from handoff.deadlines import today_in_scotland
from handoff.errors import InvalidInput
from handoff.extensions import do_extend
from handoff.learning import (
    do_add_learning_action,
    do_mark_learning_action_done,
    do_record_learning,
    should_prompt_for_learning,
)
from handoff.models import Case, StaffMember
from web.services import tellus
from web.staff.auth import staff_page
from web.staff.blueprint import bp
from web.staff.case import render_case_page

Action = Callable[[Session, Case, StaffMember, date], Any]


def form_date(name: str, what: str) -> date:
    try:
        return date.fromisoformat(request.form.get(name, "").strip())
    except ValueError:
        raise InvalidInput(f"Give {what} as a date (YYYY-MM-DD).") from None


def run_action(reference: str, action: Action, done: str, *, anchor: str = ""):
    """Runs one change in one transaction; on InvalidInput nothing is kept and the case page
    says why."""
    today = today_in_scotland()
    try:
        with transaction(tellus().session_factory) as session:
            case = find_case(session, reference)
            staff = session.get(StaffMember, int(current_user.id))
            action(session, case, staff, today)
    except InvalidInput as refused:
        return render_case_page(reference, error=refused.message), 400
    flash(done, "done")
    return redirect(url_for("staff.case_page", reference=reference) + anchor)


@bp.post("/cases/<reference>/claim")
@staff_page()
def claim_case(reference: str):
    return run_action(
        reference,
        lambda s, c, m, t: handling.do_claim(s, c, m, today=t),
        gettext("The case is assigned to you."),
    )


@bp.post("/cases/<reference>/assign")
@staff_page()
def assign_case(reference: str):
    email = request.form.get("assignee", "")
    return run_action(
        reference,
        lambda s, c, m, t: handling.do_assign(s, c, m, today=t, assignee_email=email),
        gettext("The case is assigned."),
    )


@bp.post("/cases/<reference>/acknowledge")
@staff_page()
def acknowledge_case(reference: str):
    return run_action(
        reference,
        lambda s, c, m, t: handling.do_acknowledge(s, c, m, today=t),
        gettext("The stage is acknowledged."),
    )


@bp.post("/cases/<reference>/status")
@staff_page()
def set_status(reference: str):
    status = request.form.get("status", "")
    return run_action(
        reference,
        lambda s, c, m, t: handling.do_set_status(s, c, m, today=t, status=status),
        gettext("The status is changed."),
    )


@bp.post("/cases/<reference>/priority")
@staff_page()
def change_priority(reference: str):
    priority, reason = request.form.get("priority", ""), request.form.get("reason", "")
    return run_action(
        reference,
        lambda s, c, m, t: handling.do_change_priority(
            s, c, m, today=t, priority=priority, reason=reason
        ),
        gettext("The priority is changed."),
    )


@bp.post("/cases/<reference>/extend")
@staff_page()
def extend_case(reference: str):
    def extend(session: Session, case: Case, staff: StaffMember, today: date) -> None:
        do_extend(
            session,
            case,
            staff,
            today=today,
            new_due_on=form_date("new_due_on", "the new date"),
            reason=request.form.get("reason", ""),
            note_to_complainant=request.form.get("note", ""),
        )

    return run_action(reference, extend, gettext("The timescale is extended."))


@bp.post("/cases/<reference>/lead")
@staff_page()
def name_lead(reference: str):
    involved = request.form.get("involved_services", "").splitlines()
    lead = request.form.get("lead_organisation", "")
    return run_action(
        reference,
        lambda s, c, m, t: handling.do_name_lead(
            s, c, m, today=t, involved_services=involved, lead_organisation=lead
        ),
        gettext("The lead is recorded."),
    )


@bp.post("/cases/<reference>/close")
@staff_page()
def close_stage(reference: str):
    outcome, response = request.form.get("outcome", ""), request.form.get("response", "")
    if request.form.get("learning_prompt_seen") != "1":
        # Asked, not forced: an upheld complaint with no learning recorded gets one reminder.
        with transaction(tellus().session_factory) as session:
            prompt = should_prompt_for_learning(session, find_case(session, reference), outcome)
        if prompt:
            return render_case_page(
                reference, learning_prompt={"outcome": outcome, "response": response}
            )
    return run_action(
        reference,
        lambda s, c, m, t: handling.do_close_stage(
            s, c, m, today=t, outcome=outcome, response=response
        ),
        gettext("The stage is closed."),
    )


@bp.post("/cases/<reference>/escalate")
@staff_page()
def escalate_case(reference: str):
    late_reason = request.form.get("late_reason", "")
    return run_action(
        reference,
        lambda s, c, m, t: handling.do_escalate_for_complainant(
            s, c, m, today=t, late_reason=late_reason
        ),
        gettext("The complaint is at Stage 2. Acknowledge it within 3 working days."),
    )


@bp.post("/cases/<reference>/withdraw")
@staff_page()
def record_withdrawal(reference: str):
    note = request.form.get("note", "")
    return run_action(
        reference,
        lambda s, c, m, t: handling.do_record_withdrawal(s, c, m, today=t, note=note),
        gettext("The withdrawal is recorded."),
    )


@bp.post("/cases/<reference>/learning")
@staff_page()
def record_learning(reference: str):
    root_cause = request.form.get("root_cause", "")
    learning_points = request.form.get("learning_points", "")
    return run_action(
        reference,
        lambda s, c, m, t: do_record_learning(
            s, c, m, today=t, root_cause=root_cause, learning_points=learning_points
        ),
        gettext("The learning is recorded."),
        anchor="#learning",
    )


@bp.post("/cases/<reference>/learning-actions")
@staff_page()
def add_learning_action(reference: str):
    def add(session: Session, case: Case, staff: StaffMember, today: date) -> None:
        do_add_learning_action(
            session,
            case,
            staff,
            today=today,
            description=request.form.get("description", ""),
            owner=request.form.get("owner", ""),
            due_on=form_date("due_on", "the action's due date"),
        )

    return run_action(reference, add, gettext("The action is added."), anchor="#learning")


@bp.post("/cases/<reference>/learning-actions/done")
@staff_page()
def mark_learning_action_done(reference: str):
    def done(session: Session, case: Case, staff: StaffMember, today: date) -> None:
        action_id = request.form.get("action_id", "")
        if not action_id.isdigit():
            raise InvalidInput("Choose a learning action.")
        do_mark_learning_action_done(session, case, staff, today=today, action_id=int(action_id))

    return run_action(reference, done, gettext("The action is marked done."), anchor="#learning")


@bp.post("/cases/<reference>/child-decisions/capacity")
@staff_page()
def record_capacity_decision(reference: str):
    decision, reasons = request.form.get("decision", ""), request.form.get("reasons", "")
    return run_action(
        reference,
        lambda s, c, m, t: do_record_capacity_decision(
            s, c, m, today=t, decision=decision, reasons=reasons
        ),
        gettext("The capacity decision is recorded."),
        anchor="#child-decisions",
    )


@bp.post("/cases/<reference>/child-decisions/best-interests")
@staff_page()
def record_best_interests_decision(reference: str):
    decision, reasons = request.form.get("decision", ""), request.form.get("reasons", "")
    against = request.form.get("against_wish_of", "")
    return run_action(
        reference,
        lambda s, c, m, t: do_record_best_interests_decision(
            s, c, m, today=t, decision=decision, against_wish_of=against, reasons=reasons
        ),
        gettext("The best-interests decision is recorded."),
        anchor="#child-decisions",
    )
