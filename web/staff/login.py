"""Signing in and out of the staff workspace."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext

from handoff.db import transaction
from handoff.staff import do_log_in
from web.services import tellus
from web.staff.auth import end_session, safe_next, staff_page, start_session
from web.staff.blueprint import bp
from web.staff.forms import LoginForm
from web.staff.local_time import local_time


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if request.method == "GET":
        return render_template("staff/login.html", form=form, error=None)
    if not form.validate():
        return render_template("staff/login.html", form=form, error=None), 400
    with transaction(tellus().session_factory) as db:
        result = do_log_in(db, form.email.data, form.password.data, ip_address=request.remote_addr)
    if result.member is not None:
        start_session(result.member)
        return redirect(safe_next(request.args.get("next")) or url_for("staff.queue_page"))
    if result.locked_until is not None:
        error = gettext(
            "This account is locked until %(time)s after too many wrong passwords. "
            "Try again then, or ask an administrator to unlock it.",
            time=local_time(result.locked_until),
        )
    else:
        error = gettext("That email and password do not match an account.")
    return render_template("staff/login.html", form=form, error=error), 401


@bp.post("/logout")
@staff_page()
def logout():
    end_session()
    flash(gettext("You have signed out."), "info")
    return redirect(url_for("staff.login"))
