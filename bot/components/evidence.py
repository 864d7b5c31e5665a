"""Intents that change the course of the conversation stand only with evidence.

Placed straight after the classifier, before the fallback threshold. Two kinds of claim are
checked.

Commands. Inside the complaint form a few intents leave the form (stop for now, talk to a person,
withdraw, start again). Answers can look like them to a word-level classifier ("I'm her mum" near
"my mum's coming, I need to stop"; "I want him to stop and say sorry"), and leaving the form by
mistake costs a child their place. So a command stands only when the classifier is sure, the
message is short, and it holds one of that command's own phrasings. A person who means a command
says it plainly.

Disclosures. The classifier also learns `disclose_risk`, a second net behind the safeguarding
screen: a confident classifier stands on its own, an unsure one only if the screen agrees. (The
screen, last in the pipeline, then forces the intent whatever happened here.)

A claim without evidence gives way to the best-ranked intent that has it, and the text is taken
as an answer.
"""

from __future__ import annotations

import re

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.stateless import StatelessComponent
from handoff.safeguarding import screen

MAX_COMMAND_WORDS = 16
MIN_COMMAND_CONFIDENCE = 0.6
DISCLOSE_RISK = "disclose_risk"
CLASSIFIER_ALONE_MIN_CONFIDENCE = 0.8

# The words that carry each command. Broad on purpose: they only confirm what the classifier
# already said, they never create a command on their own.
_COMMAND_EVIDENCE = {
    "pause_complaint": r"\b(stop (now|for now|here|this|it|the chat|talking)|can i stop|"
    r"(want|need|have|got) to (stop|go|leave|pause)|gotta go|g2g|gtg|later|pause|break|"
    r"come back|be right back|back in a (bit|min|minute|sec)|finish (it |this )?(later|another|"
    r"tomorrow)|continue (it |this )?(later|tomorrow)|(another|other) (time|day)|not now|"
    r"brb|save (it|this|my answers|my progress)|carry on (later|tomorrow)|tomorrow|"
    r"can'?t talk|cannae talk|(mum|mam|dad|da|someone|somebody)'?s? (is )?(here|coming)|"
    r"hold on|wait|finish (it |this )?(after|efter|tonight)|save (my|what)|keep (it|my|what)|"
    r"be back|is it saved|stop for a|bell)\b",
    "ask_for_person": r"\b(person|human|someone|somebody|some1|real|staff|agent|advisor|"
    r"adviser|operator|robot|bots?|chatbot|chatgpt|ai|automated|computer|machine|speak to|talk to|"
    r"call me|phone me|ring me|member of staff|worker|people|an actual)\b",
    "withdraw_complaint": r"\b(withdraw|cancel|drop|forget|delete|scrap|bin|retract|remove|"
    r"close|take (it )?back|call (it )?off|never ?mind|sorted|no longer|"
    r"don'?t want|dont want|do not want|stop (the|my) complaint|changed my mind|after all|"
    r"not complain|take (my complaint|it) back|withdrawing|pull (my|the) complaint|"
    r"complain (any ?more|nae mair|noo|now)|(isn'?t|not) needed|no need|fixed)\b",
    "start_again": r"\b((start|begin|do|go|try) (it |this |all |everything )?(again|over|afresh)|"
    r"restart|reset|redo|re-do|(from|to|back to) the (start|beginning|top)|from scratch|"
    r"start (fresh|afresh)|messed (it )?up|mucked up|made a mistake|(clear|wipe) (my|the|all)|"
    r"first question|(?=.*\b(start|strat|do|try|begin)\w*\b).*\b(again|over)\b|"
    r"startagain|fresh start|clear (it|everything)|wipe|back to (the )?start)\b",
}
_EVIDENCE = {intent: re.compile(pattern) for intent, pattern in _COMMAND_EVIDENCE.items()}


def is_command(text: str, intent: str, confidence: float) -> bool:
    evidence = _EVIDENCE.get(intent)
    return (
        evidence is not None
        and confidence >= MIN_COMMAND_CONFIDENCE
        and len(text.split()) <= MAX_COMMAND_WORDS
        and evidence.search(text.lower().replace("\u2019", "'")) is not None
    )


def has_evidence(text: str, intent: str, confidence: float) -> bool:
    if intent == DISCLOSE_RISK:
        return confidence >= CLASSIFIER_ALONE_MIN_CONFIDENCE or screen(text).flagged
    if intent in _EVIDENCE:
        return is_command(text, intent, confidence)
    return True


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class EvidenceCheck(StatelessComponent):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            text = message.get(TEXT) or ""
            if has_evidence(text, intent.get("name") or "", intent.get("confidence") or 0):
                continue
            supported = [
                entry
                for entry in message.get(INTENT_RANKING_KEY) or []
                if has_evidence(text, entry.get("name") or "", entry.get("confidence") or 0)
            ]
            if supported:
                message.set(INTENT, supported[0], add_to_output=True)
                message.set(INTENT_RANKING_KEY, supported, add_to_output=True)
        return messages
