"""The admin pages: staff accounts, closure days and the audit log, for admins only."""

from datetime import date

import pytest
from sqlalchemy import select

from handoff import audit
from handoff.cases import find_case
from handoff.models import AuditEntry, ClosureDay, StaffMember
from handoff.staff import MAX_FAILED_LOGINS
from tests.factories import PASSWORD, add_staff, submit_case
from tests.web.staff_sign_in import csrf_token, sign_in

ADMIN = "admin@council.example"
HANDLER = "handler@council.example"


@pytest.fixture
def admin_client(app, client):
    with app.extensions["tellus"].session_factory() as session, session.begin():
        add_staff(session, email=ADMIN, role="admin")
        add_staff(session, email=HANDLER, role="handler")
    assert sign_in(client, ADMIN).status_code == 302
    return client


def _post(client, page_url, url, **data):
    """Posts a form the way a browser does: with the CSRF token from the page it is on."""
    page = client.get(page_url).get_data(as_text=True)
    return client.post(url, data={"csrf_token": csrf_token(page), **data})


def _member(app, email) -> StaffMember:
    with app.extensions["tellus"].session_factory() as session:
        return session.execute(select(StaffMember).where(StaffMember.email == email)).scalar_one()


def _audit(app, action) -> list[AuditEntry]:
    with app.extensions["tellus"].session_factory() as session:
        return list(
            session.execute(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            ).scalars()
        )


ACCOUNTS = "/staff/admin/accounts"
CLOSURES = "/staff/admin/closures"


def test_an_admin_adds_a_staff_member(app, admin_client) -> None:
    response = _post(
        admin_client,
        ACCOUNTS,
        ACCOUNTS,
        email="Morag@Council.Example",
        display_name="Morag Campbell",
        team="Education complaints",
        role="safeguarding_lead",
        password=PASSWORD,
    )

    assert response.status_code == 302
    page = admin_client.get(ACCOUNTS).get_data(as_text=True)
    assert "Account added for morag@council.example." in page
    assert "Morag Campbell" in page and "Education complaints" in page
    member = _member(app, "morag@council.example")
    assert (member.role, member.display_name, member.team) == (
        "safeguarding_lead",
        "Morag Campbell",
        "Education complaints",
    )
    entry = _audit(app, "staff.added")[-1]
    assert entry.staff_member_id == _member(app, ADMIN).id
    assert entry.detail == {"member": "morag@council.example", "role": "safeguarding_lead"}
    assert sign_in(app.test_client(), "morag@council.example").status_code == 302


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": HANDLER}, "already has an account"),
        ({"email": "new@council.example", "password": "too short"}, "at least 12 characters"),
        ({"email": "not an email"}, "is not an email address"),
        ({"email": "new@council.example", "role": "boss"}, "Not a valid choice"),
    ],
)
def test_a_refused_account_says_why_and_changes_nothing(app, admin_client, fields, message):
    before = len(_audit(app, "staff.added"))
    data = {"role": "handler", "password": PASSWORD, **fields}

    response = _post(admin_client, ACCOUNTS, ACCOUNTS, **data)

    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert len(_audit(app, "staff.added")) == before


def test_an_admin_changes_a_role_deactivates_and_reactivates(app, admin_client) -> None:
    member_id = _member(app, HANDLER).id

    changed = _post(admin_client, ACCOUNTS, f"{ACCOUNTS}/{member_id}/role", role="admin")
    assert changed.status_code == 302
    assert _member(app, HANDLER).role == "admin"
    assert _audit(app, "staff.role_changed")[0].detail == {
        "member": HANDLER,
        "previous": "handler",
        "role": "admin",
    }

    assert _post(admin_client, ACCOUNTS, f"{ACCOUNTS}/{member_id}/deactivate").status_code == 302
    assert not _member(app, HANDLER).is_active
    assert sign_in(app.test_client(), HANDLER).status_code == 401
    assert _post(admin_client, ACCOUNTS, f"{ACCOUNTS}/{member_id}/reactivate").status_code == 302
    assert sign_in(app.test_client(), HANDLER).status_code == 302
    assert [len(_audit(app, a)) for a in ("staff.deactivated", "staff.reactivated")] == [1, 1]


def test_the_last_admin_cannot_remove_themselves(app, admin_client) -> None:
    admin_id = _member(app, ADMIN).id
    response = _post(admin_client, ACCOUNTS, f"{ACCOUNTS}/{admin_id}/deactivate")
    assert response.status_code == 400
    assert "last active admin" in response.get_data(as_text=True)
    assert _member(app, ADMIN).is_active
    assert _post(admin_client, ACCOUNTS, f"{ACCOUNTS}/999/unlock").status_code == 404


def test_an_admin_unlocks_a_locked_account(app, admin_client) -> None:
    locked_out = app.test_client()
    for _ in range(MAX_FAILED_LOGINS):
        sign_in(locked_out, HANDLER, "not the right password")
    page = admin_client.get(ACCOUNTS).get_data(as_text=True)
    assert "Locked until" in page

    member_id = _member(app, HANDLER).id
    assert _post(admin_client, ACCOUNTS, f"{ACCOUNTS}/{member_id}/unlock").status_code == 302

    assert _member(app, HANDLER).locked_until is None
    assert sign_in(locked_out, HANDLER).status_code == 302
    [entry] = _audit(app, "staff.unlocked")
    assert entry.staff_member_id == _member(app, ADMIN).id


def test_an_admin_adds_and_removes_closure_days(app, admin_client) -> None:
    added = _post(admin_client, CLOSURES, CLOSURES, day="2026-12-24", reason="Winter break")
    assert added.status_code == 302
    page = admin_client.get(CLOSURES).get_data(as_text=True)
    assert "Winter break" in page and "December" in page and 'value="2026-12-24"' in page

    again = _post(admin_client, CLOSURES, CLOSURES, day="2026-12-24", reason="Twice")
    assert again.status_code == 400
    assert "already a closure day" in again.get_data(as_text=True)
    bad = _post(admin_client, CLOSURES, CLOSURES, day="24/12/2026", reason="Winter break")
    assert bad.status_code == 400

    removed = _post(admin_client, CLOSURES, f"{CLOSURES}/remove", day="2026-12-24")
    assert removed.status_code == 302
    with app.extensions["tellus"].session_factory() as session:
        assert session.get(ClosureDay, date(2026, 12, 24)) is None
    assert [e.detail for e in _audit(app, "closure.added")] == [
        {"day": "2026-12-24", "reason": "Winter break"}
    ]
    assert [e.detail for e in _audit(app, "closure.removed")] == [{"day": "2026-12-24"}]
    missing = _post(admin_client, CLOSURES, f"{CLOSURES}/remove", day="2026-12-25")
    assert missing.status_code == 400


def test_the_audit_log_is_newest_first_paginated_and_filtered(app, admin_client) -> None:
    with app.extensions["tellus"].session_factory() as session, session.begin():
        handler = session.execute(
            select(StaffMember).where(StaffMember.email == HANDLER)
        ).scalar_one()
        case = find_case(session, submit_case(session).reference)
        reference = case.reference
        for number in range(60):
            audit.record(
                session,
                staff_member_id=handler.id,
                action="case.viewed",
                case=case,
                detail={"number": number},
            )

    first = admin_client.get("/staff/admin/audit").get_data(as_text=True)
    assert first.count("<code>case.viewed</code>") == 50
    assert first.index("<dd>59</dd>") < first.index("<dd>58</dd>")
    assert "Older entries" in first
    second = admin_client.get("/staff/admin/audit?page=2").get_data(as_text=True)
    assert second.count("<code>case.viewed</code>") == 10
    assert "Newer entries" in second and "Older entries" not in second

    by_admin = admin_client.get(f"/staff/admin/audit?email={ADMIN}").get_data(as_text=True)
    assert "<code>staff.login</code>" in by_admin and "case.viewed" not in by_admin
    by_case = admin_client.get(f"/staff/admin/audit?reference={reference}").get_data(as_text=True)
    assert by_case.count("<code>case.viewed</code>") == 50 and "<code>staff.login<" not in by_case
    by_action = admin_client.get("/staff/admin/audit?action=staff.").get_data(as_text=True)
    assert "<code>staff.login</code>" in by_action and "case.viewed" not in by_action
    paged = admin_client.get(f"/staff/admin/audit?reference={reference}&page=2")
    assert paged.get_data(as_text=True).count("<code>case.viewed</code>") == 10
    assert admin_client.get("/staff/admin/audit?page=0").status_code == 400


@pytest.mark.parametrize("role", ["handler", "safeguarding_lead"])
def test_other_roles_are_refused_every_admin_page(app, client, role) -> None:
    with app.extensions["tellus"].session_factory() as session, session.begin():
        member = add_staff(session, email=f"{role}@council.example", role=role)
        member_id = member.id
    sign_in(client, f"{role}@council.example")
    token = csrf_token(client.get("/staff/login").get_data(as_text=True))

    for url in ("/staff/admin", ACCOUNTS, CLOSURES, "/staff/admin/audit"):
        assert client.get(url).status_code == 403, url
    for url in (ACCOUNTS, f"{ACCOUNTS}/{member_id}/role", CLOSURES):
        data = {"csrf_token": token, "role": "admin", "email": "x@council.example"}
        assert client.post(url, data=data).status_code == 403, url
    assert _member(app, f"{role}@council.example").role == role


def test_admin_forms_without_a_csrf_token_are_refused(app, admin_client) -> None:
    # The shared fixtures leave CSRF protection on, as in production.
    assert app.config.get("WTF_CSRF_ENABLED", True)
    member_id = _member(app, HANDLER).id

    responses = [
        admin_client.post(
            ACCOUNTS, data={"email": "x@council.example", "role": "admin", "password": PASSWORD}
        ),
        admin_client.post(f"{ACCOUNTS}/{member_id}/role", data={"role": "admin"}),
        admin_client.post(f"{ACCOUNTS}/{member_id}/deactivate"),
        admin_client.post(CLOSURES, data={"day": "2026-12-24", "reason": "Winter break"}),
    ]

    assert [response.status_code for response in responses] == [400] * 4
    assert _member(app, HANDLER).role == "handler" and _member(app, HANDLER).is_active
    with app.extensions["tellus"].session_factory() as session:
        assert session.execute(select(ClosureDay)).first() is None
        assert (
            session.execute(
                select(StaffMember).where(StaffMember.email == "x@council.example")
            ).first()
            is None
        )
