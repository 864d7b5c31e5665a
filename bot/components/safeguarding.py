"""The safeguarding screen inside Rasa's NLU pipeline (the second call site of one library).

Placed last in the pipeline, it overrides whatever intent the classifier chose with
`disclose_risk` when the screen flags the text, so a rule takes over from any point (inside a
form too) on any channel, and Rasa's own conversation tests see the same behaviour as the gateway.
It only ever raises an intent to `disclose_risk`; whether the classifier's own `disclose_risk`
stands is decided earlier, by bot.components.evidence.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.stateless import StatelessComponent
from handoff.safeguarding import screen
from handoff.safeguarding.training import current_model

DISCLOSE_RISK = "disclose_risk"
SAFEGUARDING = "safeguarding"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafeguardingScreen(StatelessComponent):
    def __init__(self) -> None:
        # Load the learned model (about 0.3 s) when Rasa loads the pipeline, not when the first
        # person writes; as the web app does when it starts.
        current_model()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            # The conversation's language is a hint; every language's rules run regardless.
            lang = (message.get("metadata") or {}).get("lang") or "en"
            result = screen(text, lang=str(lang))
            if not result.flagged:
                continue
            message.set(INTENT, {"name": DISCLOSE_RISK, "confidence": 1.0}, add_to_output=True)
            ranking = [
                entry
                for entry in message.get(INTENT_RANKING_KEY) or []
                if entry.get("name") != DISCLOSE_RISK
            ]
            message.set(
                INTENT_RANKING_KEY,
                [{"name": DISCLOSE_RISK, "confidence": 1.0}, *ranking],
                add_to_output=True,
            )
            message.set(SAFEGUARDING, result.as_dict(), add_to_output=True)
        return messages
