"""The NLU component on its own, as RasaHQ/rasa-3.x-component-examples tests components."""

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.safeguarding import SafeguardingScreen


def _classified(text: str, intent: str) -> Message:
    message = Message({TEXT: text})
    message.set(INTENT, {"name": intent, "confidence": 0.8})
    message.set(INTENT_RANKING_KEY, [{"name": intent, "confidence": 0.8}])
    return message


@pytest.fixture
def component() -> SafeguardingScreen:
    return SafeguardingScreen.create({}, None, None, None)


def test_a_disclosure_overrides_the_classifier(component) -> None:
    [message] = component.process([_classified("ma da batters me every night", "complain")])
    assert message.get(INTENT) == {"name": "disclose_risk", "confidence": 1.0}
    assert message.get(INTENT_RANKING_KEY)[0]["name"] == "disclose_risk"
    assert message.get("safeguarding")["flagged"] is True


def test_ordinary_text_keeps_its_intent(component) -> None:
    [message] = component.process([_classified("the bus was late again", "complain")])
    assert message.get(INTENT)["name"] == "complain"
    assert message.get("safeguarding") is None
