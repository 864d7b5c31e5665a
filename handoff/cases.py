"""Cases: the staff queue, finding a case, and the complainant's status check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case as sql_case
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from handoff import vocabulary
from handoff.closures import closure_days
from handoff.deadlines import STAGE_TWO_ACKNOWLEDGE_WORKING_DAYS, add_working_days
from handoff.errors import InvalidInput, NotFound
from handoff.hashing import hash_secret, secret_matches
from handoff.models import Case
from handoff.references import normalise_reference, normalise_status_code
from handoff.stages import do_open_stage

CHILD_AGE_BANDS = frozenset({"under_12", "12_15", "16_17"})
# The work queue: what staff still have to act on (drafts are not yet complaints).
OPEN_STATUSES = ("new", "handoff", "in_progress", "awaiting_complainant")


def queue(session: Session) -> list[Case]:
    """Safeguarding first, then priority, then the nearest due date (CONTRACT §3)."""
    priority_rank = sql_case(
        {name: rank for rank, name in enumerate(vocabulary.PRIORITIES)}, value=Case.priority
    )
    return list(
        session.execute(
            select(Case)
            .options(selectinload(Case.assigned_to))
            .where(Case.status.in_(OPEN_STATUSES))
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


def do_withdraw(session: Session, case: Case) -> None:
    """The complainant withdraws: recorded as withdrawn, not deleted (the record is kept)."""
    if case.status in ("closed", "withdrawn"):
        raise InvalidInput("This complaint is already closed.")
    case.status = "withdrawn"
    case.outcome = "withdrawn"
    case.draft_answers = None
    session.flush()


@dataclass(frozen=True)
class Escalation:
    reference: str
    acknowledge_by: date
    due_on: date


def check_escalation(case: Case, today: date) -> None:
    """Stage 1 to Stage 2: within 6 months of the event or 2 months of the Stage 1 reply,
    whichever is later. We do not know the event date, so only the reply's limit is enforced
    here; staff can still accept a late request (the procedure allows exceptions)."""
    if case.status in ("draft", "withdrawn"):
        raise InvalidInput("Only a complaint that has been sent can be taken further.")
    if case.stage != "stage_1":
        raise InvalidInput(
            "This complaint is already at Stage 2. If you are still unhappy after our Stage 2 "
            "reply, you can contact the SPSO: Freepost SPSO, 0800 377 7330."
        )
    if case.closed_on is not None and today > case.closed_on + timedelta(days=61):
        raise InvalidInput(
            "It is more than 2 months since our Stage 1 reply, so a person will check whether "
            "it can still go to Stage 2. Please ask to talk to a person."
        )


def do_escalate(session: Session, case: Case, *, today: date) -> Escalation:
    """Moves a Stage 1 complaint (open, or closed and reopened) to a Stage 2 investigation."""
    check_escalation(case, today)
    case.stage = "stage_2"
    case.status = "new"
    case.outcome = None
    case.escalated_on = today
    case.closed_on = None
    do_open_stage(session, case, "stage_2", today)
    acknowledge_by = add_working_days(
        today, STAGE_TWO_ACKNOWLEDGE_WORKING_DAYS, closures=closure_days(session)
    )
    return Escalation(case.reference, acknowledge_by, case.due_on)
