"""Cases: the staff queue, finding a case, and the complainant's status check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case as sql_case
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload, lazyload
from sqlalchemy.sql.elements import ColumnElement

from handoff import vocabulary
from handoff.clock import acknowledge_by, working_days_after
from handoff.closures import closure_days
from handoff.deadlines import add_working_days, today_in_scotland
from handoff.errors import InvalidInput, NotFound
from handoff.hashing import hash_secret, secret_matches
from handoff.models import Case
from handoff.queue_filters import OPEN, QueueFilters
from handoff.references import normalise_reference, normalise_status_code
from handoff.stages import current_stage, do_open_stage

CHILD_AGE_BANDS = frozenset({"under_12", "12_15", "16_17"})
# The work queue: what staff still have to act on (drafts are not yet complaints).
OPEN_STATUSES = ("new", "handoff", "in_progress", "awaiting_complainant")


def queue(session: Session, filters: QueueFilters | None = None) -> list[Case]:
    """Safeguarding first, then priority, then the nearest due date (CONTRACT §3). Without
    filters: every open case."""
    filters = filters or QueueFilters()
    statuses = [
        status
        for chosen in filters.statuses or (OPEN,)
        for status in (OPEN_STATUSES if chosen == OPEN else (chosen,))
    ]
    priority_rank = sql_case(
        {name: rank for rank, name in enumerate(vocabulary.PRIORITIES)}, value=Case.priority
    )
    return list(
        session.execute(
            select(Case)
            # One query whatever the queue's length: the assignee joined in, and the chats
            # (loaded with every case by default) left until a case is opened.
            .options(joinedload(Case.assigned_to), lazyload(Case.conversations))
            .where(Case.status.in_(statuses), *filters.conditions())
            .order_by(
                Case.safeguarding_flagged.desc(),
                priority_rank,
                Case.due_on.is_(None),
                Case.due_on,
                Case.id,
            )
        ).scalars()
    )


def find_case(session: Session, reference: str) -> Case:
    found = session.execute(
        select(Case).where(Case.reference == normalise_reference(reference))
    ).scalar_one_or_none()
    if found is None:
        raise NotFound("No case has that reference.")
    return found


def check_status_request(session: Session, reference: str, status_code: str) -> Case:
    """The same NotFound for a wrong reference and a wrong code: no hint which half was wrong."""
    wrong_pair = NotFound("No complaint matches that reference and code.")
    found = session.execute(
        select(Case).where(Case.reference == normalise_reference(reference))
    ).scalar_one_or_none()
    if found is None or found.status_code_hash is None:
        # Hash anyway so that timing does not reveal whether the reference exists.
        hash_secret(status_code)
        raise wrong_pair
    if not secret_matches(found.status_code_hash, normalise_status_code(status_code)):
        raise wrong_pair
    return found


def do_withdraw(session: Session, case: Case, *, today: date | None = None) -> None:
    """The complainant withdraws: recorded as withdrawn, not deleted (the record is kept).

    The stage's history row records the withdrawal too, so the indicators count it at its stage.
    `today` defaults to Scotland's date because the bot's actions withdraw without a clock."""
    if case.status in ("closed", "withdrawn"):
        raise InvalidInput("This complaint is already closed.")
    row = current_stage(case)
    if row is not None:
        today = today or today_in_scotland()
        row.closed_on, row.outcome = today, "withdrawn"
        case.closed_on = today
    case.status = "withdrawn"
    case.outcome = "withdrawn"
    case.draft_answers = None
    session.flush()


@dataclass(frozen=True)
class Escalation:
    reference: str
    acknowledge_by: date
    due_on: date


def escalation_is_late(case: Case, today: date) -> bool:
    """More than 2 months since the Stage 1 reply (the later of the two limits we can know)."""
    return case.closed_on is not None and today > case.closed_on + timedelta(days=61)


def check_escalation(case: Case, today: date, *, late_accepted: bool = False) -> None:
    """Stage 1 to Stage 2: within 6 months of the event or 2 months of the Stage 1 reply,
    whichever is later. We do not know the event date, so only the reply's limit is enforced
    here; staff can still accept a late request (`late_accepted`: the procedure allows
    exceptions)."""
    if case.status in ("draft", "withdrawn"):
        raise InvalidInput("Only a complaint that has been sent can be taken further.")
    if case.stage != "stage_1":
        raise InvalidInput(
            "This complaint is already at Stage 2. If you are still unhappy after our Stage 2 "
            "reply, you can contact the SPSO: Freepost SPSO, 0800 377 7330."
        )
    if not late_accepted and escalation_is_late(case, today):
        raise InvalidInput(
            "It is more than 2 months since our Stage 1 reply, so a person will check whether "
            "it can still go to Stage 2. Please ask to talk to a person."
        )


def do_escalate(
    session: Session, case: Case, *, today: date, late_accepted: bool = False
) -> Escalation:
    """Moves a Stage 1 complaint (open, or closed and reopened) to a Stage 2 investigation."""
    check_escalation(case, today, late_accepted=late_accepted)
    stage_one = current_stage(case)
    if stage_one is not None and stage_one.closed_on is None:
        # Taken to Stage 2 before a Stage 1 decision (too complex for Stage 1): the Stage 1 row
        # ends today with no outcome, so it is not counted as closed with an outcome there.
        stage_one.closed_on = today
    case.stage = "stage_2"
    case.status = "new"
    case.outcome = None
    case.escalated_on = today
    case.closed_on = None
    stage_two = do_open_stage(session, case, "stage_2", today)
    return Escalation(
        case.reference,
        acknowledge_by(stage_two, closures=closure_days(session)),
        case.due_on,
    )


# What the live queue counts and alerts on as urgent: a safeguarding flag or urgent priority.
URGENT = or_(Case.safeguarding_flagged.is_(True), Case.priority == "urgent")
# "Due soon" on the queue: due today or within this many working days.
DUE_SOON_WORKING_DAYS = 2


def is_urgent(case: Case) -> bool:
    """URGENT, for a case already loaded."""
    return case.safeguarding_flagged or case.priority == "urgent"


@dataclass(frozen=True)
class QueueCounts:
    open: int
    urgent: int
    overdue: int
    unassigned: int
    mine: int
    due_soon: int


def queue_counts(
    session: Session, *, staff_member_id: int, today: date, closures: frozenset[date]
) -> QueueCounts:
    """The whole open queue at a glance (whatever it is filtered to), in one query."""
    due_soon_by = add_working_days(today, DUE_SOON_WORKING_DAYS, closures=closures)

    def counted(condition: ColumnElement) -> ColumnElement:
        return func.coalesce(func.sum(sql_case((condition, 1), else_=0)), 0)

    row = session.execute(
        select(
            func.count(Case.id),
            counted(URGENT),
            counted(Case.due_on < today),
            counted(Case.assigned_to_id.is_(None)),
            counted(Case.assigned_to_id == staff_member_id),
            counted(Case.due_on.between(today, due_soon_by)),
        ).where(Case.status.in_(OPEN_STATUSES))
    ).one()
    return QueueCounts(*(int(number) for number in row))


def urgent_open_cases(session: Session) -> list[Case]:
    """Every open urgent case, whatever the queue is filtered to: the live queue alerts on a
    new one even when the filters keep it out of view."""
    return list(
        session.execute(
            select(Case)
            .options(lazyload(Case.conversations))
            .where(Case.status.in_(OPEN_STATUSES), URGENT)
            .order_by(Case.id)
        ).scalars()
    )


@dataclass(frozen=True)
class TimeLeft:
    overdue: bool
    # Working days left until the due date (0 on the day), or since it passed when overdue
    # (0 when only a weekend or holiday has passed since).
    working_days: int


def time_left(due_on: date, *, today: date, closures: frozenset[date]) -> TimeLeft:
    if due_on < today:
        return TimeLeft(True, working_days_after(due_on, today, closures=closures))
    return TimeLeft(False, working_days_after(today, due_on, closures=closures))
