"""Who is asking: a signed-in staff member (pages) or a bearer token (JSON API).

A page session starts only through `start_session` and ends through `end_session` or after
`IDLE_TIMEOUT` without a request. There is no "remember me": closing the browser ends it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any
from urllib.parse import urlsplit

from flask import abort, flash, g, redirect, request, session, url_for
from flask_babel import gettext
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user

from handoff import vocabulary
from handoff.db import transaction
from handoff.models import StaffMember
from handoff.staff import staff_for_token
from web.services import tellus

# A workspace left open on a shared office screen signs itself out.
IDLE_TIMEOUT = timedelta(minutes=30)
# Seconds since the epoch of the session's last guarded page request.
LAST_SEEN_KEY = "staff_last_seen"

login_manager = LoginManager()
# The session is tied to the browser's address and user agent; a copied cookie used from
# elsewhere is dropped rather than trusted.
login_manager.session_protection = "strong"


class StaffUser(UserMixin):
    """The login session's view of a staff member; the database row stays in handoff."""

    def __init__(self, member: StaffMember) -> None:
        self.id = str(member.id)
        self.email = member.email
        self.role = member.role
        self.display_name = member.display_name
        self.team = member.team

    @property
    def shown_name(self) -> str:
        """How pages name the member ("handled by ..."): their name, else their email."""
        return self.display_name or self.email


@login_manager.user_loader
def load_user(user_id: str) -> StaffUser | None:
    if not user_id.isdigit():
        return None
    with transaction(tellus().session_factory) as db:
        member = db.get(StaffMember, int(user_id))
        return StaffUser(member) if member and member.is_active else None


def start_session(member: StaffMember) -> None:
    # Nothing from before sign-in survives into the signed-in session (session fixation): the
    # cookie, the CSRF token and anything planted in them are replaced.
    session.clear()
    login_user(StaffUser(member), remember=False)
    session[LAST_SEEN_KEY] = int(time.time())


def end_session() -> None:
    logout_user()
    session.clear()


def safe_next(target: str | None) -> str | None:
    """A page of the staff workspace to return to after sign-in; anything else (another site,
    `//host`, a backslash trick) is ignored."""
    if not target or "\\" in target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/staff"):
        return None
    return target


def _to_login(message: str):
    flash(message, "info")
    back_to = request.full_path.rstrip("?") if request.method == "GET" else None
    return redirect(url_for("staff.login", next=back_to))


def _session_problem(*, activity: bool = True):
    """A redirect to the sign-in page when there is no live session, else None (and, for a
    person's own request, the idle clock restarts)."""
    if not current_user.is_authenticated:
        return _to_login(gettext("Please sign in to see that page."))
    now = int(time.time())
    last_seen = session.get(LAST_SEEN_KEY)
    if not isinstance(last_seen, int) or now - last_seen > IDLE_TIMEOUT.total_seconds():
        end_session()
        return _to_login(
            gettext(
                "You were signed out after %(minutes)d minutes without activity. "
                "Please sign in again.",
                minutes=int(IDLE_TIMEOUT.total_seconds() // 60),
            )
        )
    if activity:
        session[LAST_SEEN_KEY] = now
    return None


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
            with transaction(tellus().session_factory) as db:
                member = staff_for_token(db, token.strip())
                if member is None:
                    abort(401, "That token is not valid.")
                g.staff = StaffUser(member)
            if g.staff.role not in allowed:
                abort(403, "Your role cannot do this.")
            return view(*args, **kwargs)

        # The URL-map test reads these to try every other role against the route.
        guarded.allowed_roles = allowed
        guarded.signed_in_by = "token"
        return guarded

    return decorate


def staff_page(*roles: str, background: bool = False) -> Guard:
    """Page guard: without a live session (never signed in, or idle too long) the visitor goes
    to the sign-in page; a role not in `roles` (every staff role when none are named) gets 403.

    `background` marks a request the page makes by itself (the queue's polling): it needs a live
    session but is not activity, so an open tab left alone still times out.
    """
    allowed = _allowed(roles)

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            problem = _session_problem(activity=not background)
            if problem is not None:
                return problem
            if current_user.role not in allowed:
                abort(403)
            return view(*args, **kwargs)

        guarded.allowed_roles = allowed
        guarded.signed_in_by = "session"
        return guarded

    return decorate


def _allowed(roles: tuple[str, ...]) -> frozenset[str]:
    unknown = set(roles) - set(vocabulary.STAFF_ROLES)
    if unknown:
        raise ValueError(f"unknown staff roles: {sorted(unknown)}")
    return frozenset(roles or vocabulary.STAFF_ROLES)
