"""Working-day arithmetic for the procedure's clocks.

Working days exclude weekends and Scottish public holidays (the `holidays` package's GB/SCT
calendar, which knows substitute days), plus any closure days the body configures.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

SCOTLAND = ZoneInfo("Europe/London")
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
    return datetime.now(SCOTLAND).date()


def is_staffed(moment: datetime, *, hours: tuple[int, int] = (9, 17)) -> bool:
    """Whether staff are at work at `moment` (an aware datetime): working days, local hours."""
    local = moment.astimezone(SCOTLAND)
    return is_working_day(local.date()) and hours[0] <= local.hour < hours[1]


def next_staffed_start(moment: datetime, *, hours: tuple[int, int] = (9, 17)) -> datetime:
    """When staff are next at work, for telling a person honestly when someone will read."""
    local = moment.astimezone(SCOTLAND)
    day = local.date()
    if not (is_working_day(day) and local.hour < hours[0]):
        day += timedelta(days=1)
        while not is_working_day(day):
            day += timedelta(days=1)
    return datetime.combine(day, time(hours[0]), tzinfo=SCOTLAND)
