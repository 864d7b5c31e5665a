from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

import handoff.staff
from handoff.errors import InvalidInput, NotFound
from handoff.models import AuditEntry
from handoff.staff import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    do_add_staff,
    do_change_role,
    do_issue_token,
    do_log_in,
    do_set_active,
    do_unlock,
    is_locked,
    staff_for_token,
)
from tests.factories import PASSWORD, add_staff

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=timezone.utc)
WRONG = "not the right password"


def _audit(session, action=None) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    if action:
        query = query.where(AuditEntry.action == action)
    return list(session.execute(query).scalars())


def _fail(session, times: int, *, now=NOW, email="handler@council.example"):
    for _ in range(times):
        result = do_log_in(session, email, WRONG, now=now, ip_address="192.0.2.1")
    return result


def test_passwords_are_hashed_and_checked(session) -> None:
    member = add_staff(session, email="Handler@Council.Example")
    assert member.email == "handler@council.example"
    assert PASSWORD not in member.password_hash
    assert do_log_in(session, "handler@council.example", PASSWORD).member.id == member.id
    assert do_log_in(session, "handler@council.example", WRONG).member is None
    assert do_log_in(session, "nobody@council.example", PASSWORD).member is None


@pytest.mark.parametrize(
    ("email", "role", "password", "message"),
    [
        ("not-an-email", "handler", PASSWORD, "email"),
        ("a@b.example", "boss", PASSWORD, "role"),
        ("a@b.example", "handler", "short", "12 characters"),
    ],
)
def test_bad_staff_details_are_refused(session, email, role, password, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        do_add_staff(session, email=email, role=role, password=password)


def test_a_successful_sign_in_resets_the_count_and_is_audited(session) -> None:
    member = add_staff(session)
    _fail(session, MAX_FAILED_LOGINS - 1)
    assert member.failed_logins == MAX_FAILED_LOGINS - 1

    result = do_log_in(session, member.email, PASSWORD, now=NOW, ip_address="192.0.2.1")

    assert result.member is member and result.locked_until is None
    assert member.failed_logins == 0
    assert member.last_login_at == NOW
    [entry] = _audit(session, "staff.login")
    assert (entry.staff_member_id, entry.ip_address) == (member.id, "192.0.2.1")


def test_five_wrong_passwords_in_a_row_lock_the_account_for_fifteen_minutes(session) -> None:
    member = add_staff(session)
    assert _fail(session, MAX_FAILED_LOGINS - 1).locked_until is None
    assert not is_locked(member, NOW)

    result = _fail(session, 1)

    assert result.member is None
    assert result.locked_until == NOW + LOCKOUT == NOW + timedelta(minutes=15)
    assert is_locked(member, NOW)
    [locked] = _audit(session, "staff.locked")
    assert locked.staff_member_id == member.id
    assert locked.ip_address == "192.0.2.1"
    assert len(_audit(session, "staff.login_failed")) == MAX_FAILED_LOGINS


def test_a_locked_account_refuses_even_the_right_password_until_the_lock_runs_out(
    session,
) -> None:
    member = add_staff(session)
    _fail(session, MAX_FAILED_LOGINS)

    almost = NOW + LOCKOUT - timedelta(seconds=1)
    refused = do_log_in(session, member.email, PASSWORD, now=almost)
    assert refused.member is None
    assert refused.locked_until == NOW + LOCKOUT
    assert _audit(session, "staff.login_failed")[-1].detail["reason"] == "locked"

    later = NOW + LOCKOUT + timedelta(seconds=1)
    assert do_log_in(session, member.email, PASSWORD, now=later).member is member
    assert member.locked_until is None
    assert member.failed_logins == 0


def test_after_a_lock_runs_out_counting_starts_afresh(session) -> None:
    member = add_staff(session)
    _fail(session, MAX_FAILED_LOGINS)
    later = NOW + LOCKOUT + timedelta(minutes=1)

    assert _fail(session, 1, now=later).locked_until is None
    assert member.failed_logins == 1
    assert not is_locked(member, later)


def test_unknown_and_inactive_emails_fail_like_a_wrong_password_and_cost_a_hash(
    session, monkeypatch
) -> None:
    member = add_staff(session)
    member.is_active = False
    hashed = []
    real_hash = handoff.staff.hash_secret
    monkeypatch.setattr(handoff.staff, "hash_secret", lambda s: hashed.append(s) or real_hash(s))

    unknown = do_log_in(session, "nobody@council.example", PASSWORD, ip_address="192.0.2.9")
    inactive = do_log_in(session, member.email, PASSWORD)

    assert unknown == inactive == handoff.staff.LoginResult()
    assert hashed == [PASSWORD, PASSWORD]
    first, second = _audit(session, "staff.login_failed")
    assert first.staff_member_id is None
    assert first.detail == {"reason": "unknown_email", "email": "nobody@council.example"}
    assert first.ip_address == "192.0.2.9"
    assert second.detail["reason"] == "inactive"


def test_something_typed_in_the_email_box_that_is_no_email_is_not_kept(session) -> None:
    do_log_in(session, "Hunter2IsMyPassword", PASSWORD)
    [entry] = _audit(session, "staff.login_failed")
    assert entry.detail == {"reason": "unknown_email"}


def test_an_admin_unlocks_an_account(session) -> None:
    admin = add_staff(session, email="admin@council.example", role="admin")
    member = add_staff(session)
    _fail(session, MAX_FAILED_LOGINS)

    do_unlock(session, member, by=admin)

    assert member.locked_until is None and member.failed_logins == 0
    assert do_log_in(session, member.email, PASSWORD).member is member
    [entry] = _audit(session, "staff.unlocked")
    assert entry.staff_member_id == admin.id
    assert entry.detail == {"member": member.email}
    with pytest.raises(InvalidInput, match="not locked"):
        do_unlock(session, member, by=admin)


def test_roles_change_but_the_last_admin_stays(session) -> None:
    admin = add_staff(session, email="admin@council.example", role="admin")
    member = add_staff(session)

    do_change_role(session, member, "safeguarding_lead", by=admin)
    assert member.role == "safeguarding_lead"
    [entry] = _audit(session, "staff.role_changed")
    assert entry.detail == {
        "member": member.email,
        "previous": "handler",
        "role": "safeguarding_lead",
    }

    with pytest.raises(InvalidInput, match="last active admin"):
        do_change_role(session, admin, "handler", by=admin)
    with pytest.raises(InvalidInput, match="last active admin"):
        do_set_active(session, admin, False, by=admin)
    with pytest.raises(InvalidInput, match="role must be"):
        do_change_role(session, member, "boss", by=admin)
    with pytest.raises(InvalidInput, match="already has the role"):
        do_change_role(session, member, "safeguarding_lead", by=admin)

    do_change_role(session, member, "admin", by=admin)
    do_change_role(session, admin, "handler", by=member)  # another admin remains
    assert admin.role == "handler"


def test_deactivated_members_cannot_sign_in_or_use_tokens_until_reactivated(session) -> None:
    admin = add_staff(session, email="admin@council.example", role="admin")
    member = add_staff(session)
    token = do_issue_token(session, member.email)

    do_set_active(session, member, False, by=admin)
    assert do_log_in(session, member.email, PASSWORD).member is None
    assert staff_for_token(session, token) is None
    with pytest.raises(InvalidInput, match="already deactivated"):
        do_set_active(session, member, False, by=admin)

    do_set_active(session, member, True, by=admin)
    assert do_log_in(session, member.email, PASSWORD).member is member
    actions = [entry.action for entry in _audit(session) if entry.action.startswith("staff.")]
    assert "staff.deactivated" in actions and "staff.reactivated" in actions


def test_adding_from_the_admin_page_refuses_an_existing_email(session) -> None:
    admin = add_staff(session, email="admin@council.example", role="admin")
    member = do_add_staff(
        session,
        email="New@Council.Example",
        role="handler",
        password=PASSWORD,
        display_name=" Morag Campbell ",
        team="Education complaints",
        by=admin,
        reset_existing=False,
        ip_address="192.0.2.5",
    )
    assert (member.display_name, member.team) == ("Morag Campbell", "Education complaints")
    added = _audit(session, "staff.added")[-1]
    assert added.staff_member_id == admin.id
    assert added.detail == {"member": "new@council.example", "role": "handler"}
    assert added.ip_address == "192.0.2.5"

    with pytest.raises(InvalidInput, match="already has an account"):
        do_add_staff(
            session,
            email="new@council.example",
            role="admin",
            password=PASSWORD,
            by=admin,
            reset_existing=False,
        )
    assert member.role == "handler"


def test_adding_again_from_the_command_line_resets_and_unlocks(session) -> None:
    member = do_add_staff(
        session, email="handler@council.example", role="handler", password=PASSWORD, team="Team A"
    )
    _fail(session, MAX_FAILED_LOGINS)
    member.is_active = False

    again = do_add_staff(
        session, email="handler@council.example", role="admin", password="a brand new password"
    )

    assert again is member
    assert (member.role, member.is_active, member.locked_until, member.failed_logins) == (
        "admin",
        True,
        None,
        0,
    )
    assert member.team == "Team A"  # kept when not given
    assert do_log_in(session, member.email, "a brand new password").member is member
    [reset] = _audit(session, "staff.reset")
    assert reset.staff_member_id is None  # the command line


def test_tokens_authenticate_and_are_stored_only_as_digests(session) -> None:
    member = add_staff(session)
    token = do_issue_token(session, member.email)
    assert staff_for_token(session, token).id == member.id
    assert staff_for_token(session, token + "x") is None
    member.is_active = False
    assert staff_for_token(session, token) is None
    with pytest.raises(NotFound):
        do_issue_token(session, "nobody@council.example")
    assert _audit(session, "staff.token_issued")[0].detail == {"member": member.email}
