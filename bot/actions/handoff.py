"""The handoff family: "talk to a person", and "stop for now" (the draft is kept)."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, ConversationPaused, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.answers import answers_from_tracker, slots_to_save
from bot.actions.services import session_factory, settings
from bot.actions.wording import conversation_language
from handoff.conversations import do_request_person, find_or_start_conversation
from handoff.db import transaction
from handoff.deadlines import SCOTLAND, is_staffed, next_staffed_start, today_in_scotland
from handoff.intake import do_save_draft
from handoff.models import utcnow
from tellus.i18n import format_clock_time, format_long_date


def keep_draft(
    dispatcher: CollectingDispatcher, tracker: Tracker, *, response: str
) -> list[EventType]:
    """Saves the answers so far and tells the person how to come back (reference and code)."""
    language = conversation_language(tracker)
    with transaction(session_factory()) as session:
        saved = do_save_draft(
            session,
            sender_id=tracker.sender_id,
            answers=answers_from_tracker(tracker),
            resume_state=slots_to_save(tracker),
            today=today_in_scotland(),
            language=language,
        )
    dispatcher.utter_message(
        response=response,
        reference=saved.reference,
        status_code=saved.status_code,
        kept_until=format_long_date(saved.kept_until, language),
    )
    return [ActiveLoop(None), SlotSet("requested_slot", None)]


class ActionPauseComplaint(Action):
    def name(self) -> str:
        return "action_pause_complaint"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        return keep_draft(dispatcher, tracker, response="utter_paused")


class ActionAskForPerson(Action):
    """Puts the case in the staff queue and pauses the bot; a person replies in this chat."""

    def name(self) -> str:
        return "action_ask_for_person"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        language = conversation_language(tracker)
        with transaction(session_factory()) as session:
            conversation = find_or_start_conversation(session, tracker.sender_id, language=language)
            do_request_person(session, conversation, today=today_in_scotland())
        dispatcher.utter_message(response="utter_asking_for_person")
        now = utcnow()
        hours = settings().staffed_hours
        if not is_staffed(now, hours=hours):
            opens = next_staffed_start(now, hours=hours)
            dispatcher.utter_message(
                response="utter_person_out_of_hours",
                day=format_long_date(opens.astimezone(SCOTLAND).date(), language),
                time=format_clock_time(opens, language, tz=SCOTLAND),
            )
        return [ActiveLoop(None), SlotSet("requested_slot", None), ConversationPaused()]
