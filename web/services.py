"""Access to the process-wide services from inside a request."""

from __future__ import annotations

from flask import current_app

from web import TellUs


def tellus() -> TellUs:
    return current_app.extensions["tellus"]
