"""The staff JSON API (CONTRACT §3), behind bearer tokens."""

from __future__ import annotations

from flask import Blueprint, g, jsonify, request

from handoff.cases import find_case, queue
from handoff.conversations import do_hand_back_to_bot, do_record_staff_message
from handoff.db import transaction
from handoff.errors import InvalidInput, NotFound
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
    with transaction(tellus().session_factory) as session:
        return jsonify({"cases": [case_summary(case) for case in queue(session)]})


@bp.get("/cases/<reference>")
@staff_api()
def get_case(reference: str):
    with transaction(tellus().session_factory) as session:
        return jsonify(case_record(find_case(session, reference)))


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
