"""Every error becomes one clear answer: JSON for API and webhook callers, a page for people."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from sqlalchemy.exc import DBAPIError
from werkzeug.exceptions import HTTPException

from handoff.errors import TellUsError

logger = logging.getLogger(__name__)
JSON_PREFIXES = ("/api/", "/webhooks/", "/healthz")
RETRY_AFTER_SECONDS = 5


def wants_json() -> bool:
    return (
        request.path.startswith(JSON_PREFIXES) or request.path.endswith(".json") or request.is_json
    )


def _answer(status: int, code: str, message: str):
    if wants_json():
        return jsonify({"error": message, "code": code}), status
    return render_template("error.html", status=status, message=message), status


def register(app: Flask) -> None:
    @app.errorhandler(TellUsError)
    def domain_error(error: TellUsError):
        return _answer(error.status, error.code, error.message)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        messages = {
            413: "The request is too large.",
            429: "That is a lot of tries in a short time. Please wait a few minutes and try again.",
            405: "That method is not allowed here.",
            404: "There is nothing at this address.",
        }
        message = messages.get(error.code or 500, error.description or "Bad request.")
        response = app.make_response(
            _answer(error.code or 500, (error.name or "error").lower().replace(" ", "_"), message)
        )
        # When to try again, where the refusal says (a rate limit's window, say).
        for name, value in error.get_headers():
            if name == "Retry-After":
                response.headers[name] = value
        return response

    @app.errorhandler(DBAPIError)
    def database_unavailable(error: DBAPIError):
        # The transaction was rolled back whole: nothing half-written, and the sender still has
        # their words, so they are asked to send again (the chat page does it by itself).
        logger.error("database unavailable on %s: %s", request.path, error)
        response, status = _answer(
            503,
            "database_unavailable",
            "We could not save that just now. Please send it again in a moment.",
        )
        response = app.make_response((response, status))
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        # Logged in full for staff; the person sees a calm message and nothing internal.
        logger.exception("unhandled error on %s", request.path)
        return _answer(500, "internal_error", "Something went wrong on our side. Please try again.")
