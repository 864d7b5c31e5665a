"""The simple complaint form: the way in when the chat's bot is down, or for someone who prefers it.

It makes the same case the conversation makes (through `do_submit_intake`), and the text is
screened for safeguarding exactly as the gateway screens a chat message, so a disclosure in a
form reaches a person as fast as one in the chat.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from handoff.conversations import (
    do_record_user_message,
    find_conversation,
    find_or_start_conversation,
)
from handoff.deadlines import SCOTLAND
from handoff.intake import IntakeAnswers, check_intake_answers, do_submit_intake
from handoff.protection import do_protection_handoff, speaks_as_adult
from handoff.safeguarding import screen

# A form joins the chat it was opened from only while that chat's case is still being told (a
# draft, or a disclosure handed to a person): the person's whole story then sits on one case.
JOINABLE_STATUSES = ("draft", "handoff")


@dataclass(frozen=True)
class FormComplaint:
    """What the form asks. Role and age band are optional: unknown, never guessed."""

    what_happened: str
    contact_method: str
    contact_detail: str
    complainant_role: str = "unknown"
    age_band: str = "unknown"

    def as_answers(self) -> IntakeAnswers:
        return IntakeAnswers(
            summary=self.what_happened,
            complainant_role=self.complainant_role,
            age_band=self.age_band,
            contact_method=self.contact_method,
            contact_detail=self.contact_detail,
        )


@dataclass(frozen=True)
class FormReceipt:
    reference: str
    status_code: str
    received_on: date
    due_on: date
    flagged: bool
    # The register of the safety message: an adult only when they told us they are one.
    speaks_as_adult: bool


def form_can_join(session: Session, sender_id: str) -> bool:
    """True when a form sent from this chat belongs on the chat's own case (or starts it)."""
    conversation = find_conversation(session, sender_id)
    if conversation is None:
        return True
    case = conversation.case
    return (
        conversation.mode != "closed"
        and case.status in JOINABLE_STATUSES
        and case.status_code_hash is None
    )


def do_submit_form_complaint(
    session: Session,
    *,
    sender_id: str,
    complaint: FormComplaint,
    now: datetime,
    recipients: list[str],
    case_url: Callable[[str], str],
    language: str = "en",
) -> FormReceipt:
    """Screens, records and submits the form in one transaction (the caller's)."""
    answers = complaint.as_answers()
    check_intake_answers(answers, complete=True)  # before any write: nothing half-done
    conversation = find_or_start_conversation(session, sender_id, language=language, channel="form")
    result = screen(complaint.what_happened, lang=language)
    # The person's words go on the transcript like a chat message, with what the screen matched
    # marked for staff.
    do_record_user_message(
        session,
        conversation,
        complaint.what_happened,
        flagged=result.flagged,
        flagged_spans=[span.as_dict() for span in result.spans],
    )
    if result.flagged:
        do_protection_handoff(
            session,
            conversation,
            result,
            now=now,
            recipients=recipients,
            case_url=case_url(conversation.case.reference),
        )
    submitted = do_submit_intake(
        session,
        sender_id=sender_id,
        answers=answers,
        today=now.astimezone(SCOTLAND).date(),
        language=language,
    )
    return FormReceipt(
        reference=submitted.reference,
        status_code=submitted.status_code,
        received_on=submitted.received_on,
        due_on=submitted.due_on,
        flagged=result.flagged,
        speaks_as_adult=speaks_as_adult(conversation.case),
    )
