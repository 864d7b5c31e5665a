from datetime import date

from bot.actions import intake
from bot.actions.intake import (
    ActionAskContactDetail,
    ActionAskHeadsConfirmed,
    ActionChangeAnswer,
    ActionReadSummary,
    ActionStartAgain,
    ActionStartComplaint,
    ActionSubmitComplaint,
    parse_section,
)
from handoff.cases import find_case
from handoff.db import make_engine, make_session_factory

COMPLETE = {
    "complainant_role": "child",
    "register": "child",
    "age_band": "12_15",
    "complainant_name": "Jo",
    "story_parts": ["The pool shut early three times.", "Nobody told us why."],
    "what_happened": "The pool shut early three times.\nNobody told us why.",
    "when_where": "October, Kirkton pool",
    "service_area": "leisure",
    "urgency": "none",
    "heads_of_complaint": ["The pool shut early three times", "Nobody told us why"],
    "outcomes_sought": ["Keep to the opening times"],
    "contact_method": "text",
    "contact_detail": "07700 900123",
    "best_time": "after school",
    "involve": ["parent_carer"],
    "preferred_staff": "skipped",
    "adjustments": ["large_text"],
    "wants_advocate": "no",
    "consent_to_proceed": "yes",
    "consent_tell_parent_carer": "yes",
}


def _session_factory(settings):
    return make_session_factory(make_engine(settings.database_url, data_key=settings.data_key))


def test_a_story_in_the_first_message_is_kept(say, dispatcher) -> None:
    tracker = say("the school bus left without me again and i missed my exam")
    events = ActionStartComplaint().run(dispatcher, tracker, {})
    assert {e["name"]: e["value"] for e in events} == {
        "what_happened": "the school bus left without me again and i missed my exam",
        "story_parts": ["the school bus left without me again and i missed my exam"],
    }
    assert ActionStartComplaint().run(dispatcher, say("i want to make a complaint"), {}) == []


def test_heads_are_read_back_numbered(say, dispatcher) -> None:
    tracker = say("", heads_of_complaint=["The bus is late", "The driver is rude"])
    ActionAskHeadsConfirmed().run(dispatcher, tracker, {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_heads_readback"
    assert message["heads_list"] == "1. The bus is late\n2. The driver is rude"


def test_the_contact_question_follows_the_method(say, dispatcher) -> None:
    for method, response in [
        ("text", "utter_ask_contact_mobile"),
        ("letter", "utter_ask_contact_address"),
        ("via_trusted_adult", "utter_ask_contact_trusted_adult"),
    ]:
        ActionAskContactDetail().run(dispatcher, say("", contact_method=method), {})
        assert dispatcher.messages[-1]["response"] == response


def test_the_summary_is_read_back_in_the_register(say, dispatcher) -> None:
    events = ActionReadSummary().run(dispatcher, say("", **COMPLETE), {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_confirm_summary"
    text = message["summary_text"]
    assert "You are unhappy that:" in text and "2. Nobody told us why" in text
    assert "We will send a text message to 07700 900123." in text
    assert events == [{"event": "slot", "name": "summary_text", "value": text, "timestamp": None}]

    adult = say("", **{**COMPLETE, "register": "adult"})
    ActionReadSummary().run(dispatcher, adult, {})
    assert "Your complaint is that:" in dispatcher.messages[-1]["summary_text"]


def test_submit_creates_the_whole_case(say, dispatcher, actions_database, monkeypatch) -> None:
    monkeypatch.setattr(intake, "today_in_scotland", lambda: date(2026, 11, 26))
    tracker = say("/affirm", intent="affirm", summary_text="(shown)", **COMPLETE)

    events = ActionSubmitComplaint().run(dispatcher, tracker, {})

    created, next_steps = dispatcher.messages
    assert created["response"] == "utter_case_created"
    assert created["due_on"] == "Friday, 4 December 2026"
    assert next_steps["response"] == "utter_next_steps"
    assert events[-1]["name"] == "summary_text" and events[-1]["value"] is None
    with _session_factory(actions_database)() as session:
        case = find_case(session, created["reference"])
        assert (case.complainant_role, case.age_band, case.complainant_name) == (
            "child",
            "12_15",
            "Jo",
        )
        assert case.summary == "The pool shut early three times.\nNobody told us why."
        assert (case.service_area, case.contact_method, case.contact_detail) == (
            "leisure",
            "text",
            "07700 900123",
        )
        assert case.involve == ["parent_carer"] and case.adjustments == ["large_text"]
        assert case.preferred_staff is None  # skipped is not a name
        assert case.consent_to_proceed is True and case.wants_advocate is False
        assert case.child_friendly is True and case.priority == "normal"


def test_submit_without_a_shown_summary_does_nothing(say, dispatcher, actions_database) -> None:
    ActionSubmitComplaint().run(dispatcher, say("yes", intent="affirm", **COMPLETE), {})
    assert dispatcher.messages[-1]["response"] == "utter_default"


def test_start_again_clears_answers_but_keeps_the_register(say, dispatcher) -> None:
    events = ActionStartAgain().run(dispatcher, say("", register="adult"), {})
    assert events[0]["event"] == "reset_slots"
    assert events[1]["name"] == "register" and events[1]["value"] == "adult"


def test_changing_one_part_clears_only_that_part(say, dispatcher) -> None:
    tracker = say("", section_to_change="contact", **COMPLETE)
    events = ActionChangeAnswer().run(dispatcher, tracker, {})
    cleared = {e["name"] for e in events if e["event"] == "slot" and e["value"] is None}
    assert {"contact_method", "contact_detail", "best_time"} <= cleared
    assert "what_happened" not in cleared


def test_sections_in_peoples_words() -> None:
    assert parse_section("what happened") == "story"
    assert parse_section("my phone number is wrong") == "contact"
    assert parse_section("who is involved") == "involve"
    assert parse_section("start again") == "everything"
    assert parse_section("banana") is None


GATEWAY_LANGUAGE = {"entity": "language", "value": "en", "extractor": "ConversationLanguage"}


def test_a_language_button_is_kept_and_a_request_offers_choices(say, dispatcher) -> None:
    from bot.actions.intake import ActionChangeLanguage

    tracker = say('/change_language{"language": "pl"}', intent="change_language")
    tracker.latest_message["entities"] = [
        {"entity": "language", "value": "pl", "extractor": "RegexMessageHandler"}
    ]
    events = ActionChangeLanguage().run(dispatcher, tracker, {})
    assert events == [{"event": "slot", "name": "language", "value": "pl", "timestamp": None}]
    # Said in the new language already, though the slot changes only after this action.
    assert dispatcher.messages[-1]["response"] == "utter_language_changed"
    assert dispatcher.messages[-1]["language"] == "pl"

    # In words, with only the page's own language on the message: the buttons are offered.
    asked = say("can we speak polish", intent="change_language")
    asked.latest_message["entities"] = [GATEWAY_LANGUAGE]
    assert ActionChangeLanguage().run(dispatcher, asked, {}) == []
    assert dispatcher.messages[-1]["response"] == "utter_choose_language"


def test_starting_again_keeps_the_language(say, dispatcher) -> None:
    events = ActionStartAgain().run(dispatcher, say("", language="uk"), {})
    assert {"event": "slot", "name": "language", "value": "uk", "timestamp": None} in events
