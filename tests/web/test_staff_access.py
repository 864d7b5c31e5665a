"""Signing in to the staff workspace: lockout, idle timeout, session fixation, the audit trail."""

import dataclasses
from datetime import timedelta

from sqlalchemy import select

from handoff.models import AuditEntry, StaffMember
from handoff.staff import MAX_FAILED_LOGINS, do_add_staff
from tests.factories import PASSWORD
from tests.web.staff_sign_in import csrf_token, sign_in
from web import create_app
from web.staff.auth import IDLE_TIMEOUT, LAST_SEEN_KEY, load_user
from web.staff.local_time import local_time

EMAIL = "handler@council.example"
WRONG_PASSWORD = "not the right password"
GENERIC_FAILURE = "That email and password do not match an account."


def _add_member(app, email=EMAIL, role="handler", **extra) -> int:
    with app.extensions["tellus"].session_factory() as session, session.begin():
        return do_add_staff(session, email=email, role=role, password=PASSWORD, **extra).id


def _member(app, email=EMAIL) -> StaffMember:
    with app.extensions["tellus"].session_factory() as session:
        return session.execute(select(StaffMember).where(StaffMember.email == email)).scalar_one()


def _audit(app, action) -> list[AuditEntry]:
    with app.extensions["tellus"].session_factory() as session:
        return list(
            session.execute(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            ).scalars()
        )


def _error(response) -> str:
    html = response.get_data(as_text=True)
    start = html.index('role="alert">') + len('role="alert">')
    return html[start : html.index("</p>", start)]


def test_signing_in_records_when_and_from_where(app, client) -> None:
    member_id = _add_member(app)

    response = sign_in(client, EMAIL)

    assert response.status_code == 302
    assert response.headers["Location"] == "/staff"
    assert _member(app).last_login_at is not None
    [entry] = _audit(app, "staff.login")
    assert (entry.staff_member_id, entry.ip_address) == (member_id, "127.0.0.1")
    assert client.get("/staff").status_code == 200


def test_five_wrong_passwords_lock_the_account_and_the_page_says_until_when(app, client) -> None:
    member_id = _add_member(app)
    for _ in range(MAX_FAILED_LOGINS - 1):
        response = sign_in(client, EMAIL, WRONG_PASSWORD)
        assert response.status_code == 401
        assert _error(response) == GENERIC_FAILURE

    locked = sign_in(client, EMAIL, WRONG_PASSWORD)

    until = _member(app).locked_until
    assert until is not None
    with app.test_request_context():
        shown = local_time(until)  # Scottish time, in the page's language
    assert locked.status_code == 401
    assert f"This account is locked until {shown}" in _error(locked)
    # Even the right password is refused while the lock lasts.
    right = sign_in(client, EMAIL)
    assert right.status_code == 401
    assert "locked until" in _error(right)
    assert client.get("/staff").status_code == 302
    [entry] = _audit(app, "staff.locked")
    assert (entry.staff_member_id, entry.ip_address) == (member_id, "127.0.0.1")
    assert len(_audit(app, "staff.login_failed")) == MAX_FAILED_LOGINS + 1


def test_an_unknown_email_gets_the_same_failure_however_often_it_is_tried(app, client) -> None:
    _add_member(app)
    for _ in range(MAX_FAILED_LOGINS + 1):
        response = sign_in(client, "nobody@council.example", WRONG_PASSWORD)
        assert response.status_code == 401
        assert _error(response) == GENERIC_FAILURE


def test_once_the_lock_has_run_out_the_right_password_works(app, client) -> None:
    _add_member(app)
    for _ in range(MAX_FAILED_LOGINS):
        sign_in(client, EMAIL, WRONG_PASSWORD)
    with app.extensions["tellus"].session_factory() as session, session.begin():
        member = session.execute(select(StaffMember).where(StaffMember.email == EMAIL)).scalar_one()
        member.locked_until -= timedelta(minutes=15, seconds=1)  # fifteen minutes pass

    assert sign_in(client, EMAIL).status_code == 302
    assert _member(app).failed_logins == 0


def test_a_session_idle_for_thirty_minutes_goes_back_to_the_sign_in_page(app, client) -> None:
    _add_member(app)
    sign_in(client, EMAIL)

    with client.session_transaction() as session:
        session[LAST_SEEN_KEY] -= int(IDLE_TIMEOUT.total_seconds()) - 60  # 29 minutes ago
    assert client.get("/staff").status_code == 200
    with client.session_transaction() as session:
        refreshed = session[LAST_SEEN_KEY]
        session[LAST_SEEN_KEY] = refreshed - int(IDLE_TIMEOUT.total_seconds()) - 60  # 31 minutes

    response = client.get("/staff/cases/TU-AAAA-AAAA")

    assert response.status_code == 302
    assert response.headers["Location"].startswith("/staff/login?next=")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "You were signed out after 30 minutes without activity." in page
    assert client.get("/staff").status_code == 302  # the session has ended, not just paused


def test_the_queues_own_polling_does_not_keep_an_idle_session_alive(app, client) -> None:
    _add_member(app)
    sign_in(client, EMAIL)
    with client.session_transaction() as session:
        session[LAST_SEEN_KEY] -= int(IDLE_TIMEOUT.total_seconds()) - 60  # 29 minutes ago
        before = session[LAST_SEEN_KEY]
    assert client.get("/staff/queue.json").status_code == 200
    with client.session_transaction() as session:
        assert session[LAST_SEEN_KEY] == before
        session[LAST_SEEN_KEY] -= 120  # 31 minutes, with only polling in between
    assert client.get("/staff/queue.json").status_code == 302


def test_signing_in_replaces_the_session_so_a_planted_one_is_useless(app, client) -> None:
    _add_member(app)
    page = client.get("/staff/login").get_data(as_text=True)
    with client.session_transaction() as session:
        session["planted"] = "by an attacker"
        before = dict(session)
    cookie_before = client.get_cookie("session").value

    client.post(
        "/staff/login", data={"csrf_token": csrf_token(page), "email": EMAIL, "password": PASSWORD}
    )

    assert client.get_cookie("session").value != cookie_before
    with client.session_transaction() as session:
        assert "planted" not in session
        assert session.get("csrf_token") != before.get("csrf_token")
        assert session["_user_id"]


def test_there_is_no_remember_me_and_the_cookie_is_locked_down(app, client, settings) -> None:
    _add_member(app)
    response = sign_in(client, EMAIL)

    assert client.get_cookie("remember_token") is None
    set_cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in set_cookie
    assert "SameSite=Lax" in set_cookie
    production = create_app({"SETTINGS": dataclasses.replace(settings, production=True)})
    assert production.config["SESSION_COOKIE_SECURE"] is True


def test_signing_in_returns_to_the_page_asked_for_but_never_to_another_site(app, client) -> None:
    _add_member(app)
    response = client.get("/staff/cases/TU-AAAA-AAAA?tab=transcript")
    assert response.headers["Location"] == (
        "/staff/login?next=/staff/cases/TU-AAAA-AAAA?tab%3Dtranscript"
    )

    back = sign_in(client, EMAIL, query="?next=/staff/cases/TU-AAAA-AAAA?tab%3Dtranscript")
    assert back.headers["Location"] == "/staff/cases/TU-AAAA-AAAA?tab=transcript"
    for elsewhere in ("https://evil.example/staff", "//evil.example/staff", "/\\evil.example"):
        other = app.test_client()
        response = sign_in(other, EMAIL, query=f"?next={elsewhere}")
        assert response.headers["Location"] == "/staff", elsewhere


def test_signing_out_ends_the_session(app, client) -> None:
    _add_member(app)
    sign_in(client, EMAIL)
    page = client.get("/staff").get_data(as_text=True)

    response = client.post("/staff/logout", data={"csrf_token": csrf_token(page)})

    assert response.headers["Location"] == "/staff/login"
    assert "You have signed out." in client.get("/staff/login").get_data(as_text=True)
    assert client.get("/staff").status_code == 302


def test_the_signed_in_member_carries_name_and_team(app) -> None:
    member_id = _add_member(app, display_name="Morag Campbell", team="Education complaints")
    with app.test_request_context():
        user = load_user(str(member_id))
    assert (user.display_name, user.team, user.shown_name) == (
        "Morag Campbell",
        "Education complaints",
        "Morag Campbell",
    )
