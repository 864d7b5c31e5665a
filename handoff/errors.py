"""Domain errors. Each has a stable code and an HTTP status; web/errors.py renders them once."""

from __future__ import annotations


class TellUsError(Exception):
    code = "error"
    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(TellUsError):
    code = "invalid_input"
    status = 400


class PayloadNotOffered(TellUsError):
    code = "payload_not_offered"
    status = 422


class NotFound(TellUsError):
    code = "not_found"
    status = 404


class ConversationClosed(TellUsError):
    code = "conversation_closed"
    status = 409
