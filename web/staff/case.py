"""One case: its record, its transcript with flagged phrases marked, and its live chat."""

from __future__ import annotations

from flask import redirect, render_template, request, url_for
from flask_login import current_user

from handoff.cases import find_case
from handoff.conversations import do_hand_back_to_bot, do_record_staff_message
from handoff.db import transaction
from handoff.errors import NotFound
from handoff.records import case_record
from web.api.views import check_staff_reply
from web.services import tellus
from web.staff.auth import staff_page
from web.staff.blueprint import bp
from web.staff.transcript import marked_pieces


@bp.get("/cases/<reference>")
@staff_page()
def case_page(reference: str):
    with transaction(tellus().session_factory) as session:
        case = find_case(session, reference)
        record = case_record(case)
        mode = case.live_conversation.mode if case.live_conversation else None
    for entry in record["transcript"]:
        entry["pieces"] = marked_pieces(entry["text"], entry.get("flagged_spans", []))
    return render_template("staff/case.html", case=record, mode=mode)


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
        do_record_staff_message(
            session, conversation, staff_member_id=int(current_user.id), text=text
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
        sender_id = conversation.sender_id
    tellus().rasa.resume_in_background(sender_id)
    return redirect(url_for("staff.case_page", reference=reference))
