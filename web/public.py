"""Public pages anyone can read without signing in: "you said, we did"."""

from __future__ import annotations

from datetime import date

from babel.dates import format_skeleton
from flask import Blueprint, render_template, request
from flask_babel import get_locale

from handoff import vocabulary
from handoff.db import transaction
from handoff.improvements import published_improvements, published_service_areas
from web.services import tellus

bp = Blueprint("public", __name__)


@bp.app_template_filter("month_and_year")
def month_and_year(day: date) -> str:
    """ "February 2026" in the reader's language: the month is enough to show how recent."""
    return format_skeleton("yMMMM", day, locale=get_locale())


@bp.get("/you-said-we-did")
def you_said_we_did():
    # An area that is not in the list (an old or mistyped link) shows everything rather than an
    # error: nothing on this page is secret, and a child should never meet a dead end here.
    chosen = request.args.get("area")
    area = chosen if chosen in vocabulary.SERVICE_AREAS else None
    with transaction(tellus().session_factory) as session:
        entries = published_improvements(session, area)
        areas = published_service_areas(session)
    return render_template("public/you_said_we_did.html", entries=entries, areas=areas, chosen=area)
