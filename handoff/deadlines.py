"""Working-day arithmetic for the procedure's clocks.

Working days exclude weekends and Scottish public holidays (the `holidays` package's GB/SCT
calendar, which knows substitute days), plus any closure days the body configures.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

STAGE_ONE_WORKING_DAYS = 5
STAGE_TWO_ACKNOWLEDGE_WORKING_DAYS = 3
STAGE_TWO_WORKING_DAYS = 20


@lru_cache(maxsize=64)
def _scottish_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="SCT", years=year).keys())


def is_working_day(day: date, *, closures: Collection[date] = ()) -> bool:
    return day.weekday() < 5 and day not in _scottish_holidays(day.year) and day not in closures


def add_working_days(start: date, days: int, *, closures: Collection[date] = ()) -> date:
    """The date `days` working days after `start` (the day of receipt itself is day zero)."""
    if days < 0:
        raise ValueError("days must not be negative")
    current = start
    remaining = days
    while remaining:
        current += timedelta(days=1)
        if is_working_day(current, closures=closures):
            remaining -= 1
    return current


def stage_one_due(received_on: date, *, closures: Collection[date] = ()) -> date:
    return add_working_days(received_on, STAGE_ONE_WORKING_DAYS, closures=closures)


def today_in_scotland() -> date:
    """The procedure counts Scottish calendar days, whatever the server's own time zone."""
    return datetime.now(ZoneInfo("Europe/London")).date()
