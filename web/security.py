"""Hardening for every response and rate limits for the doors people can knock on repeatedly.

Kept in one place so that a new route gets the headers without anyone remembering to add them,
and so that every limit can be read at a glance.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from flask import Flask, request
from flask.wrappers import Response
from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage, storage_from_string
from limits.strategies import FixedWindowRateLimiter
from werkzeug.exceptions import HTTPException, TooManyRequests

from tellus.config import Settings

logger = logging.getLogger(__name__)
STORE_RETRY_SECONDS = 30


# No inline script or style anywhere: the pages load their own files and nothing else. Forms
# post only here, and to where "Exit this page" goes (its no-JavaScript form is redirected there).
def content_security_policy(exit_url: str) -> str:
    exit_origin = "{0.scheme}://{0.netloc}".format(urlsplit(exit_url))
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "media-src 'self'",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            f"form-action 'self' {exit_origin}",
            "frame-ancestors 'none'",
        ]
    )


HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}


def _remote_address() -> str:
    # The proxy's X-Forwarded-For already applied (ProxyFix) when the body sits behind one.
    return request.remote_addr or "127.0.0.1"


# A school's whole class may share one public address, so the chat is limited per conversation
# and only loosely per address; guessing a reference's code is limited per reference as well.
PER_ADDRESS = _remote_address


def _json_field(name: str) -> object:
    """A field of the JSON body, or None; a body too large or malformed is the view's to refuse."""
    try:
        body = request.get_json(silent=True, force=True)
    except HTTPException:
        return None
    return body.get(name) if isinstance(body, dict) else None


def _per_conversation() -> str:
    sender = _json_field("sender")
    return f"sender:{sender}" if isinstance(sender, str) else f"address:{_remote_address()}"


def _per_reference() -> str:
    reference = _json_field("reference")
    text = reference.strip().upper() if isinstance(reference, str) else ""
    return f"reference:{text[:40]}"


LIMITS = {
    # endpoint: [(limit, key), ...]; only the POSTs that do work are limited
    "chat.webhook": [("30 per minute", _per_conversation), ("600 per minute", PER_ADDRESS)],
    "chat.pages.send_message": [("30 per minute", PER_ADDRESS)],
    "chat.pages.complaint_form": [("10 per minute", PER_ADDRESS)],
    "chat.status": [
        ("10 per minute;40 per hour", PER_ADDRESS),
        ("5 per 10 minutes", _per_reference),
    ],
    "staff.login": [("10 per minute", PER_ADDRESS)],
}


class RateLimits:
    """LIMITS, counted in fixed windows by the `limits` library, checked before a POST's view.

    Fixed windows count; a moving window re-scans every stored hit of a key on each request.
    The price: at a window's edge a flood can get up to twice the limit through, which still
    stops a flood. (Flask-Limiter did this before; its per-request machinery, for features we
    do not use, cost each chat message about half a millisecond.)
    """

    def __init__(self, storage_uri: str) -> None:
        # Shared by every web worker and server when Redis is there. A limiter whose store is down
        # must not stop a child's message: this process counts on its own until it is back.
        # (A strategy holds its store only weakly, so this object keeps both alive.)
        self._stores = (
            storage_from_string(storage_uri, **_store_options(storage_uri)),
            MemoryStorage(),
        )
        self._counter, self._fallback = map(FixedWindowRateLimiter, self._stores)
        self._store_down_until = 0.0  # time.monotonic() before which the store is not tried
        self._limits: dict[str, list[tuple[RateLimitItem, Callable[[], str]]]] = {
            endpoint: [(item, key) for text, key in limits for item in parse_many(text)]
            for endpoint, limits in LIMITS.items()
        }

    def check(self) -> None:
        """Raises TooManyRequests (with its Retry-After) when this request is over a limit."""
        if request.method != "POST":
            return
        for item, key in self._limits.get(request.endpoint or "", ()):
            identifier = (request.endpoint, key())
            counter = self._counter_now()
            try:
                allowed = counter.hit(item, *identifier)
            except Exception as error:  # any failure of the store: count here rather than refuse
                logger.warning("rate limit store unavailable, counting in this process: %s", error)
                self._store_down_until = time.monotonic() + STORE_RETRY_SECONDS
                counter = self._fallback
                allowed = counter.hit(item, *identifier)
            if not allowed:
                reset_at, _remaining = counter.get_window_stats(item, *identifier)
                raise TooManyRequests(retry_after=max(1, int(reset_at - time.time())))

    def _counter_now(self) -> FixedWindowRateLimiter:
        # A store that just failed is left alone for a while: no message waits on it meanwhile.
        return self._fallback if time.monotonic() < self._store_down_until else self._counter


def _store_options(storage_uri: str) -> dict[str, float]:
    # A Redis that does not answer must cost a message a second at most, not the OS's timeout.
    if storage_uri.startswith(("redis://", "rediss://")):
        return {"socket_connect_timeout": 1, "socket_timeout": 1}
    return {}


def init_security(app: Flask, settings: Settings) -> None:
    unknown = sorted(set(LIMITS) - set(app.view_functions))
    if unknown:  # a renamed view must not silently lose its limit
        raise RuntimeError(f"rate limits name endpoints that do not exist: {unknown}")
    rate_limits = RateLimits(_storage_uri(settings))
    app.before_request(rate_limits.check)

    hsts = settings.production
    headers = {"Content-Security-Policy": content_security_policy(settings.exit_url), **HEADERS}

    @app.after_request
    def harden(response: Response) -> Response:
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        if hsts:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        if request.path.startswith(("/staff", "/api/")):
            # Case data must never sit in a shared computer's browser cache.
            response.headers["Cache-Control"] = "no-store"
        return response


def _storage_uri(settings: Settings) -> str:
    return settings.redis_url or "memory://"
