"""Moments shown to staff in Scottish local time, formatted for the page's language."""

from __future__ import annotations

from datetime import datetime

from babel.dates import format_datetime, format_time
from flask_babel import get_locale

from handoff.deadlines import SCOTLAND
from web.staff.blueprint import bp


@bp.app_template_filter("local_datetime")
def local_datetime(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return format_datetime(moment, "medium", tzinfo=SCOTLAND, locale=get_locale())


def local_time(moment: datetime) -> str:
    return format_time(moment, "short", tzinfo=SCOTLAND, locale=get_locale())
