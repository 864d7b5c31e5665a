"""Administration, for the admin role only: staff accounts, closure days and the audit log.

Every change goes through a handoff function that writes its audit entry in the same transaction.
A refused change (InvalidInput) shows the page again with the reason, and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff import audit
from handoff.audit_search import AuditFilters, audit_page
from handoff.closures import do_add_closure_day, do_remove_closure_day
from handoff.db import transaction
from handoff.errors import InvalidInput
from handoff.models import ClosureDay, StaffMember
from handoff.staff import (
    all_staff,
    do_add_staff,
    do_change_role,
    do_set_active,
    do_unlock,
    get_staff,
    is_locked,
)
from web.services import tellus
from web.staff.auth import staff_page
from web.staff.blueprint import bp
from web.staff.forms import (
    ROLE_CHOICES,
    AddStaffForm,
    AuditFilterForm,
    ClosureDayForm,
    RemoveClosureDayForm,
)

ADMIN = "admin"


def _acting(db: Session) -> StaffMember:
    return db.get(StaffMember, int(current_user.id))


def _field_errors(form) -> str:
    return " ".join(str(message) for errors in form.errors.values() for message in errors)


@bp.get("/admin")
@staff_page(ADMIN)
def admin_home():
    return redirect(url_for("staff.admin_accounts"))


# Staff accounts.


def _accounts_page(form: AddStaffForm, *, error: str | None = None, status: int = 200):
    with transaction(tellus().session_factory) as db:
        members = [
            {
                "id": member.id,
                "email": member.email,
                "display_name": member.display_name,
                "team": member.team,
                "role": member.role,
                "is_active": member.is_active,
                "locked_until": member.locked_until if is_locked(member) else None,
                "failed_logins": member.failed_logins,
                "last_login_at": member.last_login_at,
            }
            for member in all_staff(db)
        ]
    return (
        render_template(
            "staff/admin/accounts.html",
            members=members,
            form=form,
            roles=ROLE_CHOICES,
            role_names=dict(ROLE_CHOICES),
            error=error,
        ),
        status,
    )


@bp.get("/admin/accounts")
@staff_page(ADMIN)
def admin_accounts():
    return _accounts_page(AddStaffForm())


@bp.post("/admin/accounts")
@staff_page(ADMIN)
def admin_add_account():
    form = AddStaffForm()
    if not form.validate():
        return _accounts_page(form, status=400)
    try:
        with transaction(tellus().session_factory) as db:
            member = do_add_staff(
                db,
                email=form.email.data,
                role=form.role.data,
                password=form.password.data,
                display_name=form.display_name.data,
                team=form.team.data,
                by=_acting(db),
                reset_existing=False,
                ip_address=request.remote_addr,
            )
            email = member.email
    except InvalidInput as refused:
        return _accounts_page(form, error=refused.message, status=400)
    flash(gettext("Account added for %(email)s.", email=email))
    return redirect(url_for("staff.admin_accounts"))


def _change_account(member_id: int, change: Callable[[Session, StaffMember, StaffMember], None]):
    try:
        with transaction(tellus().session_factory) as db:
            member = get_staff(db, member_id)
            change(db, member, _acting(db))
            email = member.email
    except InvalidInput as refused:
        return _accounts_page(AddStaffForm(formdata=None), error=refused.message, status=400)
    flash(gettext("Account updated for %(email)s.", email=email))
    return redirect(url_for("staff.admin_accounts"))


@bp.post("/admin/accounts/<int:member_id>/role")
@staff_page(ADMIN)
def admin_change_role(member_id: int):
    role = request.form.get("role", "")
    return _change_account(
        member_id,
        lambda db, member, by: do_change_role(
            db, member, role, by=by, ip_address=request.remote_addr
        ),
    )


@bp.post("/admin/accounts/<int:member_id>/deactivate")
@staff_page(ADMIN)
def admin_deactivate(member_id: int):
    return _change_account(
        member_id,
        lambda db, member, by: do_set_active(
            db, member, False, by=by, ip_address=request.remote_addr
        ),
    )


@bp.post("/admin/accounts/<int:member_id>/reactivate")
@staff_page(ADMIN)
def admin_reactivate(member_id: int):
    return _change_account(
        member_id,
        lambda db, member, by: do_set_active(
            db, member, True, by=by, ip_address=request.remote_addr
        ),
    )


@bp.post("/admin/accounts/<int:member_id>/unlock")
@staff_page(ADMIN)
def admin_unlock(member_id: int):
    return _change_account(
        member_id,
        lambda db, member, by: do_unlock(db, member, by=by, ip_address=request.remote_addr),
    )


# Closure days.


def _closures_page(form: ClosureDayForm, *, error: str | None = None, status: int = 200):
    with transaction(tellus().session_factory) as db:
        days = list(db.execute(select(ClosureDay).order_by(ClosureDay.day)).scalars())
    return (
        render_template("staff/admin/closures.html", days=days, form=form, error=error),
        status,
    )


@bp.get("/admin/closures")
@staff_page(ADMIN)
def admin_closures():
    return _closures_page(ClosureDayForm())


@bp.post("/admin/closures")
@staff_page(ADMIN)
def admin_add_closure():
    form = ClosureDayForm()
    if not form.validate():
        return _closures_page(form, status=400)
    try:
        with transaction(tellus().session_factory) as db:
            closure = do_add_closure_day(db, form.day.data, form.reason.data)
            audit.record(
                db,
                staff_member_id=int(current_user.id),
                action="closure.added",
                detail={"day": closure.day.isoformat(), "reason": closure.reason},
                ip_address=request.remote_addr,
            )
    except InvalidInput as refused:
        return _closures_page(form, error=refused.message, status=400)
    flash(gettext("%(day)s is now a closure day.", day=form.day.data.isoformat()))
    return redirect(url_for("staff.admin_closures"))


@bp.post("/admin/closures/remove")
@staff_page(ADMIN)
def admin_remove_closure():
    form = RemoveClosureDayForm()
    if not form.validate():
        return _closures_page(ClosureDayForm(formdata=None), error=_field_errors(form), status=400)
    try:
        with transaction(tellus().session_factory) as db:
            do_remove_closure_day(db, form.day.data)
            audit.record(
                db,
                staff_member_id=int(current_user.id),
                action="closure.removed",
                detail={"day": form.day.data.isoformat()},
                ip_address=request.remote_addr,
            )
    except InvalidInput as refused:
        return _closures_page(ClosureDayForm(formdata=None), error=refused.message, status=400)
    flash(gettext("%(day)s is no longer a closure day.", day=form.day.data.isoformat()))
    return redirect(url_for("staff.admin_closures"))


# The audit log.


@bp.get("/admin/audit")
@staff_page(ADMIN)
def admin_audit():
    form = AuditFilterForm(request.args)
    if not form.validate():
        raise InvalidInput(_field_errors(form))
    filters = AuditFilters(
        staff_email=form.email.data or None,
        reference=form.reference.data or None,
        action=form.action.data or None,
    )
    page_number = request.args.get("page", "1")
    if not page_number.isdigit() or int(page_number) < 1:
        raise InvalidInput("page must be a whole number from 1.")
    with transaction(tellus().session_factory) as db:
        page = audit_page(db, filters, page=int(page_number))
    query = {key: value for key, value in request.args.items() if key != "page" and value}
    return render_template("staff/admin/audit.html", form=form, page=page, query=query)
