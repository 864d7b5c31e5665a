"""One case: its record, its stage clock, the actions open now, learning, child decisions, and
the transcript with flagged phrases marked and the live chat."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from flask import redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy.orm import Session

from handoff import audit
from handoff.cases import escalation_is_late, find_case
from handoff.child_decisions import (
    BEST_INTERESTS_DECISIONS,
    CAPACITY_DECISIONS,
    child_decisions,
)
from handoff.clock import stage_clock
from handoff.closures import closure_days
from handoff.complainant_notices import why_not_sent
from handoff.conversations import do_hand_back_to_bot, do_record_staff_message
from handoff.db import transaction
from handoff.deadlines import today_in_scotland
from handoff.errors import NotFound
from handoff.extensions import extensions_of, latest_stage_one_date
from handoff.handling import (
    CLOSING_OUTCOMES,
    SPSO_SIGNPOST,
    STAFF_SETTABLE_STATUSES,
    assignable_staff,
    available_actions,
)
from handoff.learning import is_overdue, learning_actions
from handoff.models import Case, StaffMember
from handoff.records import case_record
from handoff.referrals import may_see_referrals, referral_recorded
from handoff.stages import current_stage
from web.api.views import check_staff_reply
from web.services import tellus
from web.staff.auth import staff_page
from web.staff.blueprint import bp
from web.staff.transcript import marked_pieces


def _handling(session: Session, case: Case, staff: StaffMember, today: date) -> dict[str, Any]:
    """What the page shows beyond the record, read inside the transaction."""
    closures = closure_days(session)
    row = current_stage(case)
    return {
        "received_on": case.received_on,
        "clock": stage_clock(row, today=today, closures=closures) if row else None,
        "history": [
            stage_clock(past, today=today, closures=closures)
            for past in case.stages
            if past is not row
        ],
        "extensions": [
            {
                "stage": e.stage,
                "previous_due_on": e.previous_due_on,
                "new_due_on": e.new_due_on,
                "reason": e.reason,
                "note": e.note_to_complainant,
                "by": e.staff_member.email,
            }
            for e in extensions_of(session, case)
        ],
        "earliest_new_due_on": row.due_on + timedelta(days=1) if row is not None else None,
        "stage_one_latest": (
            latest_stage_one_date(row.started_on, closures=closures)
            if row is not None and row.stage == "stage_1"
            else None
        ),
        "actions": available_actions(case, staff),
        "assignable": [(m.email, m.display_name or m.email) for m in assignable_staff(session)],
        "late_escalation": escalation_is_late(case, today),
        "no_notice_because": why_not_sent(case) if case.status != "draft" else "",
        "learning_actions": [
            {
                "id": a.id,
                "description": a.description,
                "owner": a.owner,
                "due_on": a.due_on,
                "done_on": a.done_on,
                "overdue": is_overdue(a, today),
            }
            for a in learning_actions(session, case)
        ],
        "decisions": [
            {
                "kind": d.kind,
                "decision": d.decision,
                "against_wish_of": d.against_wish_of,
                "reasons": d.reasons,
                "by": d.staff_member.email,
                "at": d.at,
            }
            for d in child_decisions(session, case)
        ],
        "may_see_referrals": may_see_referrals(staff),
        "referral_recorded": referral_recorded(session, case),
    }


def render_case_page(
    reference: str, *, error: str | None = None, learning_prompt: dict | None = None
) -> str:
    """The page, also shown again (with `error` or the learning reminder) after an action."""
    today = today_in_scotland()
    with transaction(tellus().session_factory) as session:
        case = find_case(session, reference)
        staff = session.get(StaffMember, int(current_user.id))
        record = case_record(case)
        mode = case.live_conversation.mode if case.live_conversation else None
        handling = _handling(session, case, staff, today)
        audit.record(
            session,
            staff_member_id=staff.id,
            action="case.viewed",
            case=case,
            ip_address=request.remote_addr,
        )
    for entry in record["transcript"]:
        entry["pieces"] = marked_pieces(entry["text"], entry.get("flagged_spans", []))
    return render_template(
        "staff/case.html",
        case=record,
        mode=mode,
        handling=handling,
        today=today,
        error=error,
        learning_prompt=learning_prompt,
        closing_outcomes=CLOSING_OUTCOMES,
        settable_statuses=STAFF_SETTABLE_STATUSES,
        spso_signpost=SPSO_SIGNPOST,
        capacity_decisions=CAPACITY_DECISIONS,
        best_interests_decisions=BEST_INTERESTS_DECISIONS,
    )


@bp.get("/cases/<reference>")
@staff_page()
def case_page(reference: str):
    return render_case_page(reference)


def _live_conversation(session, reference: str):
    case = find_case(session, reference)
    if case.live_conversation is None:
        raise NotFound("This case has no live chat.")
    return case.live_conversation


@bp.post("/cases/<reference>/reply")
@staff_page()
def reply(reference: str):
    text = check_staff_reply({"text": request.form.get("text", "")})
    with transaction(tellus().session_factory) as session:
        conversation = _live_conversation(session, reference)
        message = do_record_staff_message(
            session, conversation, staff_member_id=int(current_user.id), text=text
        )
        audit.record(
            session,
            staff_member_id=int(current_user.id),
            action="case.replied",
            case=conversation.case,
            detail={"message_id": message.id},
            ip_address=request.remote_addr,
        )
        sender_id = conversation.sender_id
    tellus().rasa.pause_in_background(sender_id)
    return redirect(url_for("staff.case_page", reference=reference))


@bp.post("/cases/<reference>/hand-back")
@staff_page()
def hand_back(reference: str):
    with transaction(tellus().session_factory) as session:
        conversation = _live_conversation(session, reference)
        do_hand_back_to_bot(session, conversation)
        audit.record(
            session,
            staff_member_id=int(current_user.id),
            action="case.handed_back",
            case=conversation.case,
            ip_address=request.remote_addr,
        )
        sender_id = conversation.sender_id
    tellus().rasa.resume_in_background(sender_id)
    return redirect(url_for("staff.case_page", reference=reference))
