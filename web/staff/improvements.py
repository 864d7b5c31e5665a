"""Staff write "you said, we did" entries and choose which to publish on the public page.

Any staff member may write, change, or take down an entry; only an administrator publishes,
because a published entry speaks for the body in public. Taking one down is open to everyone so
that something that should not be public can be removed at once. A refused change shows the page
again with the reason and changes nothing.
"""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user
from sqlalchemy.orm import Session

from handoff import vocabulary
from handoff.db import transaction
from handoff.deadlines import today_in_scotland
from handoff.errors import InvalidInput
from handoff.improvements import (
    MAX_IMPROVEMENT_CHARS,
    StaffImprovement,
    do_add_improvement,
    do_edit_improvement,
    do_publish_improvement,
    do_unpublish_improvement,
    staff_improvements,
)
from handoff.models import StaffMember
from web.services import tellus
from web.staff.auth import staff_page
from web.staff.blueprint import bp

PUBLISHER_ROLE = "admin"


def _acting(session: Session) -> StaffMember:
    return session.get(StaffMember, int(current_user.id))


def _chosen_id(raw: str | None) -> int:
    if not (raw or "").isdigit():
        raise InvalidInput("Choose an entry from the list.")
    return int(raw)


def _typed() -> dict[str, str]:
    """What the form sent, to hand to handoff and to show again if it is refused."""
    return {
        name: request.form.get(name, "")
        for name in ("service_area", "you_said", "we_did", "case_reference")
    }


def _page(*, typed: dict[str, str] | None = None, editing: int | None = None, error=None):
    with transaction(tellus().session_factory) as session:
        entries = staff_improvements(session)
    if typed is None and editing is not None:
        typed = _form_values(next((e for e in entries if e.id == editing), None))
    status = 400 if error else 200
    return (
        render_template(
            "staff/improvements.html",
            entries=entries,
            typed=typed or {},
            editing=editing,
            error=error,
            service_areas=vocabulary.SERVICE_AREAS,
            max_chars=MAX_IMPROVEMENT_CHARS,
            may_publish=current_user.role == PUBLISHER_ROLE,
        ),
        status,
    )


def _form_values(entry: StaffImprovement | None) -> dict[str, str]:
    if entry is None or entry.published_on is not None:
        raise InvalidInput("Only an entry that is not published can be changed.")
    return {
        "service_area": entry.service_area,
        "you_said": entry.you_said,
        "we_did": entry.we_did,
        "case_reference": entry.case_reference or "",
    }


@bp.get("/improvements")
@staff_page()
def improvements_page():
    editing = request.args.get("edit")
    return _page(editing=_chosen_id(editing) if editing else None)


@bp.post("/improvements")
@staff_page()
def add_improvement():
    typed = _typed()
    try:
        with transaction(tellus().session_factory) as session:
            do_add_improvement(session, _acting(session), **typed)
    except InvalidInput as refused:
        return _page(typed=typed, error=refused.message)
    flash(gettext("Saved. It is not public until it is published."))
    return redirect(url_for("staff.improvements_page"))


@bp.post("/improvements/edit")
@staff_page()
def edit_improvement():
    typed = _typed()
    improvement_id = _chosen_id(request.form.get("improvement_id"))
    try:
        with transaction(tellus().session_factory) as session:
            do_edit_improvement(session, _acting(session), improvement_id, **typed)
    except InvalidInput as refused:
        return _page(typed=typed, editing=improvement_id, error=refused.message)
    flash(gettext("Changes saved."))
    return redirect(url_for("staff.improvements_page"))


@bp.post("/improvements/publish")
@staff_page(PUBLISHER_ROLE)
def publish_improvement():
    improvement_id = _chosen_id(request.form.get("improvement_id"))
    try:
        with transaction(tellus().session_factory) as session:
            do_publish_improvement(
                session, _acting(session), improvement_id, today=today_in_scotland()
            )
    except InvalidInput as refused:
        return _page(error=refused.message)
    flash(gettext("Published on the public page."))
    return redirect(url_for("staff.improvements_page"))


@bp.post("/improvements/unpublish")
@staff_page()
def unpublish_improvement():
    improvement_id = _chosen_id(request.form.get("improvement_id"))
    try:
        with transaction(tellus().session_factory) as session:
            do_unpublish_improvement(session, _acting(session), improvement_id)
    except InvalidInput as refused:
        return _page(error=refused.message)
    flash(gettext("Taken off the public page."))
    return redirect(url_for("staff.improvements_page"))
