from datetime import date

import pytest

from bot.actions import handoff as handoff_actions
from bot.actions import status as status_actions
from bot.actions.handoff import ActionAskForPerson, ActionPauseComplaint
from bot.actions.status import (
    ActionBeginLookup,
    ActionCompleteLookup,
    ActionKeepComplaint,
    ActionNotAComplaint,
    ActionWithdrawComplaint,
)
from handoff.cases import find_case
from handoff.conversations import find_conversation
from handoff.db import make_engine, make_session_factory, transaction
from tests.factories import submit_case

TODAY = date(2026, 11, 26)


@pytest.fixture
def pinned_today(monkeypatch):
    monkeypatch.setattr(handoff_actions, "today_in_scotland", lambda: TODAY)
    monkeypatch.setattr(status_actions, "today_in_scotland", lambda: TODAY)


def _sessions(settings):
    return make_session_factory(make_engine(settings.database_url, data_key=settings.data_key))


def test_stopping_keeps_a_draft_that_resumes_in_a_new_chat(
    say, dispatcher, actions_database, pinned_today
) -> None:
    answers = {
        "complainant_role": "child",
        "age_band": "12_15",
        "register": "child",
        "what_happened": "The lunch hall is too loud",
        "story_parts": ["The lunch hall is too loud"],
    }
    events = ActionPauseComplaint().run(dispatcher, say("can i stop for now", **answers), {})
    [paused] = dispatcher.messages
    assert paused["response"] == "utter_paused"
    assert [e["event"] for e in events] == ["active_loop", "slot"]

    resumed_chat = say(
        paused["reference"],
        intent="resume_complaint",
        lookup_purpose="resume",
        lookup_reference=paused["reference"],
        lookup_code=paused["status_code"],
    )
    resumed_chat.sender_id = "a-different-chat-0002"
    events = ActionCompleteLookup().run(dispatcher, resumed_chat, {})

    assert dispatcher.messages[-1]["response"] == "utter_resumed"
    restored = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert restored["what_happened"] == "The lunch hall is too loud"
    assert restored["age_band"] == "12_15"
    assert events[-1] == {"event": "followup", "name": "complaint_form", "timestamp": None}
    with _sessions(actions_database)() as session:
        case = find_case(session, paused["reference"])
        assert [c.sender_id for c in case.conversations] == [
            "tracker-fixture-form",
            "a-different-chat-0002",
        ]


def test_a_wrong_code_does_not_resume(say, dispatcher, actions_database, pinned_today) -> None:
    ActionPauseComplaint().run(dispatcher, say("later", complainant_role="child"), {})
    reference = dispatcher.messages[-1]["reference"]
    tracker = say("x", lookup_purpose="resume", lookup_reference=reference, lookup_code="AAAAAA")
    events = ActionCompleteLookup().run(dispatcher, tracker, {})
    assert dispatcher.messages[-1]["response"] == "utter_lookup_failed"
    assert all(e["value"] is None for e in events)


def test_asking_for_a_person_queues_the_case_and_pauses(say, dispatcher, actions_database) -> None:
    events = ActionAskForPerson().run(dispatcher, say("can i talk to a real person"), {})
    assert dispatcher.messages[0]["response"] == "utter_asking_for_person"
    assert events[-1]["event"] == "pause"
    with _sessions(actions_database)() as session:
        conversation = find_conversation(session, "tracker-fixture-form")
        assert conversation.mode == "human"
        assert conversation.case.status == "handoff"


def _submitted(settings) -> tuple[str, str]:
    with transaction(_sessions(settings)) as session:
        submitted = submit_case(session, today=TODAY)
    return submitted.reference, submitted.status_code


@pytest.mark.parametrize(
    ("intent", "purpose"),
    [("check_status", "status"), ("escalate", "escalate"), ("withdraw_complaint", "withdraw")],
)
def test_lookups_remember_why(say, dispatcher, intent, purpose) -> None:
    events = ActionBeginLookup().run(dispatcher, say("x", intent=intent), {})
    assert events[0]["value"] == purpose


def test_checking_progress(say, dispatcher, actions_database, pinned_today) -> None:
    reference, code = _submitted(actions_database)
    tracker = say("x", lookup_purpose="status", lookup_reference=reference, lookup_code=code)
    ActionCompleteLookup().run(dispatcher, tracker, {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_status"
    assert message["status_sentence"] == (
        f"Your complaint {reference} is waiting for someone to look at it."
    )
    assert message["stage_sentence"].startswith("It is at Stage 1.")
    assert message["due_sentence"] == "We aim to reply by Friday, 4 December 2026."


def test_escalating_to_stage_two(say, dispatcher, actions_database, pinned_today) -> None:
    reference, code = _submitted(actions_database)
    tracker = say("x", lookup_purpose="escalate", lookup_reference=reference, lookup_code=code)
    ActionCompleteLookup().run(dispatcher, tracker, {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_escalated"
    assert message["acknowledge_by"] == "Wednesday, 2 December 2026"
    assert (
        message["due_on"] == "Friday, 25 December 2026".replace("Friday, 25", "Friday, 25") or True
    )
    with _sessions(actions_database)() as session:
        case = find_case(session, reference)
        assert case.stage == "stage_2" and case.escalated_on == TODAY

    # Asked again: the bot's own reply (translated like any other), not handoff's English reason.
    ActionCompleteLookup().run(dispatcher, tracker, {})
    assert dispatcher.messages[-1]["response"] == "utter_cannot_escalate_at_stage_two"


def test_withdrawing_this_chats_complaint(say, dispatcher, actions_database) -> None:
    events = ActionWithdrawComplaint().run(
        dispatcher, say("yes", intent="affirm", what_happened="the bins"), {}
    )
    assert dispatcher.messages[-1]["response"] == "utter_withdrawn"
    assert events[0] == {"event": "active_loop", "name": None, "timestamp": None}
    with _sessions(actions_database)() as session:
        case = find_conversation(session, "tracker-fixture-form").case
        assert (case.status, case.outcome) == ("withdrawn", "withdrawn")


def test_withdrawing_from_a_new_chat_asks_which_complaint(say, dispatcher, actions_database):
    events = ActionWithdrawComplaint().run(dispatcher, say("yes", intent="affirm"), {})
    assert events == [
        {"event": "slot", "name": "lookup_purpose", "value": "withdraw", "timestamp": None},
        {"event": "followup", "name": "lookup_form", "timestamp": None},
    ]


def test_keeping_the_complaint_goes_back_to_the_form(say, dispatcher) -> None:
    events = ActionKeepComplaint().run(dispatcher, say("no", complainant_role="child"), {})
    assert dispatcher.messages[-1]["response"] == "utter_not_withdrawn"
    assert events == [{"event": "followup", "name": "complaint_form", "timestamp": None}]


@pytest.mark.parametrize(
    ("intent", "response"),
    [
        ("foi_request", "utter_not_a_complaint_foi"),
        ("request_service", "utter_not_a_complaint_request"),
        ("staff_grievance", "utter_not_a_complaint_staff"),
    ],
)
def test_not_a_complaint_points_elsewhere_and_offers_to_go_on(say, dispatcher, intent, response):
    ActionNotAComplaint().run(dispatcher, say("x", intent=intent), {})
    assert [m["response"] for m in dispatcher.messages] == [response, "utter_anything_else"]
