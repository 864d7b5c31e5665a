"""The safety family: a disclosure seen by Rasa hands the conversation to a person.

The gateway normally sees a disclosure first and never forwards it; this action covers the rest
(other channels, or the classifier catching what the screen did not) and ends in the same domain
call, so the case and the conversation mode agree whichever side saw it.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, ConversationPaused, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.services import session_factory, settings
from bot.actions.wording import conversation_language
from handoff.conversations import find_or_start_conversation
from handoff.db import transaction
from handoff.models import utcnow
from handoff.protection import do_protection_handoff, safeguarding_recipients, speaks_as_adult
from handoff.safeguarding import ScreenResult, screen
from handoff.safety_message import safety_message


def _screen_result(latest_message: dict[str, Any]) -> ScreenResult:
    result = screen(latest_message.get("text") or "")
    if result.flagged:
        return result
    # The classifier saw a disclosure the screen did not: still a concern, graded medium.
    return ScreenResult(flagged=True, severity="medium", categories=[], spans=[])


class ActionSafeguardingHandoff(Action):
    def name(self) -> str:
        return "action_safeguarding_handoff"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = settings()
        language = conversation_language(tracker)
        now = utcnow()
        with transaction(session_factory()) as session:
            conversation = find_or_start_conversation(session, tracker.sender_id, language=language)
            do_protection_handoff(
                session,
                conversation,
                _screen_result(tracker.latest_message),
                now=now,
                recipients=safeguarding_recipients(session, config.safeguarding_emails),
                case_url=f"{config.public_url}/staff/cases/{conversation.case.reference}",
            )
            adult = speaks_as_adult(conversation.case)
        dispatcher.utter_message(
            text=safety_message(
                language=language, adult=adult, now=now, staffed_hours=config.staffed_hours
            )
        )
        return [ActiveLoop(None), SlotSet("requested_slot", None), ConversationPaused()]
