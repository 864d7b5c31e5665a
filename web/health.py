"""GET /healthz (CONTRACT §6)."""

from __future__ import annotations

import urllib3
from flask import Blueprint, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from web.services import tellus

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    services = tellus()
    try:
        with services.session_factory() as session:
            session.execute(text("SELECT 1"))
        db_ok = True
    except SQLAlchemyError:
        db_ok = False
    try:
        health = f"{services.settings.actions_url}/health"
        actions_ok = urllib3.request("GET", health, timeout=1, retries=False).status == 200
    except urllib3.exceptions.HTTPError:
        actions_ok = False
    body = {
        "web": "ok",
        "bot": "ok" if services.rasa.is_up() else "down",
        "actions": "ok" if actions_ok else "down",
        "db": "ok" if db_ok else "down",
    }
    return jsonify(body), 200 if db_ok else 503
