"""What the person reads when a risk is found: calm, honest, with help they can use now.

Child-first rule: thank them, say they are not in trouble, give 999 and Childline in the same
reply, and say honestly that a person is being told (and, out of hours, when one will read it).
Both call sites (the web gateway and the Rasa action) use this one function.
"""

from __future__ import annotations

from datetime import datetime

from handoff.deadlines import SCOTLAND, is_staffed, next_staffed_start
from tellus.i18n import format_clock_time, format_long_date, translations


def safety_message(
    *, language: str, adult: bool, now: datetime, staffed_hours: tuple[int, int]
) -> str:
    _ = translations(language).gettext
    when = None
    if not is_staffed(now, hours=staffed_hours):
        # The language's own long date and clock, side by side: no English word in between.
        start = next_staffed_start(now, hours=staffed_hours)
        when = (
            f"{format_long_date(start.date(), language)} "
            f"{format_clock_time(start, language, tz=SCOTLAND)}"
        )
    if adult and when is None:
        return _(
            "Thank you for telling us. A member of our team is being told now and will take "
            "this seriously. If anyone is in danger right now, call 999. Children and young "
            "people can call Childline free on 0800 1111, any time."
        )
    if adult:
        return _(
            "Thank you for telling us. Our team is not at work right now. A member of our team "
            "will read this on %(when)s. If anyone is in danger right now, call 999. Children "
            "and young people can call Childline free on 0800 1111, any time."
        ) % {"when": when}
    if when is None:
        return _(
            "Thank you for telling us. You are not in trouble. A person from our team is being "
            "told now. If you are in danger right now, call 999. You can call Childline free on "
            "0800 1111. They are there any time."
        )
    return _(
        "Thank you for telling us. You are not in trouble. Our team is not at work right now. "
        "A person will read this on %(when)s. If you are in danger right now, call 999. You "
        "can call Childline free on 0800 1111. They are there any time."
    ) % {"when": when}
