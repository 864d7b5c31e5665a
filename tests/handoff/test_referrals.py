from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from handoff.cases import find_case
from handoff.errors import InvalidInput
from handoff.models import AuditEntry
from handoff.records import case_record
from handoff.referrals import (
    ReferralsRestricted,
    do_record_referral,
    do_view_referrals,
    referral_recorded,
)
from tests.factories import add_staff, submit_case

TODAY = date(2026, 12, 22)
MORNING = datetime(2026, 12, 22, 10, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("role", ["safeguarding_lead", "admin"])
def test_the_lead_and_admins_record_and_read_referrals(session, role) -> None:
    lead = add_staff(session, "lead@council.example", role)
    case = find_case(session, submit_case(session, today=TODAY).reference)
    do_record_referral(
        session,
        case,
        lead,
        today=TODAY,
        referred_to="Social work duty team",
        referred_at=MORNING,
        notes="Spoke to the duty worker.",
    )
    [referral] = do_view_referrals(session, case, lead)
    assert (referral.referred_to, referral.referred_at, referral.referred_by) == (
        "Social work duty team",
        MORNING,
        lead,
    )
    assert referral_recorded(session, case)
    actions = session.execute(
        select(AuditEntry.action, AuditEntry.detail).where(AuditEntry.case_id == case.id)
    ).all()
    assert [a for a, _ in actions] == ["referral.recorded", "referrals.viewed"]
    assert "Social work" not in str([d for _, d in actions])  # the log names, it does not tell


def test_a_handler_can_neither_read_nor_add_a_referral(session) -> None:
    lead = add_staff(session, "lead@council.example", "safeguarding_lead")
    handler = add_staff(session)
    case = find_case(session, submit_case(session, today=TODAY).reference)
    do_record_referral(
        session, case, lead, today=TODAY, referred_to="Police Scotland", referred_at=MORNING
    )
    with pytest.raises(ReferralsRestricted):
        do_view_referrals(session, case, handler)
    with pytest.raises(ReferralsRestricted):
        do_record_referral(
            session, case, handler, today=TODAY, referred_to="Police", referred_at=MORNING
        )
    assert ReferralsRestricted.status == 403


def test_a_referral_is_never_in_the_case_record(session) -> None:
    lead = add_staff(session, "lead@council.example", "safeguarding_lead")
    case = find_case(session, submit_case(session, today=TODAY).reference)
    do_record_referral(
        session,
        case,
        lead,
        today=TODAY,
        referred_to="Police Scotland",
        referred_at=MORNING,
        notes="Officer 1234",
    )
    text = str(case_record(case))
    assert "Police Scotland" not in text and "Officer 1234" not in text
    assert "referral" not in text.lower()


@pytest.mark.parametrize(
    ("referred_to", "referred_at", "message"),
    [
        ("  ", MORNING, "who the referral went to"),
        ("Police", datetime(2026, 12, 23, 9, 0, tzinfo=timezone.utc), "future"),
        ("Police", datetime(2026, 12, 22, 9, 0), "time zone"),
    ],
)
def test_a_referral_needs_to_whom_and_a_real_time(
    session, referred_to, referred_at, message
) -> None:
    lead = add_staff(session, "lead@council.example", "safeguarding_lead")
    case = find_case(session, submit_case(session, today=TODAY).reference)
    with pytest.raises(InvalidInput, match=message):
        do_record_referral(
            session, case, lead, today=TODAY, referred_to=referred_to, referred_at=referred_at
        )
    assert not referral_recorded(session, case)
