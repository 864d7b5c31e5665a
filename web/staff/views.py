"""The staff workspace: login and the queue."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import login_user, logout_user

from handoff.cases import queue
from handoff.db import transaction
from handoff.records import case_summary
from handoff.staff import authenticate
from web.services import tellus
from web.staff.auth import StaffUser, login_required_page
from web.staff.forms import LoginForm

bp = Blueprint("staff", __name__, url_prefix="/staff")


@bp.route("/login", methods=["GET", "POST"])
def login():  # noqa: ANN201
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
@login_required_page
def logout():  # noqa: ANN201
    logout_user()
    return redirect(url_for("staff.login"))


@bp.get("")
@login_required_page
def queue_page():  # noqa: ANN201
    with transaction(tellus().session_factory) as session:
        cases = [case_summary(case) for case in queue(session)]
    return render_template("staff/queue.html", cases=cases)
