"""The staff JSON API (CONTRACT §3), behind bearer tokens."""

from __future__ import annotations

from flask import Blueprint, jsonify

from handoff.cases import find_case, queue
from handoff.db import transaction
from handoff.records import case_record, case_summary
from web import csrf
from web.services import tellus
from web.staff.auth import token_required

bp = Blueprint("api", __name__, url_prefix="/api")
csrf.exempt(bp)  # bearer tokens, not cookies, authenticate here: nothing for CSRF to forge


@bp.get("/cases")
@token_required
def list_cases():  # noqa: ANN201
    with transaction(tellus().session_factory) as session:
        return jsonify({"cases": [case_summary(case) for case in queue(session)]})


@bp.get("/cases/<reference>")
@token_required
def get_case(reference: str):  # noqa: ANN201
    with transaction(tellus().session_factory) as session:
        return jsonify(case_record(find_case(session, reference)))
