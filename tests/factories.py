"""Builders for test data, so each test states only what matters to it."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from handoff.intake import IntakeAnswers, SubmittedCase, do_submit_intake
from handoff.models import StaffMember
from handoff.staff import do_add_staff

PASSWORD = "correct horse battery staple"
_counter = iter(range(1, 1_000_000))


def new_sender() -> str:
    return f"test-sender-{next(_counter):06d}"


def submit_case(
    session: Session, *, today: date = date(2026, 11, 26), **answers: object
) -> SubmittedCase:
    fields = {"summary": "The school bus never comes on time.", "contact_method": "chat"}
    fields.update(answers)
    return do_submit_intake(
        session, sender_id=new_sender(), answers=IntakeAnswers(**fields), today=today
    )


def add_staff(
    session: Session, email: str = "handler@council.example", role: str = "handler"
) -> StaffMember:
    return do_add_staff(session, email=email, role=role, password=PASSWORD)
