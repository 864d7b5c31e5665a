"""Form validation that is gentle with people: it accepts free text and buttons alike, answers
"what does that mean?" and rudeness in place, re-asks at most twice, then offers buttons, a skip
or a person, and after that records a give-up value and moves on, so a form never loops.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.answers import SKIPPED, UNSURE
from bot.actions.domain import PROJECT_DOMAIN
from bot.actions.parsing import parse_yes_no
from bot.actions.wording import chosen_language

MAX_REASKS = 2
# Short side-remarks answered without leaving the form (longer text is taken as an answer).
SIDE_REMARK_MAX_WORDS = 8
SIDE_REMARK_MIN_CONFIDENCE = 0.6

Result = dict[str, Any]


def latest(tracker: Tracker) -> tuple[str, float, str]:
    message = tracker.latest_message or {}
    intent = message.get("intent") or {}
    return intent.get("name") or "", float(intent.get("confidence") or 0), message.get("text") or ""


def is_skip(text: str, intent: str) -> bool:
    return intent == "skip" or text.strip().lower() in ("skip", "pass", "next", "/skip")


def yes_no_answer(text: str, intent: str) -> str | None:
    if intent == "not_sure":
        return UNSURE
    answer = parse_yes_no(text)
    if answer is None:
        lowered = text.lower()
        return UNSURE if any(w in lowered for w in ("not sure", "dunno", "idk", "maybe")) else None
    return "yes" if answer else "no"


class GentleFormValidation(FormValidationAction):
    """Shared behaviour of this project's form validators (subclasses name the form; until
    then the class stays abstract, so the action server does not register it)."""

    @abstractmethod
    def name(self) -> str: ...

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        # Rasa sends no domain (bot/actions/domain.py says why). Without one, rasa_sdk would
        # find no slots to validate and silently accept every answer.
        return await super().run(dispatcher, tracker, domain or PROJECT_DOMAIN)

    def _side_remark(
        self, slot: str, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> bool:
        """Answers "what does that mean?", rudeness or "another language, please" in place, then
        the question is re-asked."""
        intent, confidence, text = latest(tracker)
        if len(text.split()) > SIDE_REMARK_MAX_WORDS or confidence < SIDE_REMARK_MIN_CONFIDENCE:
            return False
        if intent == "explain":
            specific = f"utter_explain_{slot}"
            known = specific in (domain.get("responses") or {})
            dispatcher.utter_message(response=specific if known else "utter_explain_generic")
            return True
        if intent == "rude":
            dispatcher.utter_message(response="utter_rude_reply")
            return True
        if intent == "change_language":
            # The language buttons, or (one pressed) the same question again in that language.
            chosen = chosen_language(tracker)
            if chosen:
                dispatcher.utter_message(response="utter_language_changed", language=chosen)
            else:
                dispatcher.utter_message(response="utter_choose_language")
            return True
        return False

    def _unclear(
        self, slot: str, dispatcher: CollectingDispatcher, tracker: Tracker, *, give_up: Any
    ) -> Result:
        """Re-asks at most twice; then offers buttons, a skip or a person; then moves on."""
        reasks = dict(tracker.get_slot("reasks") or {})
        count = reasks.get(slot, 0) + 1
        reasks[slot] = count
        if count > MAX_REASKS + 1:
            reasks.pop(slot)
            return {slot: give_up, "reasks": reasks}
        if count > MAX_REASKS:
            dispatcher.utter_message(response="utter_use_buttons_or_person")
        else:
            dispatcher.utter_message(response="utter_not_understood")
        return {slot: None, "reasks": reasks}

    def _checked(
        self,
        slot: str,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
        parse: Callable[[str, str], Any],
        *,
        give_up: Any = "unknown",
    ) -> Result:
        intent, _, text = latest(tracker)
        text = str(value or text)
        if self._side_remark(slot, dispatcher, tracker, domain):
            return {slot: None}
        if is_skip(text, intent):
            return {slot: give_up}
        parsed = parse(text, intent)
        if parsed is None:
            return self._unclear(slot, dispatcher, tracker, give_up=give_up)
        return {slot: parsed}

    def _free_text(
        self,
        slot: str,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Result:
        intent, _, text = latest(tracker)
        if self._side_remark(slot, dispatcher, tracker, domain):
            return {slot: None}
        if is_skip(str(value or text), intent):
            return {slot: SKIPPED}
        return {slot: " ".join(str(value).split())}
