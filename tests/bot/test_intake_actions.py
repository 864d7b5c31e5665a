from datetime import date

from bot.actions import intake
from bot.actions.intake import ActionStartAgain, ActionSubmitComplaint, ValidateComplaintForm
from handoff.cases import find_case
from handoff.db import make_engine, make_session_factory


def test_submit_creates_the_case_and_tells_the_reference(
    load_tracker, dispatcher, actions_database, monkeypatch
) -> None:
    monkeypatch.setattr(intake, "today_in_scotland", lambda: date(2026, 11, 26))
    tracker = load_tracker("form_complete")

    events = ActionSubmitComplaint().run(dispatcher, tracker, {})

    assert events == []
    [message] = dispatcher.messages
    assert message["response"] == "utter_case_created"
    assert message["due_on"] == "Friday, 4 December 2026"
    session_factory = make_session_factory(make_engine(actions_database.database_url))
    with session_factory() as session:
        case = find_case(session, message["reference"])
        assert case.summary == "The swimming pool shut early three times and nobody told us."
        assert (case.contact_method, case.status) == ("email", "new")
        assert case.conversation.sender_id == "tracker-fixture-0001"
        assert len(message["status_code"]) == 6


def test_contact_method_is_normalised_or_asked_again(load_tracker, dispatcher) -> None:
    tracker = load_tracker("form_complete")
    validator = ValidateComplaintForm()

    assert validator.validate_contact_method("txt me", dispatcher, tracker, {}) == {
        "contact_method": "text"
    }
    assert dispatcher.messages == []

    assert validator.validate_contact_method("dunno", dispatcher, tracker, {}) == {
        "contact_method": None
    }
    assert dispatcher.messages[-1]["response"] == "utter_contact_method_not_understood"


def test_start_again_clears_the_answers(load_tracker, dispatcher) -> None:
    events = ActionStartAgain().run(dispatcher, load_tracker("form_complete"), {})
    assert events == [{"event": "reset_slots", "timestamp": None}]
