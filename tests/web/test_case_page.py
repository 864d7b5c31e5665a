"""The staff case page: the record first, the clock, only the actions the state allows, learning,
child decisions, the transcript; every form posts with CSRF and changes go through handoff."""

import re
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import event, select

from handoff.cases import find_case
from handoff.child_decisions import do_record_capacity_decision
from handoff.conversations import do_record_user_message
from handoff.extensions import do_extend
from handoff.handling import do_acknowledge, do_close_stage, do_escalate_for_complainant
from handoff.learning import do_add_learning_action
from handoff.models import AuditEntry, Case
from handoff.protection import do_protection_handoff
from handoff.safeguarding import screen
from handoff.staff import do_issue_token, find_staff
from handoff.stages import current_stage
from tests.factories import add_staff, submit_case
from tests.web.staff_sign_in import csrf_token, sign_in

RECEIVED = date(2026, 12, 22)
TODAY = date(2026, 12, 23)
HANDLER = "handler@council.example"
LEAD = "lead@council.example"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    for module in ("web.staff.case", "web.staff.handling", "web.staff.referrals"):
        monkeypatch.setattr(f"{module}.today_in_scotland", lambda: TODAY)


def _db(app):
    return app.extensions["tellus"].session_factory.begin()


def _seed(app, **answers) -> str:
    fields = {
        "complainant_role": "child",
        "age_band": "12_15",
        "complainant_name": "Sam",
        "contact_method": "email",
        "contact_detail": "sam@example.org",
        "heads_of_complaint": ["The bus is late every day"],
        "outcomes_sought": ["A bus that comes on time"],
        "adjustments": ["Easy read, please"],
        "involve": ["nobody"],
        "consent_to_proceed": True,
        "consent_tell_parent_carer": False,
    }
    fields.update(answers)
    with _db(app) as session:
        if find_staff(session, HANDLER) is None:
            add_staff(session, HANDLER)
            add_staff(session, LEAD, "safeguarding_lead")
        return submit_case(session, today=RECEIVED, **fields).reference


def _page(client, reference):
    response = client.get(f"/staff/cases/{reference}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _post(client, reference, action, **form):
    page = _page(client, reference)
    return client.post(
        f"/staff/cases/{reference}/{action}", data={"csrf_token": csrf_token(page), **form}
    )


def _case(app, reference) -> Case:
    with _db(app) as session:
        case = find_case(session, reference)
        current_stage(case)  # loaded while the session is open
        return case


def test_the_record_comes_first_and_the_childs_wishes_before_any_contact(client, app) -> None:
    reference = _seed(app)
    sign_in(client, HANDLER)
    page = _page(client, reference)
    order = [
        "Who may be told",
        "Do not tell a parent or carer",
        "The complaint",
        "The bus is late every day",
        "A bus that comes on time",
        "Easy read, please",
        "sam@example.org",
        "Stage and timescale",
        "Handle the case",
        'id="learning"',
        "Decisions about the child",
        "Conversation",
    ]
    positions = [page.index(text) for text in order]
    assert positions == sorted(positions)
    assert "The complainant wants nobody else involved." in page
    assert "12 to 15" in page and "Child or young person" in page


def test_viewing_the_page_is_audited(client, app) -> None:
    reference = _seed(app)
    sign_in(client, HANDLER)
    _page(client, reference)
    with _db(app) as session:
        entries = session.execute(
            select(AuditEntry).where(AuditEntry.action == "case.viewed")
        ).scalars()
        case_id = find_case(session, reference).id
        assert [(e.staff_member.email, e.case_id) for e in entries] == [(HANDLER, case_id)]


def test_every_form_carries_csrf_and_every_field_a_label(client, app) -> None:
    reference = _seed(app)
    sign_in(client, HANDLER)
    page = _page(client, reference)
    forms = re.findall(r"<form\b.*?</form>", page, flags=re.S)
    assert len(forms) > 10
    for form in forms:
        if 'action="/exit"' in form or "quick-exit" in form:
            continue
        assert 'name="csrf_token"' in form, form
        for field_id in re.findall(r'<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"', form):
            assert f'for="{field_id}"' in form, f"{field_id} has no label"


def test_a_post_without_its_csrf_token_changes_nothing(client, app) -> None:
    reference = _seed(app)
    sign_in(client, HANDLER)
    assert client.post(f"/staff/cases/{reference}/claim").status_code == 400
    assert _case(app, reference).assigned_to_id is None


def test_handling_a_case_from_the_page(client, app) -> None:
    reference = _seed(app)
    sign_in(client, HANDLER)

    assert _post(client, reference, "claim").status_code == 302
    page = _page(client, reference)
    assert "The case is assigned to you." in page and "Assign to me" not in page

    _post(client, reference, "acknowledge")
    assert current_stage(_case(app, reference)).acknowledged_on == TODAY

    refused = _post(
        client,
        reference,
        "extend",
        new_due_on="2027-01-04",
        reason="Waiting for records",
        note="We need more time.",
    )
    assert refused.status_code == 400
    assert "2027-01-04 is not a working day." in refused.get_data(as_text=True)
    assert _case(app, reference).due_on == date(2026, 12, 31)

    _post(
        client,
        reference,
        "extend",
        new_due_on="2027-01-08",
        reason="Waiting for records",
        note="We need more time.",
    )
    page = _page(client, reference)
    assert "(extended)" in page and "Waiting for records" in page

    # Upheld with no learning: a reminder, not a refusal.
    prompt = _post(client, reference, "close", outcome="upheld", response="We got it wrong.")
    assert prompt.status_code == 200
    assert "Record what was learned first?" in prompt.get_data(as_text=True)
    assert _case(app, reference).status == "in_progress"
    _post(
        client,
        reference,
        "close",
        outcome="upheld",
        response="We got it wrong.",
        learning_prompt_seen="1",
    )
    case = _case(app, reference)
    assert (case.status, case.outcome) == ("closed", "upheld")

    page = _page(client, reference)
    assert "Take it to Stage 2" in page and "This reopens the case closed at Stage 1." in page
    assert "Close Stage" not in page and "Record the acknowledgement" not in page

    _post(client, reference, "escalate")
    page = _page(client, reference)
    assert "Stage 2: investigation" in page
    assert "Acknowledge by" in page and "(3 working days)" in page
    assert "After your response, these SPSO details will be added:" in page
    assert "0800 377 7330" in page and "Freepost SPSO" in page


def test_learning_and_child_decisions_from_the_page(client, app) -> None:
    reference = _seed(app)
    sign_in(client, HANDLER)
    _post(client, reference, "learning", root_cause="Timetable change not shared.")
    _post(
        client,
        reference,
        "learning-actions",
        description="Share timetable changes with schools.",
        owner="Transport manager",
        due_on="2027-01-29",
    )
    _post(
        client,
        reference,
        "child-decisions/best-interests",
        decision="go on with the complaint",
        against_wish_of="parent_carer",
        reasons="Sam understands the complaint and wants it to go on.",
    )
    page = _page(client, reference)
    assert "Timetable change not shared." in page
    assert "Share timetable changes with schools." in page and "Transport manager" in page
    assert "Sam understands the complaint" in page
    missing_reason = _post(
        client,
        reference,
        "child-decisions/capacity",
        decision="has capacity to make the complaint",
        reasons="",
    )
    assert missing_reason.status_code == 400
    assert "Give the reasons for the decision." in missing_reason.get_data(as_text=True)

    action_id = re.search(r'name="action_id" value="(\d+)"', page).group(1)
    _post(client, reference, "learning-actions/done", action_id=action_id)
    assert "Done on" in _page(client, reference)


def test_overdue_stages_and_actions_say_so_in_words(client, app) -> None:
    reference = _seed(app)
    with _db(app) as session:
        case = find_case(session, reference)
        handler = find_staff(session, HANDLER)
        do_add_learning_action(
            session,
            case,
            handler,
            today=date(2026, 12, 1),
            description="Retrain drivers.",
            owner="Depot",
            due_on=date(2026, 12, 10),
        )
        row = current_stage(case)
        row.due_on = case.due_on = date(2026, 12, 18)  # as if received a week earlier
    sign_in(client, HANDLER)
    page = _page(client, reference)
    # After Fri 18 Dec: Mon 21, Tue 22 and Wed 23 December.
    assert re.search(r'class="overdue">\s*Overdue by 3 working days', page)
    assert "1 learning action is overdue." in page
    assert re.search(r'class="overdue">Overdue<', page)


def _at_state(app, state: str) -> str:
    reference = _seed(app, complainant_role="parent_carer", age_band="unknown")
    with _db(app) as session:
        case = find_case(session, reference)
        handler = find_staff(session, HANDLER)
        if state == "handoff":
            do_protection_handoff(
                session,
                case.live_conversation,
                screen("he hits me every night"),
                now=datetime(2026, 12, 22, 12, tzinfo=timezone.utc),
                recipients=[],
                case_url="http://example.org",
            )
        if state in ("in_progress", "stage_2", "stage_2_closed"):
            do_acknowledge(session, case, handler, today=TODAY)
        if state == "awaiting_complainant":
            case.status = "awaiting_complainant"
        if state in ("stage_1_closed", "stage_2", "stage_2_closed"):
            do_close_stage(session, case, handler, today=TODAY, outcome="resolved", response="Ok.")
        if state in ("stage_2", "stage_2_closed"):
            do_escalate_for_complainant(session, case, handler, today=TODAY)
        if state == "stage_2_closed":
            do_close_stage(session, case, handler, today=TODAY, outcome="upheld", response="Yes.")
        if state == "withdrawn":
            case.status, case.outcome = "withdrawn", "withdrawn"
    return reference


@pytest.mark.parametrize(
    ("state", "shown", "not_shown"),
    [
        ("new", ["Record the acknowledgement", "Assign to me"], ["Take it to Stage 2 at"]),
        ("handoff", ["Safeguarding concern", "refer to child protection now"], []),
        ("in_progress", ["Close Stage 1", "Extend the timescale"], ["Record the acknowledgement"]),
        ("awaiting_complainant", ["Waiting for the complainant"], []),
        ("stage_1_closed", ["Take it to Stage 2", "Response sent at"], ["Extend the timescale"]),
        ("stage_2", ["Close Stage 2", "Earlier stages", "Freepost SPSO"], ["Take it to Stage 2"]),
        ("stage_2_closed", ["www.spso.org.uk/complain/form"], ["Handle the case"]),
        ("withdrawn", ["Withdrawn"], ["Handle the case"]),
    ],
)
def test_the_page_renders_in_every_state(client, app, state, shown, not_shown) -> None:
    reference = _at_state(app, state)
    sign_in(client, HANDLER)
    page = _page(client, reference)
    for text in shown:
        assert text in page, text
    for text in not_shown:
        assert text not in page, text
    assert "The child knows about the complaint" in page  # an adult complaining for a child


def test_a_draft_page_shows_no_clock_and_no_actions(client, app) -> None:
    from handoff.conversations import do_start_conversation
    from tests.factories import new_sender

    _seed(app)
    with _db(app) as session:
        reference = do_start_conversation(session, new_sender(), language="en").case.reference
    sign_in(client, HANDLER)
    page = _page(client, reference)
    assert "no clock is running" in page and "Handle the case" not in page


def test_referrals_are_for_the_lead_and_admins_only(client, app) -> None:
    reference = _seed(app)
    sign_in(client, HANDLER)
    assert client.get(f"/staff/cases/{reference}/safeguarding").status_code == 403
    page = _page(client, reference)
    refused = client.post(
        f"/staff/cases/{reference}/safeguarding",
        data={"csrf_token": csrf_token(page), "referred_to": "Police Scotland"},
    )
    assert refused.status_code == 403
    assert "Safeguarding referrals for this case" not in page
    client.post("/staff/logout", data={"csrf_token": csrf_token(page)})

    sign_in(client, LEAD)
    form = client.get(f"/staff/cases/{reference}/safeguarding")
    assert form.status_code == 200
    recorded = client.post(
        f"/staff/cases/{reference}/safeguarding",
        data={
            "csrf_token": csrf_token(form.get_data(as_text=True)),
            "referred_to": "Police Scotland",
            "referred_on": "2026-12-23",
            "referred_time": "09:15",
            "notes": "Officer 1234 took the call.",
        },
    )
    assert recorded.status_code == 302
    listing = client.get(f"/staff/cases/{reference}/safeguarding").get_data(as_text=True)
    assert "Police Scotland" in listing and "09:15" in listing and "Officer 1234" in listing
    future = client.post(
        f"/staff/cases/{reference}/safeguarding",
        data={
            "csrf_token": csrf_token(listing),
            "referred_to": "Social work",
            "referred_on": "2026-12-24",
            "referred_time": "09:15",
        },
    )
    assert future.status_code == 400
    assert "Safeguarding referrals for this case" in _page(client, reference)
    client.post("/staff/logout", data={"csrf_token": csrf_token(listing)})

    # The handler sees that a referral is recorded, never to whom or what was said.
    sign_in(client, HANDLER)
    page = _page(client, reference)
    assert "A referral to child protection is recorded." in page
    assert "Police Scotland" not in page and "Officer 1234" not in page
    with _db(app) as session:
        token = do_issue_token(session, HANDLER)
    record = client.get(
        f"/api/cases/{reference}", headers={"Authorization": f"Bearer {token}"}
    ).get_data(as_text=True)
    assert "Police Scotland" not in record and "referral" not in record.lower()


def _statements_for_page(app, client, reference) -> int:
    engine = app.extensions["tellus"].session_factory.kw["bind"]
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        _page(client, reference)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(seen)


def _with_history(app, how_many: int) -> str:
    """A case with `how_many` extensions, learning actions, decisions and chat messages."""
    reference = _seed(app)
    with _db(app) as session:
        case = find_case(session, reference)
        handler = find_staff(session, HANDLER)
        do_escalate_for_complainant(session, case, handler, today=TODAY)
        for n in range(how_many):
            do_extend(
                session,
                case,
                handler,
                today=TODAY,
                new_due_on=date(2027, 2, (1, 2, 3, 4, 5, 8, 9, 10)[n]),
                reason=f"Reason {n}",
                note_to_complainant=f"Note {n}",
            )
            do_add_learning_action(
                session,
                case,
                handler,
                today=TODAY,
                description=f"Action {n}",
                owner="Owner",
                due_on=date(2027, 3, 1),
            )
            do_record_capacity_decision(
                session, case, handler, today=TODAY, decision="has capacity", reasons=f"{n}"
            )
            do_record_user_message(session, case.live_conversation, f"Message {n}")
    return reference


# The signed-in user (1); the case, its chats, the member viewing and the messages (4); the
# stages and closure days (2); extensions, assignable staff, learning actions, decisions and
# whether a referral exists (5); the "case.viewed" audit entry (1).
CASE_PAGE_STATEMENTS = 13


def test_the_case_page_runs_the_same_queries_however_long_the_history(client, app) -> None:
    short, long = _with_history(app, 1), _with_history(app, 8)
    sign_in(client, HANDLER)
    _page(client, short)  # warm up anything cached once per process
    assert _statements_for_page(app, client, short) == CASE_PAGE_STATEMENTS
    assert _statements_for_page(app, client, long) == CASE_PAGE_STATEMENTS
