"""Staff accounts, passwords and API tokens."""

from __future__ import annotations

import hashlib
import re
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff import vocabulary
from handoff.errors import InvalidInput, NotFound
from handoff.hashing import hash_secret, secret_matches
from handoff.models import ApiToken, StaffMember, utcnow

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MINIMUM_PASSWORD_LENGTH = 12


def check_new_staff(email: str, role: str, password: str) -> None:
    if not _EMAIL.match(email):
        raise InvalidInput(f"{email!r} is not an email address.")
    if role not in vocabulary.STAFF_ROLES:
        raise InvalidInput(f"role must be one of {', '.join(vocabulary.STAFF_ROLES)}.")
    if len(password) < MINIMUM_PASSWORD_LENGTH:
        raise InvalidInput(f"The password must be at least {MINIMUM_PASSWORD_LENGTH} characters.")


def do_add_staff(session: Session, *, email: str, role: str, password: str) -> StaffMember:
    """Adds a member, or resets the role and password of an existing one (the same email)."""
    email = email.strip().lower()
    check_new_staff(email, role, password)
    member = find_staff(session, email)
    if member is None:
        member = StaffMember(email=email)
        session.add(member)
    member.role = role
    member.password_hash = hash_secret(password)
    member.is_active = True
    session.flush()
    return member


def find_staff(session: Session, email: str) -> StaffMember | None:
    return session.execute(
        select(StaffMember).where(StaffMember.email == email.strip().lower())
    ).scalar_one_or_none()


def authenticate(session: Session, email: str, password: str) -> StaffMember | None:
    member = find_staff(session, email)
    if member is None or not member.is_active:
        hash_secret(password)  # same cost either way: timing does not reveal which emails exist
        return None
    return member if secret_matches(member.password_hash, password) else None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def do_issue_token(session: Session, email: str) -> str:
    member = find_staff(session, email)
    if member is None:
        raise NotFound(f"No staff member has the email {email!r}.")
    token = secrets.token_urlsafe(32)
    session.add(ApiToken(staff_member=member, token_digest=_digest(token)))
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
