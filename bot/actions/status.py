"""The status family: looking up a complaint with its reference and code, to check progress,
take it to Stage 2, resume a kept draft or withdraw it; and what is not a complaint."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.answers import restore_slots
from bot.actions.form_validation import GentleFormValidation, Result
from bot.actions.services import session_factory
from bot.actions.wording import conversation_language, progress_sentences, wording_for
from handoff.cases import check_status_request, do_escalate, do_withdraw, escalation_is_late
from handoff.conversations import find_or_start_conversation
from handoff.db import transaction
from handoff.deadlines import today_in_scotland
from handoff.errors import InvalidInput, NotFound
from handoff.intake import do_resume_draft
from handoff.references import normalise_reference, normalise_status_code
from tellus.i18n import format_long_date

PURPOSES = {
    "check_status": "status",
    "escalate": "escalate",
    "resume_complaint": "resume",
    "withdraw_complaint": "withdraw",
}
LOOKUP_SLOTS = ("lookup_reference", "lookup_code", "lookup_purpose")


class ActionBeginLookup(Action):
    def name(self) -> str:
        return "action_begin_lookup"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        purpose = PURPOSES.get(intent, "status")
        if purpose == "resume" and tracker.get_slot("complainant_role"):
            # Resuming in the same chat: the answers are all still here.
            dispatcher.utter_message(response="utter_resumed")
            return [FollowupAction("complaint_form")]
        return [SlotSet("lookup_purpose", purpose)]


class ValidateLookupForm(GentleFormValidation):
    def name(self) -> str:
        return "validate_lookup_form"

    def validate_lookup_reference(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        def parse(text: str, _intent: str) -> str | None:
            reference = normalise_reference(text)
            return reference if reference.startswith("TU-") and len(reference) == 12 else None

        return self._checked(
            "lookup_reference", value, dispatcher, tracker, domain, parse, give_up="unknown"
        )

    def validate_lookup_code(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        def parse(text: str, _intent: str) -> str | None:
            code = normalise_status_code(text)
            return code if 4 <= len(code) <= 12 else None

        return self._checked(
            "lookup_code", value, dispatcher, tracker, domain, parse, give_up="unknown"
        )


def _escalation_refusal(case: Any, today: Any) -> str:
    """The reply to a Stage 2 request that handoff.cases.check_escalation refused, in the order
    it checks. Its own message is for staff and API clients (English, with no register); the
    person reads one of the bot's own responses. A refusal that is new to this list gets the
    general one, which offers a person."""
    if case.status in ("draft", "withdrawn"):
        return "utter_cannot_escalate_not_sent"
    if case.stage != "stage_1":
        return "utter_cannot_escalate_at_stage_two"
    if escalation_is_late(case, today):
        return "utter_cannot_escalate_late"
    return "utter_cannot_escalate"


class ActionCompleteLookup(Action):
    def name(self) -> str:
        return "action_complete_lookup"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        purpose = tracker.get_slot("lookup_purpose") or "status"
        reference = tracker.get_slot("lookup_reference") or ""
        code = tracker.get_slot("lookup_code") or ""
        language = conversation_language(tracker)
        cleared = [SlotSet(slot, None) for slot in LOOKUP_SLOTS]
        today = today_in_scotland()
        try:
            with transaction(session_factory()) as session:
                if purpose == "resume":
                    state = do_resume_draft(
                        session,
                        sender_id=tracker.sender_id,
                        reference=reference,
                        status_code=code,
                        today=today,
                    )
                    dispatcher.utter_message(response="utter_resumed")
                    return [*cleared, *restore_slots(state), FollowupAction("complaint_form")]
                case = check_status_request(session, reference, code)
                if purpose == "escalate":
                    try:
                        escalation = do_escalate(session, case, today=today)
                    except InvalidInput:
                        dispatcher.utter_message(response=_escalation_refusal(case, today))
                        return cleared
                    dispatcher.utter_message(
                        response="utter_escalated",
                        acknowledge_by=format_long_date(escalation.acknowledge_by, language),
                        due_on=format_long_date(escalation.due_on, language),
                    )
                elif purpose == "withdraw":
                    if case.status in ("closed", "withdrawn"):
                        dispatcher.utter_message(response="utter_already_closed")
                        return cleared
                    do_withdraw(session, case)
                    dispatcher.utter_message(response="utter_withdrawn")
                else:
                    due_on = format_long_date(case.due_on, language) if case.due_on else None
                    dispatcher.utter_message(
                        response="utter_status",
                        **progress_sentences(
                            reference=case.reference,
                            status=case.status,
                            stage=case.stage,
                            due_on=due_on,
                            wording=wording_for(tracker),
                        ),
                    )
        except NotFound:
            dispatcher.utter_message(response="utter_lookup_failed")
        except InvalidInput:
            # Anything else the domain refuses: a person can sort it out.
            dispatcher.utter_message(response="utter_cannot_escalate")
        return cleared


class ActionWithdrawComplaint(Action):
    """After "yes, stop it": this chat's complaint is withdrawn; from a new chat, we first ask
    for its reference and code."""

    def name(self) -> str:
        return "action_withdraw_complaint"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        with transaction(session_factory()) as session:
            language = conversation_language(tracker)
            case = find_or_start_conversation(session, tracker.sender_id, language=language).case
            has_complaint = case.status != "draft" or tracker.get_slot("what_happened")
            if has_complaint:
                # Already closed or withdrawn: the answer to the person is the same.
                if case.status not in ("closed", "withdrawn"):
                    do_withdraw(session, case)
                dispatcher.utter_message(response="utter_withdrawn")
                return [ActiveLoop(None), SlotSet("requested_slot", None)]
        return [SlotSet("lookup_purpose", "withdraw"), FollowupAction("lookup_form")]


class ActionKeepComplaint(Action):
    """ "No, keep it": the complaint goes on, and an unfinished one picks up where it was."""

    def name(self) -> str:
        return "action_keep_complaint"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_not_withdrawn")
        unfinished = tracker.get_slot("complainant_role") and not tracker.get_slot("summary_text")
        return [FollowupAction("complaint_form")] if unfinished else []


NOT_A_COMPLAINT = {
    "ask_question": "utter_not_a_complaint_question",
    "request_service": "utter_not_a_complaint_request",
    "foi_request": "utter_not_a_complaint_foi",
    "compensation_only": "utter_not_a_complaint_compensation",
    "staff_grievance": "utter_not_a_complaint_staff",
}


class ActionNotAComplaint(Action):
    """Points to the right place kindly; what they said stays in the transcript."""

    def name(self) -> str:
        return "action_not_a_complaint"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        dispatcher.utter_message(response=NOT_A_COMPLAINT.get(intent, "utter_default"))
        dispatcher.utter_message(response="utter_anything_else")
        return []
