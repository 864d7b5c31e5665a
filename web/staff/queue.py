"""The work queue: open cases, most urgent first."""

from __future__ import annotations

from flask import render_template

from handoff.cases import queue
from handoff.db import transaction
from handoff.notifications import undelivered
from handoff.records import case_summary
from web.services import tellus
from web.staff.auth import staff_page
from web.staff.blueprint import bp


@bp.get("")
@staff_page()
def queue_page():
    with transaction(tellus().session_factory) as session:
        cases = [case_summary(case) for case in queue(session)]
        failed_alerts = [
            {
                "recipient": n.recipient,
                "reference": n.case.reference if n.case else None,
                "error": n.last_error,
                "status": n.status,
            }
            for n in undelivered(session)
        ]
    return render_template("staff/queue.html", cases=cases, failed_alerts=failed_alerts)
