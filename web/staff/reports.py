"""The quarterly indicators: a page with tables and charts, and the same figures as CSV.

Every staff role may see them: they are counts and averages, with no one's details in them, and
handlers need them to see how their own work is going. Each view and download is audited.
"""

from __future__ import annotations

from flask import Response, render_template, request
from flask_login import current_user

from handoff import audit
from handoff.db import transaction
from handoff.deadlines import today_in_scotland
from handoff.quarters import Quarter, quarters_ending
from handoff.report_export import report_csv
from handoff.reports import OUTCOMES, STAGES, QuarterReport, quarter_report
from web.services import tellus
from web.staff.auth import staff_page
from web.staff.blueprint import bp

# The quarter picker offers the last three years; any other quarter can be typed in the URL.
PICKER_QUARTERS = 12


def _report(action: str, **detail: str) -> QuarterReport:
    """The report for ?quarter= (this quarter by default), audited as `action`."""
    asked = request.args.get("quarter", "").strip() or Quarter.containing(today_in_scotland()).label
    with transaction(tellus().session_factory) as session:
        report = quarter_report(session, asked)
        audit.record(
            session,
            staff_member_id=int(current_user.id),
            action=action,
            detail={"quarter": report.quarter.label, **detail},
            ip_address=request.remote_addr,
        )
    return report


@bp.get("/reports")
@staff_page()
def reports_page():
    report = _report("report.viewed")
    this_quarter = Quarter.containing(today_in_scotland())
    choices = sorted(
        {*quarters_ending(this_quarter, PICKER_QUARTERS), report.quarter}, reverse=True
    )
    return render_template(
        "staff/reports.html",
        report=report,
        figures=report.figures,
        choices=choices,
        stages=STAGES,
        outcomes=OUTCOMES,
        later=report.quarter.next() if report.quarter < this_quarter else None,
        trend=_trend_bars(report),
    )


def _trend_bars(report: QuarterReport) -> dict:
    """The trend charts' (quarter, value) pairs, oldest first."""
    quarters = report.quarters
    return {
        "received": [(q.quarter.label, q.received.total) for q in quarters],
        "within_timescale": {
            stage: [
                (q.quarter.label, q.stages[stage].within_timescale_share) for q in report.quarters
            ]
            for stage in STAGES
        },
    }


@bp.get("/reports.csv")
@staff_page()
def reports_csv():
    report = _report("report.exported", format="csv")
    filename = f"tellus-indicators-{report.quarter.label}.csv"
    return Response(
        report_csv(report),
        mimetype="text/csv",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            # Figures change as cases close: always fetch afresh.
            "Cache-Control": "no-store",
        },
    )
