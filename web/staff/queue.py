"""The work queue: open cases, most urgent first, with filters, counts and live updates.

The page is plain HTML with a GET form for the filters. /staff/queue.json answers the same
filters with the same rows, already worded, so that web/static/staff-queue.js only has to copy
text into the table: the wording lives here once, in the catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from flask import jsonify, render_template, request, url_for
from flask_babel import format_date, gettext, ngettext
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy.orm import Session

from handoff.cases import (
    DUE_SOON_WORKING_DAYS,
    TimeLeft,
    is_urgent,
    queue,
    queue_counts,
    time_left,
    urgent_open_cases,
)
from handoff.closures import closure_days
from handoff.db import transaction
from handoff.deadlines import today_in_scotland
from handoff.models import Case, StaffMember
from handoff.notifications import undelivered
from handoff.queue_filters import (
    ME,
    NO,
    OPEN,
    UNASSIGNED,
    YES,
    check_queue_filters,
    staff_to_filter_by,
)
from web.services import tellus
from web.staff.auth import staff_page
from web.staff.blueprint import bp

POLL_SECONDS = 5
SUMMARY_CHARS = 120
DATE_FORMAT = "EEE d MMM y"  # Fri 4 Dec 2026

STAGE_LABELS = {"stage_1": _l("Stage 1"), "stage_2": _l("Stage 2"), "spso": _l("SPSO")}
STATUS_LABELS = {
    "draft": _l("Draft (not sent)"),
    "new": _l("New"),
    "handoff": _l("Asked for a person"),
    "in_progress": _l("In progress"),
    "awaiting_complainant": _l("Waiting for the complainant"),
    "closed": _l("Closed"),
    "withdrawn": _l("Withdrawn"),
}
PRIORITY_LABELS = {
    "urgent": _l("Urgent"),
    "high": _l("High"),
    "normal": _l("Normal"),
    "low": _l("Low"),
}
SEVERITY_LABELS = {
    "immediate": _l("Immediate"),
    "high": _l("High"),
    "medium": _l("Medium"),
    "none": _l("None"),
}


@bp.get("")
@staff_page()
def queue_page():
    params = request.args.to_dict(flat=False)
    with transaction(tellus().session_factory) as session:
        live = _live_queue(session, params)
        choices = _choices(staff_to_filter_by(session))
        failed_alerts = [
            {
                "recipient": n.recipient,
                "reference": n.case.reference if n.case else None,
                "error": n.last_error,
                "status": n.status,
            }
            for n in undelivered(session)
        ]
    return render_template(
        "staff/queue.html",
        live=live,
        failed_alerts=failed_alerts,
        chosen={name: values[0] for name, values in params.items() if values},
        choices=choices,
        this_view=url_for("staff.queue_page", **params),
        poll_url=url_for("staff.queue_json", **params),
        poll_seconds=POLL_SECONDS,
    )


@bp.get("/queue.json")
@staff_page(background=True)
def queue_json():
    """What the live page polls: the same filters, rows and counts as the page."""
    with transaction(tellus().session_factory) as session:
        live = _live_queue(session, request.args.to_dict(flat=False))
    return jsonify(live)


def _live_queue(session: Session, params: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    today = today_in_scotland()
    me = int(current_user.id)
    filters = check_queue_filters(session, params, staff_member_id=me, today=today)
    closures = closure_days(session)
    cases = queue(session, filters)
    counts = queue_counts(session, staff_member_id=me, today=today, closures=closures)
    return {
        "rows": [_row(case, today=today, closures=closures) for case in cases],
        "shown": ngettext("%(num)d case shown", "%(num)d cases shown", len(cases)),
        "counts": [
            _count("open", gettext("Open cases"), counts.open, url_for("staff.queue_page")),
            _count("urgent", gettext("Urgent or safeguarding"), counts.urgent),
            _count(
                "overdue",
                gettext("Overdue"),
                counts.overdue,
                url_for("staff.queue_page", overdue=YES),
            ),
            _count(
                "unassigned",
                gettext("Unassigned"),
                counts.unassigned,
                url_for("staff.queue_page", assignee=UNASSIGNED),
            ),
            _count(
                "mine",
                gettext("Assigned to me"),
                counts.mine,
                url_for("staff.queue_page", assignee=ME),
            ),
            _count(
                "due_soon",
                ngettext(
                    "Due today or in the next %(num)d working day",
                    "Due today or in the next %(num)d working days",
                    DUE_SOON_WORKING_DAYS,
                ),
                counts.due_soon,
            ),
        ],
        # Every open urgent case, filtered out or not: the page alerts on any it has not seen.
        "urgent": [_urgent(case) for case in urgent_open_cases(session)],
    }


def _count(key: str, label: str, number: int, href: str | None = None) -> dict[str, Any]:
    return {"key": key, "label": label, "number": number, "href": href}


def _row(case: Case, *, today: date, closures: frozenset[date]) -> dict[str, Any]:
    due = time_left(case.due_on, today=today, closures=closures) if case.due_on else None
    member = case.assigned_to
    return {
        "reference": case.reference,
        "url": url_for("staff.case_page", reference=case.reference),
        "urgent": is_urgent(case),
        "flagged": case.safeguarding_flagged,
        "safeguarding": str(SEVERITY_LABELS[case.safeguarding_severity]),
        "priority": str(PRIORITY_LABELS[case.priority]),
        "urgent_priority": case.priority == "urgent",
        "stage": str(STAGE_LABELS[case.stage]),
        "status": str(STATUS_LABELS[case.status]),
        "child_friendly": gettext("Yes") if case.child_friendly else gettext("No"),
        "assigned_to": (member.display_name or member.email) if member else gettext("Unassigned"),
        "due_on": case.due_on.isoformat() if case.due_on else None,
        "due_date": format_date(case.due_on, DATE_FORMAT) if case.due_on else "",
        "due_text": _due_text(due),
        "overdue": bool(due and due.overdue),
        "summary": _shortened(case.summary),
    }


def _due_text(due: TimeLeft | None) -> str:
    if due is None:
        return gettext("No due date")
    if due.overdue and due.working_days:
        return ngettext(
            "Overdue by %(num)d working day", "Overdue by %(num)d working days", due.working_days
        )
    if due.overdue:
        return gettext("Overdue")
    if due.working_days == 0:
        return gettext("Due today")
    return ngettext("%(num)d working day left", "%(num)d working days left", due.working_days)


def _urgent(case: Case) -> dict[str, str]:
    why = (
        gettext(
            "Safeguarding concern: %(severity)s",
            severity=str(SEVERITY_LABELS[case.safeguarding_severity]),
        )
        if case.safeguarding_flagged
        else gettext("Urgent priority")
    )
    return {
        "reference": case.reference,
        "url": url_for("staff.case_page", reference=case.reference),
        "why": why,
    }


def _shortened(summary: str | None) -> str:
    text = " ".join((summary or "").split())
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "\u2026"


def _choices(staff: Sequence[StaffMember]) -> dict[str, list[tuple[str, str]]]:
    """The filter form's options; the empty value means "any"."""
    return {
        "assignee": [
            ("", gettext("Anyone")),
            (ME, gettext("Me")),
            (UNASSIGNED, gettext("Unassigned")),
            *((member.email, _staff_option(member)) for member in staff),
        ],
        "stage": [("", gettext("Any stage")), *((k, str(v)) for k, v in STAGE_LABELS.items())],
        "status": [
            (OPEN, gettext("Open (still to act on)")),
            *((k, str(v)) for k, v in STATUS_LABELS.items()),
        ],
        "child_friendly": [
            ("", gettext("Any")),
            (YES, gettext("Child-friendly only")),
            (NO, gettext("Not child-friendly")),
        ],
    }


def _staff_option(member: StaffMember) -> str:
    name = member.display_name or member.email
    if not member.is_active:
        return gettext("%(name)s (no longer active)", name=name)
    return name
