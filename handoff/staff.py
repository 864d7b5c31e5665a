"""Staff accounts: adding and changing them, signing in with lockout, and API tokens.

Every change and every sign-in attempt writes an audit entry in the caller's transaction.
`by` is the staff member making a change, or None when it comes from the `tellus` command.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from handoff import audit, vocabulary
from handoff.errors import InvalidInput, NotFound
from handoff.hashing import hash_secret, secret_matches
from handoff.models import ApiToken, StaffMember, utcnow

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MINIMUM_PASSWORD_LENGTH = 12
# The column lengths of staff_members, which the admin form's limits also follow.
MAX_EMAIL_CHARS = 254
MAX_NAME_CHARS = 120
MAX_TEAM_CHARS = 120
# Five wrong passwords in a row lock an account for fifteen minutes: guessing becomes hopeless
# (at most 480 tries a day) while someone who mistyped only has to wait, or ask an admin.
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


def check_new_staff(email: str, role: str, password: str) -> None:
    if len(email) > MAX_EMAIL_CHARS or not _EMAIL.match(email):
        raise InvalidInput(f"{email!r} is not an email address.")
    check_role(role)
    if len(password) < MINIMUM_PASSWORD_LENGTH:
        raise InvalidInput(f"The password must be at least {MINIMUM_PASSWORD_LENGTH} characters.")


def check_role(role: str) -> None:
    if role not in vocabulary.STAFF_ROLES:
        raise InvalidInput(f"role must be one of {', '.join(vocabulary.STAFF_ROLES)}.")


def _optional_text(value: str | None, what: str, limit: int) -> str | None:
    text = (value or "").strip()
    if len(text) > limit:
        raise InvalidInput(f"The {what} is too long: at most {limit} characters.")
    return text or None


def do_add_staff(
    session: Session,
    *,
    email: str,
    role: str,
    password: str,
    display_name: str | None = None,
    team: str | None = None,
    by: StaffMember | None = None,
    reset_existing: bool = True,
    ip_address: str | None = None,
) -> StaffMember:
    """Adds a member. With `reset_existing` (the command line's way to recover an account) an
    existing email gets the new role and password and is reactivated and unlocked; its name and
    team change only when given. Without it, an existing email is refused."""
    email = email.strip().lower()
    check_new_staff(email, role, password)
    display_name = _optional_text(display_name, "name", MAX_NAME_CHARS)
    team = _optional_text(team, "team", MAX_TEAM_CHARS)
    member = find_staff(session, email)
    if member is not None and not reset_existing:
        raise InvalidInput(f"{email} already has an account.")
    action = "staff.added" if member is None else "staff.reset"
    if member is None:
        member = StaffMember(email=email)
        session.add(member)
    member.role = role
    member.password_hash = hash_secret(password)
    member.is_active = True
    member.failed_logins = 0
    member.locked_until = None
    member.display_name = display_name or member.display_name
    member.team = team or member.team
    session.flush()
    _record(session, by, action, member, ip_address, role=role)
    return member


def find_staff(session: Session, email: str) -> StaffMember | None:
    return session.execute(
        select(StaffMember).where(StaffMember.email == email.strip().lower())
    ).scalar_one_or_none()


def get_staff(session: Session, member_id: int) -> StaffMember:
    member = session.get(StaffMember, member_id)
    if member is None:
        raise NotFound("No staff member has that id.")
    return member


def all_staff(session: Session) -> list[StaffMember]:
    return list(session.execute(select(StaffMember).order_by(StaffMember.email)).scalars())


def is_locked(member: StaffMember, now: datetime | None = None) -> bool:
    return member.locked_until is not None and member.locked_until > (now or utcnow())


@dataclass(frozen=True)
class LoginResult:
    """`member` is set only when the sign-in succeeded; `locked_until` only when the account is
    locked. Neither set: the same failure for a wrong password, an unknown or inactive email."""

    member: StaffMember | None = None
    locked_until: datetime | None = None


def do_log_in(
    session: Session,
    email: str,
    password: str,
    *,
    ip_address: str | None = None,
    now: datetime | None = None,
) -> LoginResult:
    now = now or utcnow()
    member = find_staff(session, email)
    if member is None or not member.is_active or is_locked(member, now):
        # Every refusal costs one hash, like a real check: timing does not tell them apart.
        hash_secret(password)
        if member is None:
            # Kept for spotting password spraying, unless it may be a password typed in the
            # wrong box.
            detail = {"reason": "unknown_email"}
            if _EMAIL.match(email.strip()) and len(email) <= MAX_EMAIL_CHARS:
                detail["email"] = email.strip().lower()
            _record(session, None, "staff.login_failed", None, ip_address, **detail)
            return LoginResult()
        if not member.is_active:
            _record(session, member, "staff.login_failed", member, ip_address, reason="inactive")
            return LoginResult()
        _record(session, member, "staff.login_failed", member, ip_address, reason="locked")
        return LoginResult(locked_until=member.locked_until)

    if member.locked_until is not None:  # an earlier lock has run out: start counting afresh
        member.locked_until = None
        member.failed_logins = 0
        session.flush()  # before _count_failure adds to the count in SQL
    if not secret_matches(member.password_hash, password):
        return _count_failure(session, member, ip_address, now)
    member.failed_logins = 0
    member.last_login_at = now
    _record(session, member, "staff.login", member, ip_address)
    return LoginResult(member=member)


def _count_failure(
    session: Session, member: StaffMember, ip_address: str | None, now: datetime
) -> LoginResult:
    # Counted in SQL, so that attempts arriving together on several web processes all count.
    member.failed_logins = StaffMember.failed_logins + 1
    session.flush()
    _record(session, member, "staff.login_failed", member, ip_address, reason="wrong_password")
    if member.failed_logins < MAX_FAILED_LOGINS:
        return LoginResult()
    member.locked_until = now + LOCKOUT
    _record(
        session,
        member,
        "staff.locked",
        member,
        ip_address,
        until=member.locked_until.isoformat(timespec="seconds"),
    )
    session.flush()
    return LoginResult(locked_until=member.locked_until)


def do_unlock(
    session: Session, member: StaffMember, *, by: StaffMember | None, ip_address: str | None = None
) -> None:
    if member.locked_until is None and not member.failed_logins:
        raise InvalidInput(f"{member.email} is not locked.")
    member.locked_until = None
    member.failed_logins = 0
    _record(session, by, "staff.unlocked", member, ip_address)
    session.flush()


def do_change_role(
    session: Session,
    member: StaffMember,
    role: str,
    *,
    by: StaffMember | None,
    ip_address: str | None = None,
) -> None:
    check_role(role)
    if role == member.role:
        raise InvalidInput(f"{member.email} already has the role {role}.")
    if member.role == "admin":
        _check_another_admin_remains(session, member)
    previous, member.role = member.role, role
    _record(session, by, "staff.role_changed", member, ip_address, previous=previous, role=role)
    session.flush()


def do_set_active(
    session: Session,
    member: StaffMember,
    active: bool,
    *,
    by: StaffMember | None,
    ip_address: str | None = None,
) -> None:
    """Deactivating ends the member's sessions and tokens at their next request; nothing they
    did is deleted, so the audit log and case history keep their name."""
    if member.is_active == active:
        state = "active" if active else "deactivated"
        raise InvalidInput(f"{member.email} is already {state}.")
    if not active and member.role == "admin":
        _check_another_admin_remains(session, member)
    member.is_active = active
    action = "staff.reactivated" if active else "staff.deactivated"
    _record(session, by, action, member, ip_address)
    session.flush()


def _check_another_admin_remains(session: Session, member: StaffMember) -> None:
    """Someone must always be able to manage accounts from the workspace."""
    others = session.execute(
        select(func.count())
        .select_from(StaffMember)
        .where(
            StaffMember.role == "admin",
            StaffMember.is_active.is_(True),
            StaffMember.id != member.id,
        )
    ).scalar_one()
    if not others:
        raise InvalidInput("This is the last active admin: make someone else an admin first.")


def _record(
    session: Session,
    by: StaffMember | None,
    action: str,
    member: StaffMember | None,
    ip_address: str | None,
    **detail: str,
) -> None:
    if member is not None:
        detail = {"member": member.email, **detail}
    audit.record(
        session,
        staff_member_id=by.id if by is not None else None,
        action=action,
        detail=detail,
        ip_address=ip_address,
    )


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def do_issue_token(session: Session, email: str) -> str:
    member = find_staff(session, email)
    if member is None:
        raise NotFound(f"No staff member has the email {email!r}.")
    token = secrets.token_urlsafe(32)
    session.add(ApiToken(staff_member=member, token_digest=_digest(token)))
    _record(session, None, "staff.token_issued", member, None)
    session.flush()
    return token


def staff_for_token(session: Session, token: str) -> StaffMember | None:
    found = session.execute(
        select(ApiToken).where(ApiToken.token_digest == _digest(token))
    ).scalar_one_or_none()
    if found is None or not found.staff_member.is_active:
        return None
    found.last_used_at = utcnow()
    return found.staff_member
