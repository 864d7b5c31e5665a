from datetime import datetime, timedelta, timezone

from handoff import audit
from handoff.audit_search import AuditFilters, audit_page
from handoff.cases import find_case
from tests.factories import add_staff, submit_case

START = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


def _entry(session, minute, action, *, member=None, case=None):
    entry = audit.record(
        session,
        staff_member_id=member.id if member else None,
        action=action,
        case=case,
        detail={"n": minute},
    )
    entry.at = START + timedelta(minutes=minute)
    session.flush()


def test_newest_first_a_page_at_a_time(session) -> None:
    for minute in range(5):
        _entry(session, minute, "staff.login")

    first = audit_page(session, AuditFilters(), per_page=2)
    assert [row.detail["n"] for row in first.rows] == [4, 3]
    assert first.has_next
    last = audit_page(session, AuditFilters(), page=3, per_page=2)
    assert [row.detail["n"] for row in last.rows] == [0]
    assert not last.has_next


def test_filters_by_who_which_case_and_what(session) -> None:
    handler = add_staff(session)
    admin = add_staff(session, email="admin@council.example", role="admin")
    case = find_case(session, submit_case(session).reference)
    _entry(session, 1, "case.viewed", member=handler, case=case)
    _entry(session, 2, "case.replied", member=handler, case=case)
    _entry(session, 3, "staff.added", member=admin)
    _entry(session, 4, "casework.other", member=admin)

    def minutes(**filters):
        return [row.detail["n"] for row in audit_page(session, AuditFilters(**filters)).rows]

    assert minutes(staff_email=" Handler@Council.Example ") == [2, 1]
    assert minutes(reference=case.reference.lower().replace("-", " ")) == [2, 1]
    assert minutes(action="case.") == [2, 1]  # the start of an action, "casework" is not in it
    assert minutes(action="staff.added", staff_email="admin@council.example") == [3]
    assert minutes(action="100%_") == []
    row = audit_page(session, AuditFilters(action="case.viewed")).rows[0]
    assert (row.staff_email, row.reference) == (handler.email, case.reference)
