"""The staff workspace: login, the queue, and a case with its live chat."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user

from handoff.cases import find_case, queue
from handoff.conversations import do_hand_back_to_bot, do_record_staff_message
from handoff.db import transaction
from handoff.errors import NotFound
from handoff.notifications import undelivered
from handoff.records import case_record, case_summary
from handoff.staff import authenticate
from web.api.views import check_staff_reply
from web.services import tellus
from web.staff.auth import StaffUser, staff_page
from web.staff.forms import LoginForm
from web.staff.transcript import marked_pieces

bp = Blueprint("staff", __name__, url_prefix="/staff")


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        with transaction(tellus().session_factory) as session:
            member = authenticate(session, form.email.data, form.password.data)
            user = StaffUser(member) if member else None
        if user is not None:
            login_user(user)
            return redirect(url_for("staff.queue_page"))
        error = "That email and password do not match an account."
    status = 401 if request.method == "POST" else 200
    return render_template("staff/login.html", form=form, error=error), status


@bp.post("/logout")
@staff_page()
def logout():
    logout_user()
    return redirect(url_for("staff.login"))


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
