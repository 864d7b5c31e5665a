import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.evidence import EvidenceCheck


def _classified(text: str, ranking: list[tuple[str, float]]) -> Message:
    message = Message({TEXT: text})
    message.set(INTENT, {"name": ranking[0][0], "confidence": ranking[0][1]})
    message.set(INTENT_RANKING_KEY, [{"name": n, "confidence": c} for n, c in ranking])
    return message


@pytest.fixture
def guard() -> EvidenceCheck:
    return EvidenceCheck.create({}, None, None, None)


def test_a_short_confident_command_stays_a_command(guard) -> None:
    ranking = [("pause_complaint", 0.9), ("complain", 0.05)]
    [message] = guard.process([_classified("can i stop for now", ranking)])
    assert message.get(INTENT)["name"] == "pause_complaint"


def test_a_long_story_mentioning_stop_is_an_answer(guard) -> None:
    story = "i want him to stop shouting at me in class and say sorry to me in front of everyone ok"
    ranking = [("pause_complaint", 0.7), ("complain", 0.2)]
    [message] = guard.process([_classified(story, ranking)])
    assert message.get(INTENT)["name"] == "complain"


def test_an_unsure_command_is_an_answer(guard) -> None:
    ranking = [("ask_for_person", 0.4), ("affirm", 0.3)]
    [message] = guard.process([_classified("my teacher", ranking)])
    assert message.get(INTENT)["name"] == "affirm"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I'm her mum", "pause_complaint"),
        ("i want him to stop and say sorry", "pause_complaint"),
        ("my teacher", "ask_for_person"),
        ("no", "withdraw_complaint"),
        ("the bus again", "start_again"),
    ],
)
def test_answers_that_look_like_commands_are_answers(guard, text, intent) -> None:
    [message] = guard.process([_classified(text, [(intent, 0.9), ("complain", 0.05)])])
    assert message.get(INTENT)["name"] == "complain"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can i stop for now", "pause_complaint"),
        ("i have to go, can i finish later", "pause_complaint"),
        ("can i talk to a real person", "ask_for_person"),
        ("are you a robot", "ask_for_person"),
        ("i want to withdraw my complaint", "withdraw_complaint"),
        ("cancel it", "withdraw_complaint"),
        ("start again", "start_again"),
        ("can i start over", "start_again"),
    ],
)
def test_plain_commands_stand(guard, text, intent) -> None:
    [message] = guard.process([_classified(text, [(intent, 0.9), ("complain", 0.05)])])
    assert message.get(INTENT)["name"] == intent


def test_an_unsure_classifier_disclosure_stands_only_if_the_screen_agrees(guard) -> None:
    ranking = [("disclose_risk", 0.68), ("complain", 0.2)]
    [mum] = guard.process([_classified("I'm her mum", ranking)])
    assert mum.get(INTENT)["name"] == "complain"
    [hit] = guard.process([_classified("my dad hits me", ranking)])
    assert hit.get(INTENT)["name"] == "disclose_risk"


def test_a_confident_classifier_disclosure_stands_alone(guard) -> None:
    ranking = [("disclose_risk", 0.93), ("complain", 0.02)]
    [message] = guard.process([_classified("something bad happened at home", ranking)])
    assert message.get(INTENT)["name"] == "disclose_risk"
