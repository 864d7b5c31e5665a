from datetime import date

import pytest

from handoff.deadlines import add_working_days, is_working_day, stage_one_due


@pytest.mark.parametrize(
    ("received", "due", "why"),
    [
        (date(2026, 3, 2), date(2026, 3, 9), "a plain Monday: five weekdays later"),
        (date(2026, 3, 6), date(2026, 3, 13), "a Friday: the weekend does not count"),
        (date(2026, 3, 7), date(2026, 3, 13), "a Saturday: counting starts on Monday"),
        (date(2026, 11, 26), date(2026, 12, 4), "St Andrew's Day (Monday 30 Nov) is skipped"),
        (date(2026, 12, 23), date(2027, 1, 5), "Christmas, Boxing Day (Mon 28), 1 Jan and 4 Jan skipped"),
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
