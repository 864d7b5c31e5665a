"""Who is asking: a logged-in staff member (pages) or a bearer token (JSON API)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import abort, g, request
from flask_login import LoginManager, UserMixin, current_user

from handoff import vocabulary
from handoff.db import transaction
from handoff.models import StaffMember
from handoff.staff import staff_for_token
from web.services import tellus

login_manager = LoginManager()
login_manager.login_view = "staff.login"
login_manager.session_protection = "strong"


class StaffUser(UserMixin):
    """The login session's view of a staff member; the database row stays in handoff."""

    def __init__(self, member: StaffMember) -> None:
        self.id = str(member.id)
        self.email = member.email
        self.role = member.role


@login_manager.user_loader
def load_user(user_id: str) -> StaffUser | None:
    if not user_id.isdigit():
        return None
    with transaction(tellus().session_factory) as session:
        member = session.get(StaffMember, int(user_id))
        return StaffUser(member) if member and member.is_active else None


Guard = Callable[[Callable[..., Any]], Callable[..., Any]]


def staff_api(*roles: str) -> Guard:
    """JSON API guard: 401 without a valid `Authorization: Bearer <token>`, 403 for a role not
    in `roles` (every staff role when none are named)."""
    allowed = _allowed(roles)

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            scheme, _, token = request.headers.get("Authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not token:
                abort(401, "A bearer token is required.")
            with transaction(tellus().session_factory) as session:
                member = staff_for_token(session, token.strip())
                if member is None:
                    abort(401, "That token is not valid.")
                g.staff = StaffUser(member)
            if g.staff.role not in allowed:
                abort(403, "Your role cannot do this.")
            return view(*args, **kwargs)

        guarded.allowed_roles = allowed
        return guarded

    return decorate


def staff_page(*roles: str) -> Guard:
    """Page guard: anonymous visitors go to the login form; a role not in `roles` (every staff
    role when none are named) gets 403."""
    allowed = _allowed(roles)

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role not in allowed:
                abort(403)
            return view(*args, **kwargs)

        # The URL-map test reads this to try every other role against the route.
        guarded.allowed_roles = allowed
        return guarded

    return decorate


def _allowed(roles: tuple[str, ...]) -> frozenset[str]:
    unknown = set(roles) - set(vocabulary.STAFF_ROLES)
    if unknown:
        raise ValueError(f"unknown staff roles: {sorted(unknown)}")
    return frozenset(roles or vocabulary.STAFF_ROLES)
