"""The intake family: validating the complaint form and submitting the case."""

from __future__ import annotations

from typing import Any

from babel.dates import format_date
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import AllSlotsReset, EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.parsing import parse_contact_method
from bot.actions.services import session_factory
from handoff.cases import IntakeAnswers, do_submit_intake
from handoff.db import transaction
from handoff.deadlines import today_in_scotland


class ValidateComplaintForm(FormValidationAction):
    def name(self) -> str:
        return "validate_complaint_form"

    def validate_contact_method(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        method = parse_contact_method(str(slot_value or ""))
        if method is None:
            dispatcher.utter_message(response="utter_contact_method_not_understood")
        return {"contact_method": method}


def conversation_language(tracker: Tracker) -> str:
    return (tracker.latest_message.get("metadata") or {}).get("lang", "en")


class ActionSubmitComplaint(Action):
    def name(self) -> str:
        return "action_submit_complaint"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        answers = IntakeAnswers(
            summary=tracker.get_slot("what_happened") or "",
            contact_method=tracker.get_slot("contact_method"),
        )
        language = conversation_language(tracker)
        with transaction(session_factory()) as session:
            submitted = do_submit_intake(
                session,
                sender_id=tracker.sender_id,
                answers=answers,
                today=today_in_scotland(),
                language=language,
            )
        dispatcher.utter_message(
            response="utter_case_created",
            reference=submitted.reference,
            status_code=submitted.status_code,
            due_on=format_date(submitted.due_on, format="full", locale="en_GB"),
        )
        return []


class ActionStartAgain(Action):
    def name(self) -> str:
        return "action_start_again"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        return [AllSlotsReset()]
