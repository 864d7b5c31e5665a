"""Retention and subject access (issue 8): personal data goes after the retention period and the
statistics stay; one person's data can be exported whole."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from handoff.cases import find_case
from handoff.conversations import do_record_user_message, find_conversation
from handoff.errors import InvalidInput, NotFound
from handoff.models import AuditEntry, Message
from handoff.reports import quarter_report
from handoff.retention import do_purge, purge_due
from handoff.subject_access import export_for
from tests.factories import submit_case

TODAY = date(2031, 6, 1)
FIVE_YEARS = 5 * 365


def _closed_case(session, *, closed_on: date, **answers):
    submitted = submit_case(
        session,
        today=date(2026, 1, 12),
        complainant_name="Robin",
        contact_method="email",
        contact_detail="robin@example.org",
        **answers,
    )
    case = find_case(session, submitted.reference)
    do_record_user_message(session, case.live_conversation, "my teacher was unfair to me")
    case.status, case.outcome, case.closed_on = "closed", "upheld", closed_on
    case.stages[0].closed_on, case.stages[0].outcome = closed_on, "upheld"
    case.stages[0].response = "We are sorry, Robin."
    session.flush()
    return case


def test_only_cases_closed_before_the_period_are_purged(session) -> None:
    old = _closed_case(session, closed_on=date(2026, 1, 16))
    recent = _closed_case(session, closed_on=date(2027, 1, 15))
    open_case = find_case(session, submit_case(session, today=date(2026, 1, 12)).reference)
    due = purge_due(session, today=TODAY, retention_days=FIVE_YEARS)
    assert [case.reference for case in due] == [old.reference]
    assert recent.reference not in [c.reference for c in due]
    assert open_case.reference not in [c.reference for c in due]


def test_purging_removes_personal_data_and_keeps_the_statistics(session) -> None:
    case = _closed_case(session, closed_on=date(2026, 1, 16), service_area="education")
    before = quarter_report(session, "2026Q1")
    sender = case.live_conversation.sender_id

    purged = do_purge(session, today=TODAY, retention_days=FIVE_YEARS)

    assert purged.case_references == [case.reference]
    session.expire_all()
    case = find_case(session, case.reference)
    assert case.complainant_name is None and case.contact_detail is None
    assert case.summary is None and case.heads_of_complaint == []
    assert case.stages[0].response is None
    assert case.personal_data_removed_on == TODAY
    conversation = find_conversation(session, sender)
    assert (
        session.execute(
            select(func.count())
            .select_from(Message)
            .where(Message.conversation_id == conversation.id)
        ).scalar_one()
        == 0
    )
    # What the indicators count is kept: the quarter reads the same as before.
    assert quarter_report(session, "2026Q1") == before
    assert (case.stage, case.outcome, case.service_area) == ("stage_1", "upheld", "education")
    assert (
        session.execute(select(AuditEntry.action).where(AuditEntry.case_id == case.id))
        .scalars()
        .all()[-1]
        == "case.purged"
    )
    # A second run has nothing left to do.
    assert do_purge(session, today=TODAY, retention_days=FIVE_YEARS).case_references == []


def test_nothing_readable_is_left_in_the_database_file(session) -> None:
    _closed_case(session, closed_on=date(2026, 1, 16))
    do_purge(session, today=TODAY, retention_days=FIVE_YEARS)
    rows = session.execute(text("SELECT complainant_name, contact_detail FROM cases")).all()
    assert rows == [(None, None)]


def test_a_subject_access_export_finds_a_person_by_reference_or_contact(session) -> None:
    first = _closed_case(session, closed_on=date(2027, 1, 15))
    second = _closed_case(session, closed_on=date(2027, 2, 15))
    by_contact = export_for(session, contact="  ROBIN@example.org ")
    assert {c["reference"] for c in by_contact["cases"]} == {first.reference, second.reference}
    record = by_contact["cases"][0]
    assert record["complainant"]["name"] == "Robin"
    assert "my teacher was unfair to me" in [m["text"] for m in record["transcript"]]
    assert "notifications" in record
    by_reference = export_for(session, reference=first.reference.lower())
    assert [c["reference"] for c in by_reference["cases"]] == [first.reference]


def test_phone_numbers_match_however_they_were_typed(session) -> None:
    submitted = submit_case(session, contact_method="text", contact_detail="07700 900123")
    found = export_for(session, contact="+44 7700 900123")
    assert [c["reference"] for c in found["cases"]] == [submitted.reference]


@pytest.mark.parametrize(
    ("reference", "contact", "error"),
    [
        (None, None, InvalidInput),
        ("TU-AAAA-AAAA", "x@y.z", InvalidInput),
        (None, "1234", InvalidInput),
    ],
)
def test_a_request_must_name_one_person(session, reference, contact, error) -> None:
    with pytest.raises(error):
        export_for(session, reference=reference, contact=contact)


def test_an_unknown_contact_is_not_found(session) -> None:
    with pytest.raises(NotFound):
        export_for(session, contact="nobody@example.org")
