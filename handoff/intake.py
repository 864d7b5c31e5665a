"""What the intake conversation gathered: submitting it as a case, or keeping it as a draft.

The bot's validators and the database constraints both check against handoff.vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from handoff import vocabulary
from handoff.cases import CHILD_AGE_BANDS, check_status_request
from handoff.conversations import find_or_start_conversation
from handoff.errors import InvalidInput, NotFound
from handoff.hashing import hash_secret
from handoff.references import new_status_code
from handoff.stages import do_open_stage

DRAFT_KEPT_DAYS = 7
ADULTS_FOR_A_CHILD = frozenset({"parent_carer", "advocate"})
# Words that say a complaint is about more than one person's experience.
AFFECTS_OTHERS = (
    "everyone",
    "every child",
    "all the children",
    "all the kids",
    "other children",
    "other kids",
    "other people",
    "lots of people",
    "the whole class",
    "the whole school",
    "the whole street",
    "all of us",
    "other families",
    "other parents",
)


@dataclass(frozen=True)
class IntakeAnswers:
    """Everything the conversation can gather. Anything not asked stays unknown, never guessed."""

    summary: str = ""
    complainant_role: str = "unknown"
    age_band: str = "unknown"
    complainant_name: str | None = None
    about_child: bool | None = None
    child_knows: bool | None = None
    child_wants_complaint: bool | None = None
    service_area: str = "unknown"
    organisation: str | None = None
    when_where: str | None = None
    urgency: str | None = None
    heads_of_complaint: list[str] = field(default_factory=list)
    outcomes_sought: list[str] = field(default_factory=list)
    contact_method: str | None = None
    contact_detail: str | None = None
    best_time: str | None = None
    involve: list[str] = field(default_factory=list)
    preferred_staff: str | None = None
    adjustments: list[str] = field(default_factory=list)
    wants_advocate: bool | None = None
    consent_to_proceed: bool | None = None
    consent_tell_parent_carer: bool | None = None

    @property
    def child_friendly(self) -> bool:
        """Under 18, an adult complaining for a child, or about matters that affect a child."""
        return (
            self.complainant_role == "child"
            or self.age_band in CHILD_AGE_BANDS
            or self.complainant_role in ADULTS_FOR_A_CHILD
            or bool(self.about_child)
        )

    @property
    def priority_reasons(self) -> list[str]:
        """Why this complaint should be looked at sooner, from the conversation's answers: time
        sensitivity, the person's vulnerability, and the public interest (others affected)."""
        reasons = []
        if self.urgency and self.urgency != "none":
            reasons.append(f"time-sensitive: {self.urgency}")
        if self.age_band == "under_12":
            reasons.append("vulnerable: a child under 12")
        elif self.adjustments or self.wants_advocate:
            reasons.append("vulnerable: asked for support or adjustments")
        text = " ".join([self.summary, *self.heads_of_complaint]).lower()
        if any(words in text for words in AFFECTS_OTHERS):
            reasons.append("public interest: others are affected")
        return reasons

    @property
    def priority(self) -> str:
        """High when time-sensitive (an exam, a move, a court date coming up), or when two other
        reasons meet; staff can change it, with a reason, on the case page."""
        reasons = self.priority_reasons
        time_sensitive = any(r.startswith("time-sensitive") for r in reasons)
        return "high" if time_sensitive or len(reasons) >= 2 else "normal"


@dataclass(frozen=True)
class SubmittedCase:
    reference: str
    status_code: str
    received_on: date
    due_on: date


@dataclass(frozen=True)
class SavedDraft:
    reference: str
    status_code: str
    kept_until: date


def check_intake_answers(answers: IntakeAnswers, *, complete: bool) -> None:
    if complete and not answers.summary.strip():
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
    for person in answers.involve:
        if person not in vocabulary.INVOLVE:
            raise InvalidInput(f"involve must list only {', '.join(vocabulary.INVOLVE)}.")


def _apply(case: Any, answers: IntakeAnswers) -> None:
    case.summary = answers.summary.strip() or None
    for name in (
        "complainant_role",
        "age_band",
        "complainant_name",
        "service_area",
        "organisation",
        "when_where",
        "urgency",
        "contact_method",
        "contact_detail",
        "best_time",
        "preferred_staff",
        "wants_advocate",
        "consent_to_proceed",
        "consent_tell_parent_carer",
        "child_knows",
        "child_wants_complaint",
    ):
        setattr(case, name, getattr(answers, name))
    case.heads_of_complaint = list(answers.heads_of_complaint)
    case.outcomes_sought = list(answers.outcomes_sought)
    case.involve = list(answers.involve)
    case.adjustments = list(answers.adjustments)
    case.child_friendly = case.child_friendly or answers.child_friendly


def do_submit_intake(
    session: Session, *, sender_id: str, answers: IntakeAnswers, today: date, language: str = "en"
) -> SubmittedCase:
    """Turns the conversation's draft into a new complaint at Stage 1, in one transaction."""
    check_intake_answers(answers, complete=True)
    case = find_or_start_conversation(session, sender_id, language=language).case
    _apply(case, answers)
    status_code = new_status_code()
    case.status_code_hash = hash_secret(status_code)
    case.draft_answers = None
    case.draft_expires_on = None
    do_open_stage(session, case, "stage_1", case.received_on or today)
    # A case already with a person (a disclosure, a request for a person) keeps its status and
    # its urgency.
    if case.status == "draft":
        case.status = "new"
    if case.priority == "normal":
        case.priority = answers.priority
        case.priority_reason = "; ".join(answers.priority_reasons) or None
    session.flush()
    return SubmittedCase(case.reference, status_code, case.received_on, case.due_on)


def do_save_draft(
    session: Session,
    *,
    sender_id: str,
    answers: IntakeAnswers,
    resume_state: dict[str, Any],
    today: date,
    language: str = "en",
) -> SavedDraft:
    """Keeps what they told us so far for DRAFT_KEPT_DAYS, to resume with reference and code.

    `resume_state` is the conversation's own record of where it stopped (opaque here); the
    answers go on the case itself, so nothing is lost even if the draft is never resumed.
    """
    check_intake_answers(answers, complete=False)
    case = find_or_start_conversation(session, sender_id, language=language).case
    _apply(case, answers)
    status_code = new_status_code()
    case.status_code_hash = hash_secret(status_code)
    case.draft_answers = resume_state
    case.draft_expires_on = today + timedelta(days=DRAFT_KEPT_DAYS)
    session.flush()
    return SavedDraft(case.reference, status_code, case.draft_expires_on)


def do_resume_draft(
    session: Session, *, sender_id: str, reference: str, status_code: str, today: date
) -> dict[str, Any]:
    """Moves a kept draft onto this conversation and hands back its resume state."""
    case = check_status_request(session, reference, status_code)
    if case.draft_answers is None or case.draft_expires_on is None or case.draft_expires_on < today:
        raise NotFound("No complaint matches that reference and code.")
    resume_state = dict(case.draft_answers)
    conversation = find_or_start_conversation(session, sender_id, language=case.language)
    if conversation.case_id != case.id:
        # This chat began its own empty draft when the person said hello; their earlier draft
        # takes its place, and this chat's messages join the earlier case's transcript.
        started_here = conversation.case
        conversation.case = case
        session.flush()
        if started_here.status == "draft" and not started_here.conversations:
            session.delete(started_here)
    session.flush()
    return resume_state
