"""Calendar quarters, the period the SPSO indicators are reported for (Q1 is January to March)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from handoff.errors import InvalidInput

# "2026Q3", and the forms people also type: "2026-Q3", "2026 q3".
_QUARTER = re.compile(r"([1-9][0-9]{3})[\s-]*Q([1-4])", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def containing(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def label(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        month = 3 * self.number
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def previous(self) -> Quarter:
        return Quarter(self.year, self.number - 1) if self.number > 1 else Quarter(self.year - 1, 4)

    def next(self) -> Quarter:
        return Quarter(self.year, self.number + 1) if self.number < 4 else Quarter(self.year + 1, 1)

    def __str__(self) -> str:
        return self.label


def parse_quarter(text: str) -> Quarter:
    found = _QUARTER.fullmatch(text.strip())
    if found is None:
        raise InvalidInput(
            f"{text!r} is not a quarter. Give the year and the quarter, like 2026Q3 "
            "(Q1 is January to March, Q2 April to June, Q3 July to September, "
            "Q4 October to December)."
        )
    return Quarter(int(found.group(1)), int(found.group(2)))


def quarters_ending(last: Quarter, count: int) -> tuple[Quarter, ...]:
    """`count` consecutive quarters, oldest first, the last of them `last`."""
    quarters = [last]
    while len(quarters) < count:
        quarters.append(quarters[-1].previous())
    return tuple(reversed(quarters))
