"""A stage's clock as staff read it: when to acknowledge, when the reply is due, days left."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from handoff.deadlines import STAGE_TWO_ACKNOWLEDGE_WORKING_DAYS, add_working_days, is_working_day
from handoff.models import CaseStage


@dataclass(frozen=True)
class StageClock:
    stage: str
    started_on: date
    acknowledge_by: date
    acknowledged_on: date | None
    standard_due_on: date
    due_on: date
    closed_on: date | None
    outcome: str | None
    # Working days from today to the due date (0 on the day itself); None once closed or overdue.
    working_days_left: int | None
    # Working days since the due date passed; None unless open and overdue.
    working_days_overdue: int | None
    acknowledgement_overdue: bool

    @property
    def overdue(self) -> bool:
        return self.working_days_overdue is not None

    @property
    def extended(self) -> bool:
        return self.due_on != self.standard_due_on

    @property
    def closed_in_time(self) -> bool | None:
        return None if self.closed_on is None else self.closed_on <= self.due_on


def acknowledge_by(row: CaseStage, *, closures: Collection[date] = ()) -> date:
    """Stage 2 is acknowledged within 3 working days. At Stage 1 the decision itself is due
    within 5, so acknowledging is due by the same (unextended) date."""
    if row.stage == "stage_2":
        return add_working_days(
            row.started_on, STAGE_TWO_ACKNOWLEDGE_WORKING_DAYS, closures=closures
        )
    return row.standard_due_on


def working_days_after(start: date, end: date, *, closures: Collection[date] = ()) -> int:
    """How many working days fall after `start`, up to and including `end`."""
    count = 0
    day = start + timedelta(days=1)
    while day <= end:
        if is_working_day(day, closures=closures):
            count += 1
        day += timedelta(days=1)
    return count


def stage_clock(row: CaseStage, *, today: date, closures: Collection[date] = ()) -> StageClock:
    ack_by = acknowledge_by(row, closures=closures)
    still_open = row.closed_on is None
    overdue = still_open and today > row.due_on
    return StageClock(
        stage=row.stage,
        started_on=row.started_on,
        acknowledge_by=ack_by,
        acknowledged_on=row.acknowledged_on,
        standard_due_on=row.standard_due_on,
        due_on=row.due_on,
        closed_on=row.closed_on,
        outcome=row.outcome,
        working_days_left=(
            working_days_after(today, row.due_on, closures=closures)
            if still_open and not overdue
            else None
        ),
        working_days_overdue=(
            working_days_after(row.due_on, today, closures=closures) if overdue else None
        ),
        acknowledgement_overdue=still_open and row.acknowledged_on is None and today > ack_by,
    )
