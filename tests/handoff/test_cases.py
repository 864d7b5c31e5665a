from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from handoff.cases import check_status_request, find_case, queue
from handoff.conversations import do_start_conversation
from handoff.errors import InvalidInput, NotFound
from handoff.intake import IntakeAnswers, do_submit_intake
from handoff.models import Case
from handoff.records import case_record
from tests.factories import new_sender, submit_case


def test_submitting_turns_the_draft_into_a_new_stage_one_case(session) -> None:
    sender = new_sender()
    draft = do_start_conversation(session, sender, language="en").case
    assert draft.status == "draft"

    submitted = do_submit_intake(
        session,
        sender_id=sender,
        answers=IntakeAnswers(
            summary="  The lift is broken again. ",
            contact_method="email",
            contact_detail="mum@example.org",
            age_band="12_15",
        ),
        today=date(2026, 11, 26),
    )

    case = find_case(session, submitted.reference)
    assert case.id == draft.id
    assert (case.status, case.stage, case.summary) == (
        "new",
        "stage_1",
        "The lift is broken again.",
    )
    assert case.received_on == date(2026, 11, 26)
    assert case.due_on == date(2026, 12, 4)
    assert case.child_friendly is True
    assert case.status_code_hash and submitted.status_code not in case.status_code_hash


def test_a_record_in_the_contract_shape_with_unknowns_not_guessed(session) -> None:
    submitted = submit_case(session)
    record = case_record(find_case(session, submitted.reference))
    assert record["complainant"] == {"role": "unknown", "age_band": "unknown", "name": None}
    assert record["service_area"] == "unknown"
    assert record["communication"]["method"] == "chat"
    assert record["consent"] == {
        "to_proceed": None,
        "tell_parent_carer": None,
        "child_knows": None,
        "child_wants_complaint": None,
    }
    assert record["safeguarding"]["flagged"] is False
    assert set(record) >= {
        "reference",
        "created_at",
        "updated_at",
        "channel",
        "language",
        "complainant",
        "child_friendly",
        "service_area",
        "organisation",
        "summary",
        "heads_of_complaint",
        "outcomes_sought",
        "communication",
        "consent",
        "safeguarding",
        "priority",
        "stage",
        "status",
        "outcome",
        "received_on",
        "due_on",
        "assigned_to",
        "transcript",
    }


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"summary": "   "}, "description"),
        ({"summary": "x", "contact_method": "pigeon"}, "contact_method"),
        ({"summary": "x", "age_band": "7"}, "age_band"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_written(session, answers, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        do_submit_intake(
            session,
            sender_id=new_sender(),
            answers=IntakeAnswers(**answers),
            today=date(2026, 11, 26),
        )
    assert session.query(Case).count() == 0


def test_the_database_refuses_values_outside_the_vocabulary(session) -> None:
    session.add(Case(reference="TU-AAAA-AAAA", priority="whenever"))
    with pytest.raises(IntegrityError):
        session.flush()


def test_queue_puts_safeguarding_first_then_priority_then_due_date(session) -> None:
    later = submit_case(session, today=date(2026, 3, 9))
    sooner = submit_case(session, today=date(2026, 3, 2))
    high = submit_case(session, today=date(2026, 3, 10))
    flagged = submit_case(session, today=date(2026, 3, 11))
    find_case(session, high.reference).priority = "high"
    find_case(session, flagged.reference).safeguarding_flagged = True
    do_start_conversation(session, new_sender(), language="en")  # a draft stays out of the queue
    session.flush()

    order = [case.reference for case in queue(session)]
    assert order == [flagged.reference, high.reference, sooner.reference, later.reference]


def test_status_check_needs_both_halves_and_gives_no_hint(session) -> None:
    submitted = submit_case(session)
    found = check_status_request(session, submitted.reference.lower(), submitted.status_code)
    assert found.reference == submitted.reference

    with pytest.raises(NotFound) as wrong_code:
        check_status_request(session, submitted.reference, "AAAAAA")
    with pytest.raises(NotFound) as wrong_reference:
        check_status_request(session, "TU-AAAA-AAAA", submitted.status_code)
    assert wrong_code.value.message == wrong_reference.value.message


def test_withdrawn_and_closed_cases_leave_the_queue(session) -> None:
    from handoff.cases import do_withdraw

    kept = submit_case(session)
    gone = submit_case(session)
    do_withdraw(session, find_case(session, gone.reference))
    assert [c.reference for c in queue(session)] == [kept.reference]
    with pytest.raises(InvalidInput):
        do_withdraw(session, find_case(session, gone.reference))


def test_escalation_to_stage_two_and_its_limits(session) -> None:
    from handoff.cases import do_escalate

    submitted = submit_case(session, today=date(2026, 3, 2))
    case = find_case(session, submitted.reference)
    escalation = do_escalate(session, case, today=date(2026, 3, 9))
    assert (case.stage, case.status) == ("stage_2", "new")
    assert escalation.acknowledge_by == date(2026, 3, 12)
    assert escalation.due_on == date(2026, 4, 7)  # Good Friday off; Easter Monday worked
    with pytest.raises(InvalidInput, match="SPSO"):
        do_escalate(session, case, today=date(2026, 3, 10))

    late = find_case(session, submit_case(session, today=date(2026, 1, 5)).reference)
    late.closed_on = date(2026, 1, 9)
    with pytest.raises(InvalidInput, match="2 months"):
        do_escalate(session, late, today=date(2026, 3, 20))


def test_a_withdrawal_is_kept_on_its_stages_history(session) -> None:
    from handoff.cases import do_withdraw
    from handoff.stages import current_stage

    case = find_case(session, submit_case(session, today=date(2026, 3, 2)).reference)
    do_withdraw(session, case, today=date(2026, 3, 4))
    row = current_stage(case)
    assert (row.outcome, row.closed_on, case.closed_on) == (
        "withdrawn",
        date(2026, 3, 4),
        date(2026, 3, 4),
    )


def test_priority_comes_from_time_vulnerability_and_public_interest(session) -> None:
    from handoff.intake import IntakeAnswers

    assert IntakeAnswers(summary="the bus is late").priority == "normal"
    assert IntakeAnswers(summary="the bus is late", urgency="exam on monday").priority == "high"
    one_reason = IntakeAnswers(summary="the bus is late", age_band="under_12")
    assert one_reason.priority == "normal"
    two = IntakeAnswers(summary="the bus leaves all the children behind", age_band="under_12")
    assert two.priority == "high"
    assert two.priority_reasons == [
        "vulnerable: a child under 12",
        "public interest: others are affected",
    ]
    submitted = submit_case(session, summary="the ramp is broken for everyone", adjustments=["BSL"])
    case = find_case(session, submitted.reference)
    assert case.priority == "high"
    assert case.priority_reason.startswith("vulnerable: asked for support")
