"""The staff JSON API (CONTRACT §3), behind bearer tokens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from flask import Blueprint, g, jsonify, request

from handoff import audit, handling
from handoff.cases import find_case, queue
from handoff.conversations import do_hand_back_to_bot, do_record_staff_message
from handoff.db import transaction
from handoff.deadlines import today_in_scotland
from handoff.errors import InvalidInput, NotFound
from handoff.extensions import do_extend
from handoff.models import StaffMember
from handoff.queue_filters import check_queue_filters
from handoff.records import case_record, case_summary
from web import csrf
from web.chat.requests import MAX_MESSAGE_CHARS
from web.services import tellus
from web.staff.auth import staff_api

bp = Blueprint("api", __name__, url_prefix="/api")
csrf.exempt(bp)  # bearer tokens, not cookies, authenticate here: nothing for CSRF to forge


def check_staff_reply(body: object) -> str:
    text = body.get("text") if isinstance(body, dict) else None
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("text must be a non-empty string.")
    if len(text) > MAX_MESSAGE_CHARS:
        raise InvalidInput(f"text is too long: at most {MAX_MESSAGE_CHARS} characters.")
    return text.strip()


@bp.get("/cases")
@staff_api()
def list_cases():
    # The staff page's filters, as query parameters (handoff.queue_filters); none: every open case.
    with transaction(tellus().session_factory) as session:
        filters = check_queue_filters(
            session,
            request.args.to_dict(flat=False),
            staff_member_id=int(g.staff.id),
            today=today_in_scotland(),
        )
        return jsonify({"cases": [case_summary(case) for case in queue(session, filters)]})


@bp.get("/cases/<reference>")
@staff_api()
def get_case(reference: str):
    with transaction(tellus().session_factory) as session:
        case = find_case(session, reference)
        audit.record(
            session,
            staff_member_id=int(g.staff.id),
            action="case.viewed",
            case=case,
            detail={"via": "api"},
            ip_address=request.remote_addr,
        )
        return jsonify(case_record(case))


@bp.post("/cases/<reference>/messages")
@staff_api()
def reply(reference: str):
    text = check_staff_reply(request.get_json(silent=True, force=True))
    with transaction(tellus().session_factory) as session:
        case = find_case(session, reference)
        if case.live_conversation is None:
            raise NotFound("This case has no live chat to reply into.")
        message = do_record_staff_message(
            session, case.live_conversation, staff_member_id=int(g.staff.id), text=text
        )
        audit.record(
            session,
            staff_member_id=int(g.staff.id),
            action="case.replied",
            case=case,
            detail={"via": "api", "message_id": message.id},
            ip_address=request.remote_addr,
        )
        sender_id, answer = case.live_conversation.sender_id, {"id": message.id, "mode": "human"}
    tellus().rasa.pause_in_background(sender_id)
    return jsonify(answer), 201


@bp.post("/cases/<reference>/hand-back")
@staff_api()
def hand_back(reference: str):
    with transaction(tellus().session_factory) as session:
        case = find_case(session, reference)
        if case.live_conversation is None:
            raise NotFound("This case has no live chat to hand back.")
        do_hand_back_to_bot(session, case.live_conversation)
        sender_id = case.live_conversation.sender_id
    tellus().rasa.resume_in_background(sender_id)
    return jsonify({"mode": "bot"})


# Case handling (handoff.handling): the same do_* calls as the staff case page's forms.


def _body() -> dict:
    body = request.get_json(silent=True, force=True)
    return body if isinstance(body, dict) else {}


def _body_text(body: dict, name: str) -> str:
    value = body.get(name, "")
    if not isinstance(value, str):
        raise InvalidInput(f"{name} must be a string.")
    return value


def _body_date(body: dict, name: str) -> date:
    try:
        return date.fromisoformat(_body_text(body, name))
    except ValueError:
        raise InvalidInput(f"{name} must be a date (YYYY-MM-DD).") from None


def _handle(reference: str, change: Callable[..., object]):
    """One change in one transaction; the answer is the case record after it."""
    with transaction(tellus().session_factory) as session:
        case = find_case(session, reference)
        change(session, case, session.get(StaffMember, int(g.staff.id)), today_in_scotland())
        return jsonify(case_record(case))


@bp.post("/cases/<reference>/claim")
@staff_api()
def claim_case(reference: str):
    return _handle(reference, lambda s, c, m, t: handling.do_claim(s, c, m, today=t))


@bp.post("/cases/<reference>/acknowledge")
@staff_api()
def acknowledge_case(reference: str):
    return _handle(reference, lambda s, c, m, t: handling.do_acknowledge(s, c, m, today=t))


@bp.post("/cases/<reference>/extend")
@staff_api()
def extend_case(reference: str):
    body = _body()
    new_due_on = _body_date(body, "new_due_on")
    reason, note = _body_text(body, "reason"), _body_text(body, "note")
    return _handle(
        reference,
        lambda s, c, m, t: do_extend(
            s, c, m, today=t, new_due_on=new_due_on, reason=reason, note_to_complainant=note
        ),
    )


@bp.post("/cases/<reference>/close")
@staff_api()
def close_stage(reference: str):
    body = _body()
    outcome, response = _body_text(body, "outcome"), _body_text(body, "response")
    return _handle(
        reference,
        lambda s, c, m, t: handling.do_close_stage(
            s, c, m, today=t, outcome=outcome, response=response
        ),
    )


@bp.post("/cases/<reference>/escalate")
@staff_api()
def escalate_case(reference: str):
    late_reason = _body_text(_body(), "late_reason")
    return _handle(
        reference,
        lambda s, c, m, t: handling.do_escalate_for_complainant(
            s, c, m, today=t, late_reason=late_reason
        ),
    )
