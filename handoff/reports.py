"""The SPSO model procedure's performance indicators for a quarter, with the quarters before it.

What is counted where (the SPSO's model indicators, read for this service):
- Received: Stage 1 clocks started in the quarter, plus complaints that went straight to Stage 2.
  A Stage 1 complaint escalated to Stage 2 is not a new complaint; it is counted as escalated.
- Closed at a stage: that stage's history row (CaseStage) closed in the quarter, whenever it
  started. A case closed at Stage 1 and later at Stage 2 counts once at each. A withdrawal closes
  the stage too, and is counted with its outcome "withdrawn".
- Working days to close: from the day the stage started (day zero) to the day it closed, leaving
  out weekends, Scottish public holidays and the body's closure days (handoff.clock).
- Within timescale: closed on or before the procedure's own date (standard_due_on: 5 working
  days at Stage 1, 20 at Stage 2), so a reply sent within an extension is not within timescale.
- Extended: a closure at a stage where an extension was granted at that stage.
- Child-friendly, safeguarding and service area describe the complaints received in the quarter.

The figures come from a handful of grouped queries over all the quarters at once, never a query
per case: each query sorts its rows into quarters with one CASE expression.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

from sqlalchemy import case as sql_case
from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from handoff import vocabulary
from handoff.clock import working_days_after
from handoff.closures import closure_days
from handoff.models import Case, CaseStage, Extension
from handoff.quarters import Quarter, parse_quarter, quarters_ending

STAGES = vocabulary.CLOCKED_STAGES
OUTCOMES = vocabulary.OUTCOMES
# The trend: the same headline figures for this many quarters before the one asked for.
TREND_QUARTERS = 4
_ONE_PLACE = Decimal("0.1")
T = TypeVar("T")


def percent(part: int, whole: int) -> float | None:
    """`part` of `whole` as a percentage to one decimal place (half up); None for nothing."""
    if whole == 0:
        return None
    return float((Decimal(part) * 100 / Decimal(whole)).quantize(_ONE_PLACE, ROUND_HALF_UP))


def mean(total: int, count: int) -> float | None:
    if count == 0:
        return None
    return float((Decimal(total) / Decimal(count)).quantize(_ONE_PLACE, ROUND_HALF_UP))


@dataclass(frozen=True)
class Received:
    at_stage_one: int
    direct_to_stage_two: int
    escalated_to_stage_two: int

    @property
    def total(self) -> int:
        """New complaints: escalations were already counted when they arrived at Stage 1."""
        return self.at_stage_one + self.direct_to_stage_two


@dataclass(frozen=True)
class StageFigures:
    stage: str
    closed: int
    # This stage's closures as a share of all closures in the quarter.
    closed_share: float | None
    outcomes: dict[str, int]
    average_working_days: float | None
    within_timescale: int
    extended: int

    def outcome_share(self, outcome: str) -> float | None:
        return percent(self.outcomes[outcome], self.closed)

    @property
    def within_timescale_share(self) -> float | None:
        return percent(self.within_timescale, self.closed)

    @property
    def extended_share(self) -> float | None:
        return percent(self.extended, self.closed)


@dataclass(frozen=True)
class QuarterFigures:
    quarter: Quarter
    received: Received
    stages: dict[str, StageFigures]
    child_friendly: int
    safeguarding_flagged: int
    # Only the categories that occur, most frequent first (a case can have several).
    safeguarding_categories: dict[str, int]
    # Every service area, in the vocabulary's order, zeros included.
    service_areas: dict[str, int]

    @property
    def closed(self) -> int:
        return sum(figures.closed for figures in self.stages.values())


@dataclass(frozen=True)
class QuarterReport:
    # Oldest first; the last is the quarter asked for, the ones before it are the trend.
    quarters: tuple[QuarterFigures, ...]

    @property
    def figures(self) -> QuarterFigures:
        return self.quarters[-1]

    @property
    def quarter(self) -> Quarter:
        return self.figures.quarter


def quarter_report(session: Session, quarter: str) -> QuarterReport:
    """The indicators for `quarter` ("2026Q3"; InvalidInput if it is not one) and the
    headline figures of the quarters before it."""
    wanted = parse_quarter(quarter)
    quarters = quarters_ending(wanted, TREND_QUARTERS + 1)
    received = _received(session, quarters)
    closures = _closures(session, quarters)
    working_days = _working_days(session, quarters)
    profile = _profile(session, quarters)
    categories = _safeguarding_categories(session, quarters)
    return QuarterReport(
        tuple(
            _quarter_figures(
                quarter,
                received=received[index],
                closures=closures[index],
                working_days=working_days[index],
                profile=profile[index],
                categories=categories[index],
            )
            for index, quarter in enumerate(quarters)
        )
    )


# Each query returns, per quarter (by its position in `quarters`), what that quarter needs.


def _quarter_of(column: Any, quarters: Sequence[Quarter]) -> Any:
    """The position in `quarters` of the quarter a date column falls in."""
    return sql_case(
        *[
            (column.between(quarter.first_day, quarter.last_day), index)
            for index, quarter in enumerate(quarters)
        ]
    )


def _within(column: Any, quarters: Sequence[Quarter]) -> Any:
    return column.between(quarters[0].first_day, quarters[-1].last_day)


def _after_stage_one() -> Any:
    """Whether the stage row's case has a Stage 1 row: a Stage 2 row with one is an escalation."""
    stage_one = aliased(CaseStage)
    return exists().where(stage_one.case_id == CaseStage.case_id, stage_one.stage == "stage_1")


def _new_complaint() -> Any:
    """A stage row that is a complaint arriving: Stage 1, or Stage 2 with no Stage 1 before."""
    return or_(CaseStage.stage == "stage_1", ~_after_stage_one())


def _empty(quarters: Sequence[Quarter], make: Callable[[], T]) -> list[T]:
    """One fresh accumulator per quarter."""
    return [make() for _ in quarters]


def _received(session: Session, quarters: Sequence[Quarter]) -> list[Counter]:
    """Per quarter: ("stage_1" | "direct" | "escalated") -> count of stages started."""
    # Grouping by the CASE expression itself would repeat its bound dates in GROUP BY, which a
    # database binding parameters on the server cannot match to the select list; grouping by a
    # subquery's column works everywhere. The other queries do the same.
    started = (
        select(
            _quarter_of(CaseStage.started_on, quarters).label("quarter"),
            CaseStage.stage.label("stage"),
            _after_stage_one().label("after_stage_one"),
        )
        .where(_within(CaseStage.started_on, quarters))
        .subquery()
    )
    groups = tuple(started.c)
    counts = _empty(quarters, Counter)
    for index, stage, after_stage_one, count in session.execute(
        select(*groups, func.count()).group_by(*groups)
    ):
        if stage == "stage_1":
            counts[index]["stage_1"] += count
        else:
            counts[index]["escalated" if after_stage_one else "direct"] += count
    return counts


@dataclass
class _Closures:
    closed: Counter  # stage -> closures
    outcomes: Counter  # (stage, outcome) -> closures
    within_timescale: Counter  # stage -> closures on or before standard_due_on
    extended: Counter  # stage -> closures with an extension at that stage

    @classmethod
    def none(cls) -> _Closures:
        return cls(Counter(), Counter(), Counter(), Counter())


def _closures(session: Session, quarters: Sequence[Quarter]) -> list[_Closures]:
    extended = exists().where(
        Extension.case_id == CaseStage.case_id, Extension.stage == CaseStage.stage
    )
    closed = (
        select(
            _quarter_of(CaseStage.closed_on, quarters).label("quarter"),
            CaseStage.stage.label("stage"),
            CaseStage.outcome.label("outcome"),
            (CaseStage.closed_on <= CaseStage.standard_due_on).label("in_time"),
            extended.label("extended"),
        )
        .where(_within(CaseStage.closed_on, quarters))
        .subquery()
    )
    groups = tuple(closed.c)
    figures = _empty(quarters, _Closures.none)
    for index, stage, outcome, in_time, was_extended, count in session.execute(
        select(*groups, func.count()).group_by(*groups)
    ):
        found = figures[index]
        found.closed[stage] += count
        found.outcomes[stage, outcome] += count
        found.within_timescale[stage] += count if in_time else 0
        found.extended[stage] += count if was_extended else 0
    return figures


def _working_days(session: Session, quarters: Sequence[Quarter]) -> list[dict[str, float | None]]:
    """Per quarter: stage -> average working days from start to close."""
    closed = (
        select(
            _quarter_of(CaseStage.closed_on, quarters).label("quarter"),
            CaseStage.stage.label("stage"),
            CaseStage.started_on.label("started_on"),
            CaseStage.closed_on.label("closed_on"),
        )
        .where(_within(CaseStage.closed_on, quarters))
        .subquery()
    )
    groups = tuple(closed.c)
    totals = _empty(quarters, Counter)
    counts = _empty(quarters, Counter)
    closures = closure_days(session)
    for index, stage, started_on, closed_on, count in session.execute(
        select(*groups, func.count()).group_by(*groups)
    ):
        # Each distinct pair of dates is counted once however many cases share it.
        days = working_days_after(started_on, closed_on, closures=closures)
        totals[index][stage] += days * count
        counts[index][stage] += count
    return [
        {stage: mean(total[stage], count[stage]) for stage in STAGES}
        for total, count in zip(totals, counts, strict=True)
    ]


@dataclass
class _Profile:
    child_friendly: int = 0
    safeguarding_flagged: int = 0
    service_areas: Counter = field(default_factory=Counter)


def _profile(session: Session, quarters: Sequence[Quarter]) -> list[_Profile]:
    arrived = (
        select(
            _quarter_of(CaseStage.started_on, quarters).label("quarter"),
            Case.service_area.label("service_area"),
            Case.child_friendly.label("child_friendly"),
            Case.safeguarding_flagged.label("flagged"),
        )
        .join(Case, Case.id == CaseStage.case_id)
        .where(_within(CaseStage.started_on, quarters), _new_complaint())
        .subquery()
    )
    groups = tuple(arrived.c)
    profiles = _empty(quarters, _Profile)
    for index, service_area, child_friendly, flagged, count in session.execute(
        select(*groups, func.count()).group_by(*groups)
    ):
        found = profiles[index]
        found.service_areas[service_area] += count
        found.child_friendly += count if child_friendly else 0
        found.safeguarding_flagged += count if flagged else 0
    return profiles


def _safeguarding_categories(session: Session, quarters: Sequence[Quarter]) -> list[Counter]:
    # The categories are a JSON list per case; SQLite and PostgreSQL unpack JSON differently,
    # so the flagged cases' lists are read (one query) and counted here.
    counts = _empty(quarters, Counter)
    for index, categories in session.execute(
        select(_quarter_of(CaseStage.started_on, quarters), Case.safeguarding_categories)
        .join(Case, Case.id == CaseStage.case_id)
        .where(
            _within(CaseStage.started_on, quarters),
            _new_complaint(),
            Case.safeguarding_flagged.is_(True),
        )
    ):
        counts[index].update(set(categories or ()))
    return counts


def _quarter_figures(
    quarter: Quarter,
    *,
    received: Counter,
    closures: _Closures,
    working_days: dict[str, float | None],
    profile: _Profile,
    categories: Counter,
) -> QuarterFigures:
    all_closed = sum(closures.closed.values())
    return QuarterFigures(
        quarter=quarter,
        received=Received(
            at_stage_one=received["stage_1"],
            direct_to_stage_two=received["direct"],
            escalated_to_stage_two=received["escalated"],
        ),
        stages={
            stage: StageFigures(
                stage=stage,
                closed=closures.closed[stage],
                closed_share=percent(closures.closed[stage], all_closed),
                outcomes={outcome: closures.outcomes[stage, outcome] for outcome in OUTCOMES},
                average_working_days=working_days[stage],
                within_timescale=closures.within_timescale[stage],
                extended=closures.extended[stage],
            )
            for stage in STAGES
        },
        child_friendly=profile.child_friendly,
        safeguarding_flagged=profile.safeguarding_flagged,
        safeguarding_categories=dict(
            sorted(categories.items(), key=lambda item: (-item[1], item[0]))
        ),
        service_areas={area: profile.service_areas[area] for area in vocabulary.SERVICE_AREAS},
    )
