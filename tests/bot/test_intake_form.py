"""The complaint form's questions and validators, with trackers as the action server gets them."""

import asyncio

import pytest

from bot.actions.intake_form import ValidateComplaintForm

form = ValidateComplaintForm()


def required(tracker) -> list[str]:
    return asyncio.run(form.required_slots([], None, tracker, {}))


def test_questions_follow_who_is_complaining(say) -> None:
    child = required(say("", complainant_role="child"))
    assert "age_band" in child and "child_knows" not in child
    assert "consent_tell_parent_carer" in child

    parent = required(say("", complainant_role="parent_carer"))
    assert "age_band" not in parent and "child_knows" in parent
    assert "child_wants_complaint" not in parent
    assert "child_wants_complaint" in required(
        say("", complainant_role="parent_carer", child_knows="yes")
    )

    neighbour = required(say("", complainant_role="other_adult"))
    assert "about_child" in neighbour and "child_knows" not in neighbour
    assert "consent_tell_parent_carer" not in neighbour


def test_questions_follow_the_contact_method_and_advocacy(say) -> None:
    assert "contact_detail" not in required(say("", contact_method="chat"))
    assert "best_time" not in required(say("", contact_method="chat"))
    assert {"contact_detail", "best_time"} <= set(required(say("", contact_method="email")))
    assert "wants_advocate" not in required(say("", involve=["advocate"]))
    assert "head_to_add" in required(say("", heads_edit="add"))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("I'm a child or young person", {"complainant_role": "child", "register": "child"}),
        ("im 13", {"complainant_role": "child", "register": "child", "age_band": "12_15"}),
        ("I'm her mum", {"complainant_role": "parent_carer", "register": "adult"}),
        ("I work with children", {"complainant_role": "professional", "register": "adult"}),
        ("helping a young person", {"complainant_role": "advocate", "register": "adult"}),
    ],
)
def test_who_is_complaining_in_their_words(say, dispatcher, typed, expected) -> None:
    result = form.validate_complainant_role(typed, dispatcher, say(typed), {})
    assert result == expected


def test_unclear_answers_are_asked_again_twice_then_buttons_then_moved_past(
    say, dispatcher
) -> None:
    reasks: dict = {}
    outcomes = []
    for _ in range(4):
        result = form.validate_complainant_role(
            "purple", dispatcher, say("purple", reasks=reasks), {}
        )
        reasks = result["reasks"]
        outcomes.append(result["complainant_role"])
    assert outcomes == [None, None, None, "unknown"]
    responses = [m["response"] for m in dispatcher.messages]
    assert responses == [
        "utter_not_understood",
        "utter_not_understood",
        "utter_use_buttons_or_person",
    ]


def test_what_does_that_mean_is_answered_in_place(say, dispatcher) -> None:
    domain = {"responses": {"utter_explain_age_band": [{"text": "..."}]}}
    tracker = say("what does that mean", intent="explain", confidence=0.9)
    assert form.validate_age_band("what does that mean", dispatcher, tracker, domain) == {
        "age_band": None
    }
    assert dispatcher.messages[-1]["response"] == "utter_explain_age_band"

    rude = say("ur useless", intent="rude", confidence=0.9)
    assert form.validate_age_band("ur useless", dispatcher, rude, {}) == {"age_band": None}
    assert dispatcher.messages[-1]["response"] == "utter_rude_reply"


def test_another_language_can_be_chosen_in_the_middle_of_the_form(say, dispatcher) -> None:
    asked = say("can we speak polish", intent="change_language", confidence=0.9)
    asked.latest_message["entities"] = [
        {"entity": "language", "value": "en", "extractor": "ConversationLanguage"}
    ]
    assert form.validate_age_band("can we speak polish", dispatcher, asked, {}) == {
        "age_band": None
    }
    assert dispatcher.messages[-1]["response"] == "utter_choose_language"

    payload = '/change_language{"language": "pl"}'
    pressed = say(payload, intent="change_language", confidence=1.0)
    pressed.latest_message["entities"] = [
        {"entity": "language", "value": "pl", "extractor": "RegexMessageHandler"}
    ]
    assert form.validate_age_band(payload, dispatcher, pressed, {}) == {"age_band": None}
    assert dispatcher.messages[-1]["response"] == "utter_language_changed"
    assert dispatcher.messages[-1]["language"] == "pl"
    # Not taken as an answer anywhere, not even as one more thing they are unhappy about.
    assert form.validate_head_to_add(payload, dispatcher, pressed, {}) == {"head_to_add": None}


def test_an_adult_who_first_said_young_person_is_spoken_to_as_an_adult(say, dispatcher) -> None:
    result = form.validate_age_band("I'm 34", dispatcher, say("I'm 34"), {})
    assert result == {"age_band": "adult", "complainant_role": "other_adult", "register": "adult"}


@pytest.mark.parametrize(
    ("typed", "intent", "expected"),
    [("yes", "affirm", "yes"), ("naw", "deny", "no"), ("dunno", "not_sure", "unsure")],
)
def test_yes_no_questions(say, dispatcher, typed, intent, expected) -> None:
    tracker = say(typed, intent=intent)
    assert form.validate_child_knows(typed, dispatcher, tracker, {}) == {"child_knows": expected}


def test_names_are_names(say, dispatcher) -> None:
    assert form.validate_complainant_name("call me jo", dispatcher, say("call me jo"), {}) == {
        "complainant_name": "Jo"
    }
    assert form.validate_complainant_name("skip", dispatcher, say("skip", intent="skip"), {}) == {
        "complainant_name": "skipped"
    }
    sentence = "an appointment date and an explanation"
    assert (
        form.validate_complainant_name(sentence, dispatcher, say(sentence), {})["complainant_name"]
        is None
    )


def test_the_story_builds_over_several_messages_and_becomes_heads(say, dispatcher) -> None:
    first = "My teacher shouts at me in maths."
    result = form.validate_what_happened(first, dispatcher, say(first), {})
    assert result["story_parts"] == [first] and result["service_area"] == "education"

    more = "and she gave me detention for nothing"
    result = form.validate_story_done(more, dispatcher, say(more, story_parts=[first]), {})
    assert result["story_done"] is None
    assert result["story_parts"] == [first, more]

    done = form.validate_story_done(
        "that's everything", dispatcher, say("that's everything", story_parts=[first, more]), {}
    )
    assert done["story_done"] == "yes"
    assert done["heads_of_complaint"] == [
        "My teacher shouts at me in maths",
        "And she gave me detention for nothing",
    ]


def test_a_yes_to_anything_else_invites_more(say, dispatcher) -> None:
    result = form.validate_story_done("yes", dispatcher, say("yes", intent="affirm"), {})
    assert result == {"story_done": None}
    assert dispatcher.messages[-1]["response"] == "utter_go_on"


def test_another_organisation_is_named_kindly(say, dispatcher) -> None:
    text = "the police took my phone at school and never gave it back"
    result = form.validate_what_happened(text, dispatcher, say(text), {})
    assert result["organisation"] == "Police Scotland"
    assert dispatcher.messages[-1]["response"] == "utter_other_organisation"


def test_heads_can_be_confirmed_added_removed_or_corrected(say, dispatcher) -> None:
    heads = ["The bus is late", "The driver is rude"]
    yes = form.validate_heads_confirmed("yes", dispatcher, say("yes", heads_of_complaint=heads), {})
    assert yes == {"heads_confirmed": "yes", "heads_edit": None}
    add = form.validate_heads_confirmed("add something", dispatcher, say("add something"), {})
    assert add["heads_edit"] == "add"
    remove = form.validate_heads_confirmed("take one out", dispatcher, say("take one out"), {})
    assert remove["heads_edit"] == "remove"
    fix = "also they never answered my email"
    corrected = form.validate_heads_confirmed(
        fix, dispatcher, say(fix, heads_of_complaint=heads), {}
    )
    assert corrected["heads_of_complaint"] == [*heads, fix]

    removed = form.validate_head_to_remove("2", dispatcher, say("2", heads_of_complaint=heads), {})
    assert removed["heads_of_complaint"] == ["The bus is late"]
    added = form.validate_head_to_add(
        "no bus shelter", dispatcher, say("no bus shelter", heads_of_complaint=heads), {}
    )
    assert added["heads_of_complaint"] == [*heads, "no bus shelter"]


def test_outcomes_come_with_what_a_complaint_can_do(say, dispatcher) -> None:
    text = "an apology and the pool open on time"
    assert form.validate_outcomes_sought(text, dispatcher, say(text), {}) == {
        "outcomes_sought": [text]
    }
    assert dispatcher.messages[-1]["response"] == "utter_what_a_complaint_can_do"


@pytest.mark.parametrize(
    ("method", "typed", "expected"),
    [
        ("email", "its Jo.Smith@Example.org thanks", "jo.smith@example.org"),
        ("phone", "+44 7700 900123", "07700 900123"),
        ("phone", "0131 496 0000", "0131 496 0000"),
        ("text", "07700900123", "07700 900123"),
        ("letter", "12 High Street, Kirkton, KT1 2AB", "12 High Street, Kirkton, KT1 2AB"),
        ("in_person", "call me on 07700 900123", "07700 900123"),
    ],
)
def test_contact_details_are_checked_for_the_method(say, dispatcher, method, typed, expected):
    tracker = say(typed, contact_method=method)
    assert (
        form.validate_contact_detail(typed, dispatcher, tracker, {})["contact_detail"] == expected
    )


@pytest.mark.parametrize(
    ("method", "typed"),
    [
        ("email", "jo at example"),
        ("text", "0131 496 0000"),
        ("phone", "12345"),
        ("letter", "my house"),
    ],
)
def test_wrong_contact_details_are_asked_again(say, dispatcher, method, typed) -> None:
    tracker = say(typed, contact_method=method)
    assert form.validate_contact_detail(typed, dispatcher, tracker, {})["contact_detail"] is None
    assert dispatcher.messages[-1]["response"] == "utter_not_understood"


def test_skipping_the_contact_detail_falls_back_to_this_chat(say, dispatcher) -> None:
    tracker = say("skip", intent="skip", contact_method="email")
    result = form.validate_contact_detail("skip", dispatcher, tracker, {})
    assert result == {"contact_detail": "skipped", "contact_method": "chat"}


def test_who_to_involve_and_adjustments(say, dispatcher) -> None:
    typed = "my gran and my guidance teacher"
    assert form.validate_involve(typed, dispatcher, say(typed), {}) == {
        "involve": ["parent_carer", "trusted_adult"]
    }
    assert form.validate_involve("nobody", dispatcher, say("nobody"), {}) == {"involve": ["nobody"]}
    typed = "i'm dyslexic and need more time"
    assert form.validate_adjustments(typed, dispatcher, say(typed), {}) == {
        "adjustments": ["reading_help", "more_time"]
    }
    assert form.validate_adjustments(
        "no thanks", dispatcher, say("no thanks", intent="deny"), {}
    ) == {"adjustments": []}


def test_a_story_told_at_the_name_question_is_kept_as_the_story(say, dispatcher) -> None:
    story = "He was excluded from school for three days and nobody explained why"
    result = form.validate_complainant_name(story, dispatcher, say(story), {})
    assert result["complainant_name"] == "skipped"
    assert result["what_happened"] == story and result["service_area"] == "education"


@pytest.mark.parametrize("typed", ["no", "nah", "rather not", "skip"])
def test_no_is_not_a_name(say, dispatcher, typed) -> None:
    result = form.validate_complainant_name(typed, dispatcher, say(typed), {})
    assert result["complainant_name"] in (None, "skipped")


def test_a_longer_yes_to_anything_else_still_invites_more(say, dispatcher) -> None:
    result = form.validate_story_done("yes that is right", dispatcher, say("yes that is right"), {})
    assert result == {"story_done": None}


@pytest.mark.parametrize("typed", ["No preference", "doesn't matter", "anyone is fine"])
def test_no_preferred_member_of_staff(say, dispatcher, typed) -> None:
    result = form.validate_preferred_staff(typed, dispatcher, say(typed), {})
    assert result == {"preferred_staff": "skipped"}
