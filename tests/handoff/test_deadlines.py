from datetime import date, datetime, timezone

import pytest

from handoff.deadlines import (
    SCOTLAND,
    add_working_days,
    is_staffed,
    is_working_day,
    next_staffed_start,
    stage_one_due,
)


@pytest.mark.parametrize(
    ("received", "due", "why"),
    [
        (date(2026, 3, 2), date(2026, 3, 9), "a plain Monday: five weekdays later"),
        (date(2026, 3, 6), date(2026, 3, 13), "a Friday: the weekend does not count"),
        (date(2026, 3, 7), date(2026, 3, 13), "a Saturday: counting starts on Monday"),
        (date(2026, 11, 26), date(2026, 12, 4), "St Andrew's Day (Monday 30 Nov) is skipped"),
        (
            date(2026, 12, 23),
            date(2027, 1, 5),
            "Christmas, Boxing Day (Mon 28), 1 Jan and 4 Jan skipped",
        ),
        (date(2026, 7, 31), date(2026, 8, 10), "the first Monday of August is a holiday"),
    ],
)
def test_stage_one_due(received: date, due: date, why: str) -> None:
    assert stage_one_due(received) == due, why


def test_scottish_holidays_that_england_does_not_have() -> None:
    assert not is_working_day(date(2027, 1, 4))  # 2 January falls on a Saturday: substitute
    assert not is_working_day(date(2026, 8, 3))  # Summer bank holiday in Scotland
    assert is_working_day(date(2026, 8, 31))  # England's late-August holiday is a Scottish workday
    assert is_working_day(date(2026, 4, 6))  # Easter Monday is not a Scottish bank holiday


def test_closures_configured_by_the_body_are_skipped() -> None:
    closure = date(2026, 3, 3)
    assert add_working_days(date(2026, 3, 2), 1, closures={closure}) == date(2026, 3, 4)


def test_zero_days_is_the_same_day_and_negative_is_refused() -> None:
    assert add_working_days(date(2026, 3, 2), 0) == date(2026, 3, 2)
    with pytest.raises(ValueError):
        add_working_days(date(2026, 3, 2), -1)


def _at(*args: int) -> datetime:
    return datetime(*args, tzinfo=SCOTLAND)


@pytest.mark.parametrize(
    ("moment", "staffed", "next_start"),
    [
        (_at(2026, 3, 4, 10, 0), True, None),
        (_at(2026, 3, 4, 8, 59), False, _at(2026, 3, 4, 9, 0)),
        (_at(2026, 3, 4, 17, 0), False, _at(2026, 3, 5, 9, 0)),
        (_at(2026, 3, 6, 22, 30), False, _at(2026, 3, 9, 9, 0)),  # Friday night to Monday
        (_at(2026, 12, 24, 18, 0), False, _at(2026, 12, 29, 9, 0)),  # over Christmas
    ],
)
def test_staffed_hours_and_when_a_person_will_next_read(moment, staffed, next_start) -> None:
    assert is_staffed(moment) is staffed
    if next_start is not None:
        assert next_staffed_start(moment) == next_start


def test_staffed_hours_are_judged_in_scottish_time() -> None:
    # 08:30 UTC in summer is 09:30 in Scotland.
    assert is_staffed(datetime(2026, 6, 3, 8, 30, tzinfo=timezone.utc))
