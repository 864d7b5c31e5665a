"""The intake family: starting the complaint, asking the questions that need a list, reading
the summary back, submitting it, and changing or restarting answers."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.answers import answers_from_tracker
from bot.actions.form_validation import GentleFormValidation, Result
from bot.actions.handoff import keep_draft
from bot.actions.services import session_factory
from bot.actions.wording import chosen_language, conversation_language, summary_text, wording_for
from handoff.db import transaction
from handoff.deadlines import today_in_scotland
from handoff.intake import do_submit_intake
from tellus.i18n import format_long_date

# A first message this long is the start of their story, not just "I want to complain".
STORY_MIN_WORDS = 6
_ASKING_TO_COMPLAIN = (
    "want to complain",
    "make a complaint",
    "wanna complain",
    "how do i complain",
    "i have a complaint",
    "can i complain",
    "raise a complaint",
)


def numbered(items: list[str]) -> str:
    return "\n".join(f"{number}. {item}" for number, item in enumerate(items, start=1))


class ActionStartComplaint(Action):
    """Keeps a story told in the first message, so nobody is asked to repeat themselves."""

    def name(self) -> str:
        return "action_start_complaint"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = " ".join((tracker.latest_message.get("text") or "").split())
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        is_story = (
            intent == "complain"
            and len(text.split()) >= STORY_MIN_WORDS
            and not any(phrase in text.lower() for phrase in _ASKING_TO_COMPLAIN)
        )
        if not is_story or tracker.get_slot("what_happened"):
            return []
        return [SlotSet("what_happened", text), SlotSet("story_parts", [text])]


class ActionAskHeadsConfirmed(Action):
    def name(self) -> str:
        return "action_ask_heads_confirmed"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        heads = tracker.get_slot("heads_of_complaint") or []
        dispatcher.utter_message(response="utter_heads_readback", heads_list=numbered(heads))
        return []


class ActionAskHeadToRemove(Action):
    def name(self) -> str:
        return "action_ask_head_to_remove"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        heads = tracker.get_slot("heads_of_complaint") or []
        dispatcher.utter_message(
            response="utter_ask_which_head_to_remove",
            heads_list=numbered(heads),
            buttons=[{"title": str(n), "payload": str(n)} for n in range(1, len(heads) + 1)],
        )
        return []


CONTACT_QUESTIONS = {
    "email": "utter_ask_contact_email",
    "phone": "utter_ask_contact_phone",
    "text": "utter_ask_contact_mobile",
    "letter": "utter_ask_contact_address",
    "via_trusted_adult": "utter_ask_contact_trusted_adult",
    "in_person": "utter_ask_contact_in_person",
}


class ActionAskContactDetail(Action):
    """The question depends on the method: an email address, a mobile number, an address..."""

    def name(self) -> str:
        return "action_ask_contact_detail"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        method = tracker.get_slot("contact_method")
        dispatcher.utter_message(response=CONTACT_QUESTIONS.get(method, "utter_ask_contact_email"))
        return []


class ActionReadSummary(Action):
    """After the form: the summary to confirm, or (without consent) the draft is kept."""

    def name(self) -> str:
        return "action_read_summary"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        answers = answers_from_tracker(tracker)
        if answers.consent_to_proceed is False:
            return keep_draft(dispatcher, tracker, response="utter_not_going_ahead")
        text = summary_text(answers, wording_for(tracker))
        dispatcher.utter_message(response="utter_confirm_summary", summary_text=text)
        return [SlotSet("summary_text", text)]


class ActionSubmitComplaint(Action):
    def name(self) -> str:
        return "action_submit_complaint"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if not tracker.get_slot("summary_text"):
            # Only a summary the person has seen can be confirmed.
            dispatcher.utter_message(response="utter_default")
            return []
        language = conversation_language(tracker)
        with transaction(session_factory()) as session:
            submitted = do_submit_intake(
                session,
                sender_id=tracker.sender_id,
                answers=answers_from_tracker(tracker),
                today=today_in_scotland(),
                language=language,
            )
        dispatcher.utter_message(
            response="utter_case_created",
            reference=submitted.reference,
            status_code=submitted.status_code,
            due_on=format_long_date(submitted.due_on, language),
        )
        dispatcher.utter_message(response="utter_next_steps")
        return [SlotSet("summary_text", None)]


class ActionStartAgain(Action):
    def name(self) -> str:
        return "action_start_again"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        # The register and the language stay: they are still the same person.
        return [
            AllSlotsReset(),
            SlotSet("register", tracker.get_slot("register")),
            SlotSet("language", tracker.get_slot("language")),
        ]


class ActionExplain(Action):
    """ "What does that mean?" outside a form: explains the last question asked."""

    def name(self) -> str:
        return "action_explain"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_explain_generic")
        return []


class ActionChangeLanguage(Action):
    """Offers the languages as buttons; a chosen one is kept for the rest of the chat.

    Only the buttons change the language: the gateway sees their payload and switches the page
    and the case too. A request in words ("can we speak Polish") is answered with the buttons.
    """

    def name(self) -> str:
        return "action_change_language"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        chosen = chosen_language(tracker)
        if chosen:
            # The slot changes with this action's events, after its messages are generated:
            # `language` tells the NLG to answer in the new language already.
            dispatcher.utter_message(response="utter_language_changed", language=chosen)
            return [SlotSet("language", chosen)]
        dispatcher.utter_message(response="utter_choose_language")
        return []


SECTIONS: dict[str, tuple[str, ...]] = {
    "story": (
        "what_happened",
        "story_parts",
        "story_done",
        "heads_of_complaint",
        "heads_confirmed",
        "heads_edit",
        "outcomes_sought",
        "when_where",
    ),
    "contact": ("contact_method", "contact_detail", "best_time"),
    "involve": ("involve", "wants_advocate", "preferred_staff", "consent_tell_parent_carer"),
}


def parse_section(text: str) -> str | None:
    lowered = text.lower()
    if "again" in lowered or "everything" in lowered or "all" in lowered.split():
        return "everything"
    if any(cue in lowered for cue in ("happen", "story", "what", "complaint", "unhappy")):
        return "story"
    if any(cue in lowered for cue in ("contact", "email", "phone", "text", "letter", "number")):
        return "contact"
    if any(cue in lowered for cue in ("involve", "who", "advocate", "parent", "adult")):
        return "involve"
    return None


class ValidateChangeForm(GentleFormValidation):
    def name(self) -> str:
        return "validate_change_form"

    def validate_section_to_change(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._checked(
            "section_to_change",
            value,
            dispatcher,
            tracker,
            domain,
            lambda text, _: parse_section(text),
            give_up="everything",
        )


class ActionChangeAnswer(Action):
    """Clears the chosen part so the complaint form asks it again."""

    def name(self) -> str:
        return "action_change_answer"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        section = tracker.get_slot("section_to_change") or "everything"
        events: list[EventType] = [
            SlotSet("section_to_change", None),
            SlotSet("summary_text", None),
        ]
        if section == "everything":
            return [*ActionStartAgain().run(dispatcher, tracker, domain)]
        events += [SlotSet(slot, None) for slot in SECTIONS[section]]
        return [*events, ActiveLoop(None)]
