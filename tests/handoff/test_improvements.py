"""'You said, we did': entries are written, checked for identifying details, then published."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from handoff.errors import InvalidInput
from handoff.improvements import (
    do_add_improvement,
    do_edit_improvement,
    do_publish_improvement,
    do_unpublish_improvement,
    identifying_details,
    published_improvements,
    published_service_areas,
    staff_improvements,
)
from handoff.models import AuditEntry, Case, StaffMember

TODAY = date(2026, 3, 2)
PLAIN_SAID = "The school bus was often late, so pupils missed the start of lessons."
PLAIN_DID = "We changed the timetable and now check it every month."


# Rows built directly: hashing a password or a status code would cost more than these tests.
@pytest.fixture
def staff(session) -> StaffMember:
    member = StaffMember(email="handler@council.example", password_hash="-", role="handler")
    session.add(member)
    session.flush()
    return member


@pytest.fixture
def case(session) -> Case:
    complaint = Case(
        reference="TU-7KQ4-M3XP",
        status="new",
        received_on=date(2026, 2, 2),
        due_on=date(2026, 2, 9),
        complainant_name="Morven Macleod",
        contact_method="phone",
        contact_detail="07700 900123",
        service_area="transport",
    )
    session.add(complaint)
    session.flush()
    return complaint


def _add(session, staff, **fields):
    values = {"service_area": "transport", "you_said": PLAIN_SAID, "we_did": PLAIN_DID}
    values.update(fields)
    return do_add_improvement(session, staff, **values)


def test_an_entry_is_private_until_published_and_public_words_only_after(
    session, staff, case
) -> None:
    entry = _add(session, staff, case_reference=case.reference.lower())
    assert entry.case_id == case.id
    assert published_improvements(session) == []

    do_publish_improvement(session, staff, entry.id, today=TODAY)
    (public,) = published_improvements(session)
    assert (public.service_area, public.you_said, public.published_on) == (
        "transport",
        PLAIN_SAID,
        TODAY,
    )
    assert not hasattr(public, "case_reference") and not hasattr(public, "case_id")
    (listed,) = staff_improvements(session)
    assert listed.case_reference == case.reference

    do_unpublish_improvement(session, staff, entry.id)
    assert published_improvements(session) == []
    actions = session.execute(select(AuditEntry.action, AuditEntry.case_id)).all()
    assert [a for a in actions if a[0].startswith("improvement.")] == [
        ("improvement.added", case.id),
        ("improvement.published", case.id),
        ("improvement.unpublished", case.id),
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Morven told us the bus was late.", "the complainant's name (morven)"),
        ("MACLEOD's bus was late.", "the complainant's name (macleod)"),
        ("We rang 07700900123 back.", "the complainant's contact detail (07700 900123)"),
        ("Write to help@council.example", "an email address (help@council.example)"),
        ("Call us on 0131 496 0000 any time.", "a phone number (0131 496 0000)"),
        ("The stop near EH1 1YZ moved.", "a postcode (EH1 1YZ)"),
        ("The stop near eh11yz moved.", "a postcode (eh11yz)"),
        ("See TU-ACDE-FGHJ for more.", "a case reference (TU-ACDE-FGHJ)"),
    ],
)
def test_publishing_refuses_text_that_looks_identifying(session, staff, case, text, said) -> None:
    entry = _add(session, staff, we_did=text, case_reference=case.reference)
    with pytest.raises(InvalidInput, match="could identify someone") as refused:
        do_publish_improvement(session, staff, entry.id, today=TODAY)
    assert said in refused.value.message
    assert entry.published_on is None


def test_the_linked_cases_own_reference_is_found_however_it_is_typed(session, staff, case) -> None:
    spaced = case.reference.replace("-", " ").lower()
    assert f"the case reference ({case.reference})" in identifying_details(f"From {spaced}.", case)


def test_plain_words_pass_and_common_words_are_not_mistaken(session, staff, case) -> None:
    # "tumultuous" is ten letters starting "tu", like a reference; 2025 is a year, not a phone.
    text = "In 2025 a tumultuous 12 weeks of roadworks ended; buses now run every 10 minutes."
    assert identifying_details(text, case) == []
    entry = _add(session, staff, we_did=text, case_reference=case.reference)
    do_publish_improvement(session, staff, entry.id, today=TODAY)
    assert entry.published_on == TODAY


def test_a_refused_entry_is_rewritten_then_published(session, staff, case) -> None:
    entry = _add(session, staff, you_said="Morven said the bus was late.")
    # Without the link the name is not known to the check; with it, the name is found.
    do_edit_improvement(
        session,
        staff,
        entry.id,
        service_area="transport",
        you_said="Morven said the bus was late.",
        we_did=PLAIN_DID,
        case_reference=case.reference,
    )
    with pytest.raises(InvalidInput, match="morven"):
        do_publish_improvement(session, staff, entry.id, today=TODAY)
    do_edit_improvement(
        session,
        staff,
        entry.id,
        service_area="transport",
        you_said=PLAIN_SAID,
        we_did=PLAIN_DID,
        case_reference=case.reference,
    )
    do_publish_improvement(session, staff, entry.id, today=TODAY)
    with pytest.raises(InvalidInput, match="Unpublish it before changing it"):
        do_edit_improvement(
            session,
            staff,
            entry.id,
            service_area="transport",
            you_said="Morven again",
            we_did=PLAIN_DID,
        )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"service_area": "space"}, "Choose the service area"),
        ({"you_said": "   "}, "Write what people said"),
        ({"we_did": ""}, "Write what we did"),
        ({"we_did": "x" * 1001}, "1000 characters or fewer"),
        ({"case_reference": "TU-XXXX-XXXX"}, "No case has the reference TU-XXXX-XXXX"),
    ],
)
def test_bad_entries_are_refused_with_a_reason(session, staff, fields, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        _add(session, staff, **fields)
    assert staff_improvements(session) == []


def test_published_entries_newest_first_and_by_service_area(session, staff) -> None:
    older = _add(session, staff, service_area="education", we_did="We fixed the heating.")
    newer = _add(session, staff, service_area="transport")
    draft = _add(session, staff, service_area="health")
    do_publish_improvement(session, staff, older.id, today=date(2026, 1, 5))
    do_publish_improvement(session, staff, newer.id, today=date(2026, 2, 5))
    assert [e.service_area for e in published_improvements(session)] == [
        "transport",
        "education",
    ]
    assert [e.we_did for e in published_improvements(session, "education")] == [
        "We fixed the heating."
    ]
    assert published_service_areas(session) == {"education": 1, "transport": 1}
    assert draft.published_on is None
