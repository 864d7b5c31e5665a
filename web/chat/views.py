"""The chat page, the Rasa-style webhook, message polling and the status check (CONTRACT §2)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from handoff.cases import check_status_request
from handoff.conversations import find_conversation, messages_after
from handoff.db import transaction
from handoff.errors import InvalidInput, NotFound
from handoff.staff_attribution import UNKNOWN_STAFF, attributions, handled_by
from web import csrf
from web.chat import pages
from web.chat.gateway import handle_chat_message
from web.chat.requests import check_chat_message, check_sender
from web.services import tellus

bp = Blueprint("chat", __name__)
bp.register_blueprint(pages.bp)  # endpoints chat.pages.*: POST /chat, /complaint, /exit, ...


def _json_body() -> object:
    body = request.get_json(silent=True, force=True)
    if body is None:
        raise InvalidInput("The body must be valid JSON.")
    return body


@bp.get("/")
def chat_page():
    # The page and its no-JavaScript posts live in web/chat/pages.py; this endpoint keeps its name.
    return pages.render_chat_page()


@bp.post("/webhooks/rest/webhook")
@csrf.exempt  # a JSON API for Rasa REST clients: no cookie-authenticated state to forge
def webhook():
    message = check_chat_message(_json_body())
    answer = handle_chat_message(message)
    # The page's own conversation (chat.js): a language button changes the page's language too.
    pages.remember_language(message.sender_id, answer.language)
    replies = answer.replies
    return jsonify(
        [
            {"recipient_id": message.sender_id, "text": reply.text}
            | (
                {"buttons": [{"title": b.title, "payload": b.payload} for b in reply.buttons]}
                if reply.buttons
                else {}
            )
            for reply in replies
        ]
    )


@bp.get("/api/chat/<sender>/messages")
def chat_messages(sender: str):
    check_sender(sender)
    after_raw = request.args.get("after", "0")
    if not after_raw.isdigit():
        raise InvalidInput("after must be a message id (a whole number).")
    with transaction(tellus().session_factory) as session:
        conversation = find_conversation(session, sender)
        if conversation is None:
            raise NotFound("There is no conversation with that sender.")
        arrived = [
            m for m in messages_after(session, conversation, int(after_raw)) if m.author != "user"
        ]
        # Staff replies say who wrote them (display name and team, never an email address).
        authors = attributions(session, {m.staff_member_id for m in arrived if m.staff_member_id})
        messages = [
            {
                "id": m.id,
                "from": m.author,
                "text": m.text,
                "buttons": m.buttons,
                "at": m.at.isoformat(),
            }
            | (
                {"staff": authors.get(m.staff_member_id, UNKNOWN_STAFF).as_json()}
                if m.author == "staff"
                else {}
            )
            for m in arrived
        ]
        mode = conversation.mode
    return jsonify({"mode": mode, "messages": messages})


@bp.post("/api/status")
@csrf.exempt  # JSON only; the reference and code are the credential, not a cookie
def status():
    body = _json_body()
    if not isinstance(body, dict):
        raise InvalidInput("The body must be a JSON object with 'reference' and 'code'.")
    reference, code = body.get("reference"), body.get("code")
    if not isinstance(reference, str) or not isinstance(code, str) or not reference or not code:
        raise InvalidInput("reference and code must both be given as text.")
    with transaction(tellus().session_factory) as session:
        case = check_status_request(session, reference, code)
        answer = {
            "status": case.status,
            "stage": case.stage,
            "due_on": case.due_on.isoformat() if case.due_on else None,
            "handled_by": handled_by(case.assigned_to, language=case.language),
        }
    return jsonify(answer)

