"""Signing in and out of the staff workspace."""

from __future__ import annotations

from flask import redirect, render_template, request, url_for
from flask_login import login_user, logout_user

from handoff.db import transaction
from handoff.staff import authenticate
from web.services import tellus
from web.staff.auth import StaffUser, staff_page
from web.staff.blueprint import bp
from web.staff.forms import LoginForm


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
