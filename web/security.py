"""Hardening for every response and rate limits for the doors people can knock on repeatedly.

Kept in one place so that a new route gets the headers without anyone remembering to add them,
and so that every limit can be read at a glance.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, request
from flask.wrappers import Response
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import HTTPException

from tellus.config import Settings


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

# A school's whole class may share one public address, so the chat is limited per conversation
# and only loosely per address; guessing a reference's code is limited per reference as well.
PER_ADDRESS = get_remote_address


def _json_field(name: str) -> object:
    """A field of the JSON body, or None; a body too large or malformed is the view's to refuse."""
    try:
        body = request.get_json(silent=True, force=True)
    except HTTPException:
        return None
    return body.get(name) if isinstance(body, dict) else None


def _per_conversation() -> str:
    sender = _json_field("sender")
    return f"sender:{sender}" if isinstance(sender, str) else f"address:{get_remote_address()}"


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


def init_security(app: Flask, settings: Settings) -> Limiter:
    limiter = Limiter(
        key_func=PER_ADDRESS,
        # Shared by every web worker and server when Redis is there; per process otherwise.
        storage_uri=_storage_uri(settings),
        # Fixed windows count; the in-memory moving window re-scanned every stored hit of every
        # key after each request (1 ms of CPU at 1,100 hits, growing with traffic), a cost paid
        # by every message. The price: at a window's edge a flood can get up to twice the limit
        # through, which still stops a flood.
        strategy="fixed-window",
        headers_enabled=True,
        # A limiter whose store is down must not stop a child's message: it lets it through.
        swallow_errors=True,
        in_memory_fallback_enabled=True,
    )
    limiter.init_app(app)
    for endpoint, limits in LIMITS.items():
        view = app.view_functions[endpoint]
        for limit, key in limits:
            view = limiter.limit(limit, key_func=key, methods=["POST"])(view)
        app.view_functions[endpoint] = view

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

    return limiter


def _storage_uri(settings: Settings) -> str:
    return settings.redis_url or "memory://"
