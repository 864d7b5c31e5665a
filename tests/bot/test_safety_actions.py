from bot.actions.safety import ActionSafeguardingHandoff
from handoff.cases import find_case
from handoff.conversations import find_conversation
from handoff.db import make_engine, make_session_factory
from handoff.safeguarding import screen


def test_the_handoff_action_flags_the_case_pauses_and_stops_the_form(
    load_tracker, dispatcher, actions_database
) -> None:
    tracker = load_tracker("form_complete")
    tracker.latest_message["text"] = "i dont want to be alive any more, i saved up pills"

    events = ActionSafeguardingHandoff().run(dispatcher, tracker, {})

    assert [e["event"] for e in events] == ["active_loop", "slot", "pause"]
    assert events[0]["name"] is None
    [message] = dispatcher.messages
    assert "999" in message["text"] and "0800 1111" in message["text"]
    session_factory = make_session_factory(
        make_engine(actions_database.database_url, data_key=actions_database.data_key)
    )
    with session_factory() as session:
        conversation = find_conversation(session, tracker.sender_id)
        case = find_case(session, conversation.case.reference)
        assert conversation.mode == "human"
        assert case.safeguarding_flagged and case.priority == "urgent"
        assert "suicide" in case.safeguarding_categories


def test_a_classifier_only_disclosure_is_still_handed_over(
    load_tracker, dispatcher, actions_database
) -> None:
    tracker = load_tracker("form_complete")
    # Words the screen lets through (checked, so that a model that learns to flag them fails
    # here with the reason, not with a severity): only the bot's reading found the risk.
    text = "i want to talk to a person about something"
    assert not screen(text).flagged
    tracker.latest_message["text"] = text

    ActionSafeguardingHandoff().run(dispatcher, tracker, {})

    session_factory = make_session_factory(
        make_engine(actions_database.database_url, data_key=actions_database.data_key)
    )
    with session_factory() as session:
        case = find_conversation(session, tracker.sender_id).case
        assert (case.safeguarding_flagged, case.safeguarding_severity) == (True, "medium")
