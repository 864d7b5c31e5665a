"""Cases: submitting what the intake gathered, the staff queue, and the complainant's status check."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import case as sql_case
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from handoff import vocabulary
from handoff.conversations import find_or_start_conversation
from handoff.deadlines import stage_one_due
from handoff.errors import InvalidInput, NotFound
from handoff.models import Case
from handoff.references import new_status_code, normalise_reference, normalise_status_code

_hasher = PasswordHasher()
CHILD_AGE_BANDS = frozenset({"under_12", "12_15", "16_17"})


@dataclass(frozen=True)
class IntakeAnswers:
    """What the conversation gathered. Anything not asked yet stays unknown, never guessed."""

    summary: str
    contact_method: str | None = None
    contact_detail: str | None = None
    complainant_role: str = "unknown"
    age_band: str = "unknown"
    complainant_name: str | None = None
    service_area: str = "unknown"
    heads_of_complaint: list[str] = field(default_factory=list)
    outcomes_sought: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SubmittedCase:
    reference: str
    status_code: str
    received_on: date
    due_on: date


def check_intake_answers(answers: IntakeAnswers) -> None:
    if not answers.summary.strip():
        raise InvalidInput("A complaint needs a description of what happened.")
    closed_fields = {
        "contact_method": (answers.contact_method, vocabulary.CONTACT_METHODS),
        "complainant_role": (answers.complainant_role, vocabulary.COMPLAINANT_ROLES),
        "age_band": (answers.age_band, vocabulary.AGE_BANDS),
        "service_area": (answers.service_area, vocabulary.SERVICE_AREAS),
    }
    for name, (value, allowed) in closed_fields.items():
        if value is not None and value not in allowed:
            raise InvalidInput(f"{name} must be one of {', '.join(allowed)}.")


def do_submit_intake(
    session: Session, *, sender_id: str, answers: IntakeAnswers, today: date, language: str = "en"
) -> SubmittedCase:
    """Turns the conversation's draft case into a new complaint at Stage 1, in one transaction."""
    check_intake_answers(answers)
    conversation = find_or_start_conversation(session, sender_id, language=language)
    case = conversation.case
    status_code = new_status_code()
    case.summary = answers.summary.strip()
    case.contact_method = answers.contact_method
    case.contact_detail = answers.contact_detail
    case.complainant_role = answers.complainant_role
    case.age_band = answers.age_band
    case.complainant_name = answers.complainant_name
    case.service_area = answers.service_area
    case.heads_of_complaint = list(answers.heads_of_complaint)
    case.outcomes_sought = list(answers.outcomes_sought)
    case.child_friendly = case.child_friendly or answers.age_band in CHILD_AGE_BANDS
    case.status_code_hash = _hasher.hash(status_code)
    # A case already handed to a person (a disclosure) keeps that status.
    if case.status == "draft":
        case.status = "new"
    case.received_on = case.received_on or today
    case.due_on = stage_one_due(case.received_on)
    session.flush()
    return SubmittedCase(case.reference, status_code, case.received_on, case.due_on)


def queue(session: Session) -> list[Case]:
    """Safeguarding first, then priority, then the nearest due date (CONTRACT §3)."""
    priority_rank = sql_case(
        {name: rank for rank, name in enumerate(vocabulary.PRIORITIES)}, value=Case.priority
    )
    return list(
        session.execute(
            select(Case)
            .options(selectinload(Case.assigned_to))
            .where(Case.status != "draft")
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
        _hasher.hash(status_code)
        raise wrong_pair
    try:
        _hasher.verify(found.status_code_hash, normalise_status_code(status_code))
    except (VerificationError, InvalidHashError):
        raise wrong_pair from None
    return found
