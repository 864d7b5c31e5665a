"""The complaint form: which questions to ask (they depend on earlier answers) and checking
each answer, with the gentle re-asking of GentleFormValidation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.answers import SKIPPED, UNSURE
from bot.actions.form_validation import (
    GentleFormValidation,
    Result,
    is_skip,
    latest,
    yes_no_answer,
)
from bot.actions.parsing import (
    heads_from_story,
    parse_adjustments,
    parse_age_band,
    parse_contact_method,
    parse_email,
    parse_involve,
    parse_mobile,
    parse_name,
    parse_other_organisation,
    parse_postal_address,
    parse_role,
    parse_service_area,
    parse_service_area_choice,
    parse_uk_phone,
    parse_urgency,
    parse_yes_no,
)

MAX_STORY_PARTS = 6
# A reply this long to "what should we call you?" is the start of their story, not a name.
STORY_AT_NAME_MIN_WORDS = 8
CHILD_BANDS = ("under_12", "12_15", "16_17")
ADULT_ROLES = ("parent_carer", "advocate", "other_adult", "professional")
NEEDS_CONTACT_DETAIL = ("email", "phone", "text", "letter", "in_person", "via_trusted_adult")


class ValidateComplaintForm(GentleFormValidation):
    def name(self) -> str:
        return "validate_complaint_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        slot = tracker.get_slot
        role = slot("complainant_role")
        asked = ["complainant_role"]
        if role == "child":
            asked.append("age_band")
        if role in ("other_adult", "professional"):
            asked.append("about_child")
        if role in ("parent_carer", "advocate") or slot("about_child") == "yes":
            asked.append("child_knows")
            if slot("child_knows") == "yes":
                asked.append("child_wants_complaint")
        asked += [
            "complainant_name",
            "what_happened",
            "story_done",
            "when_where",
            "service_area",
            "urgency",
        ]
        edit = slot("heads_edit")
        if edit == "add":
            asked.append("head_to_add")
        elif edit == "remove":
            asked.append("head_to_remove")
        asked += ["heads_confirmed", "outcomes_sought", "contact_method"]
        method = slot("contact_method")
        if method in NEEDS_CONTACT_DETAIL:
            asked.append("contact_detail")
        if method not in (None, "chat"):
            asked.append("best_time")
        asked += ["involve", "preferred_staff", "adjustments"]
        if "advocate" not in (slot("involve") or []):
            asked.append("wants_advocate")
        asked.append("consent_to_proceed")
        if role == "child" or slot("age_band") in CHILD_BANDS:
            asked.append("consent_tell_parent_carer")
        return asked

    # ---- who is complaining --------------------------------------------------------------

    def validate_complainant_role(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        result = self._checked(
            "complainant_role",
            value,
            dispatcher,
            tracker,
            domain,
            lambda text, _: parse_role(text) or self._role_from_age(text),
        )
        role = result.get("complainant_role")
        if role in ADULT_ROLES:
            result["register"] = "adult"
        elif role == "child":
            result["register"] = "child"
            band = parse_age_band(str(value))
            if band in CHILD_BANDS:
                result["age_band"] = band
        return result

    @staticmethod
    def _role_from_age(text: str) -> str | None:
        band = parse_age_band(text)
        return "child" if band in CHILD_BANDS else None

    def validate_age_band(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        result = self._checked(
            "age_band", value, dispatcher, tracker, domain, lambda text, _: parse_age_band(text)
        )
        if result.get("age_band") == "adult":
            # An adult who first said "young person": speak to them as an adult.
            result.update(complainant_role="other_adult", register="adult")
        return result

    def _yes_no_slot(
        self,
        slot: str,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Result:
        return self._checked(
            slot, value, dispatcher, tracker, domain, yes_no_answer, give_up=UNSURE
        )

    def validate_about_child(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._yes_no_slot("about_child", value, dispatcher, tracker, domain)

    def validate_child_knows(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._yes_no_slot("child_knows", value, dispatcher, tracker, domain)

    def validate_child_wants_complaint(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._yes_no_slot("child_wants_complaint", value, dispatcher, tracker, domain)

    def validate_complainant_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        text = " ".join(str(value).split())
        if len(text.split()) >= STORY_AT_NAME_MIN_WORDS and not tracker.get_slot("what_happened"):
            # They went straight to what happened: keep it as the story and skip the name.
            return {"complainant_name": SKIPPED, **self._story_facts([text], dispatcher, tracker)}
        return self._checked(
            "complainant_name",
            value,
            dispatcher,
            tracker,
            domain,
            lambda text, _: parse_name(text),
            give_up=SKIPPED,
        )

    # ---- what happened ---------------------------------------------------------------------

    def _story_facts(
        self, parts: list[str], dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Result:
        story = " ".join(parts)
        facts: Result = {"story_parts": parts, "what_happened": "\n".join(parts)}
        if tracker.get_slot("service_area") is None:
            area = parse_service_area(story)
            if area:
                facts["service_area"] = area
        organisation = parse_other_organisation(parts[-1])
        if organisation and not tracker.get_slot("organisation"):
            facts["organisation"] = organisation
            dispatcher.utter_message(response="utter_other_organisation", organisation=organisation)
        return facts

    def validate_what_happened(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        if self._side_remark("what_happened", dispatcher, tracker, domain):
            return {"what_happened": None}
        text = " ".join(str(value).split())
        if len(text) < 3:
            return self._unclear("what_happened", dispatcher, tracker, give_up=None)
        return self._story_facts([text], dispatcher, tracker)

    def validate_story_done(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        intent, _, _ = latest(tracker)
        text = " ".join(str(value).split())
        parts = list(tracker.get_slot("story_parts") or [])
        if len(text.split()) <= 5 and (intent == "affirm" or parse_yes_no(text) is True):
            # "Yes" (there is more): invite it rather than taking "yes" as part of the story.
            dispatcher.utter_message(response="utter_go_on")
            return {"story_done": None}
        finished = (
            intent in ("deny", "skip")
            or parse_yes_no(text) is False
            or any(
                cue in text.lower()
                for cue in (
                    "that's everything",
                    "thats everything",
                    "that's all",
                    "thats all",
                    "nothing else",
                    "no more",
                    "that is all",
                    "nope",
                )
            )
        )
        if finished or len(parts) >= MAX_STORY_PARTS:
            heads = heads_from_story(parts) or parts[:1]
            return {"story_done": "yes", "heads_of_complaint": heads}
        if self._side_remark("story_done", dispatcher, tracker, domain):
            return {"story_done": None}
        facts = self._story_facts([*parts, text], dispatcher, tracker)
        return {**facts, "story_done": None}

    def validate_when_where(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._free_text("when_where", value, dispatcher, tracker, domain)

    def validate_service_area(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._checked(
            "service_area",
            value,
            dispatcher,
            tracker,
            domain,
            lambda text, _: parse_service_area_choice(text),
        )

    def validate_urgency(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._checked(
            "urgency",
            value,
            dispatcher,
            tracker,
            domain,
            lambda text, intent: "none" if intent == "deny" else parse_urgency(text),
            give_up="none",
        )

    # ---- heads of complaint and outcomes ---------------------------------------------------

    def validate_heads_confirmed(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        intent, _, _ = latest(tracker)
        text = " ".join(str(value).split())
        lowered = text.lower()
        heads = list(tracker.get_slot("heads_of_complaint") or [])
        if self._side_remark("heads_confirmed", dispatcher, tracker, domain):
            return {"heads_confirmed": None}
        if "add" in lowered.split() or lowered.startswith("add"):
            return {"heads_confirmed": None, "heads_edit": "add"}
        if any(cue in lowered for cue in ("take one out", "take out", "remove", "delete")):
            return {"heads_confirmed": None, "heads_edit": "remove"}
        # A short reply is a yes or no; anything longer is a correction in their own words.
        short = len(text.split()) <= 4
        answer = (False if intent == "deny" else parse_yes_no(text)) if short else None
        if answer is True and heads:
            return {"heads_confirmed": "yes", "heads_edit": None}
        if answer is False or not heads:
            dispatcher.utter_message(response="utter_not_understood")
            return {"heads_confirmed": None, "heads_edit": "add" if not heads else None}
        # Anything else is a correction in their own words: it becomes a head of its own.
        return {"heads_confirmed": None, "heads_of_complaint": [*heads, text[:300]]}

    def validate_head_to_add(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        if self._side_remark("head_to_add", dispatcher, tracker, domain):
            return {"head_to_add": None}
        heads = list(tracker.get_slot("heads_of_complaint") or [])
        intent, _, _ = latest(tracker)
        text = " ".join(str(value).split())
        if not is_skip(text, intent) and len(text) >= 3:
            heads.append(text[:300])
        return {"head_to_add": None, "heads_edit": None, "heads_of_complaint": heads}

    def validate_head_to_remove(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        heads = list(tracker.get_slot("heads_of_complaint") or [])
        digits = [int(d) for d in str(value).split() if d.isdigit()]
        if digits and 1 <= digits[0] <= len(heads):
            heads.pop(digits[0] - 1)
        return {"head_to_remove": None, "heads_edit": None, "heads_of_complaint": heads}

    def validate_outcomes_sought(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        result = self._free_text("outcomes_sought", value, dispatcher, tracker, domain)
        outcome = result["outcomes_sought"]
        if outcome is None:
            return result
        dispatcher.utter_message(response="utter_what_a_complaint_can_do")
        return {"outcomes_sought": [] if outcome == SKIPPED else [outcome]}

    # ---- communication ---------------------------------------------------------------------

    def validate_contact_method(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._checked(
            "contact_method",
            value,
            dispatcher,
            tracker,
            domain,
            lambda text, _: parse_contact_method(text),
            give_up="chat",
        )

    def validate_contact_detail(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        method = tracker.get_slot("contact_method")
        parsers: dict[str, Callable[[str], str | None]] = {
            "email": parse_email,
            "phone": parse_uk_phone,
            "text": parse_mobile,
            "letter": parse_postal_address,
            "in_person": lambda text: parse_email(text) or parse_uk_phone(text),
            "via_trusted_adult": lambda text: text if len(text.split()) >= 2 else None,
        }
        parse = parsers.get(method, lambda text: text)
        result = self._checked(
            "contact_detail",
            value,
            dispatcher,
            tracker,
            domain,
            lambda text, _: parse(" ".join(text.split())),
            give_up=SKIPPED,
        )
        if result.get("contact_detail") == SKIPPED and method != "chat":
            # Without a way to reach them, this chat is the only channel left.
            result["contact_method"] = "chat"
        return result

    def validate_best_time(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._free_text("best_time", value, dispatcher, tracker, domain)

    def validate_involve(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._checked(
            "involve",
            value,
            dispatcher,
            tracker,
            domain,
            lambda text, intent: ["nobody"] if intent == "deny" else parse_involve(text),
            give_up=[],
        )

    def validate_preferred_staff(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        intent, _, _ = latest(tracker)
        lowered = str(value).lower()
        if intent == "deny" or any(
            cue in lowered
            for cue in (
                "no one",
                "nobody",
                "anyone",
                "don't mind",
                "dont mind",
                "no preference",
                "doesn't matter",
                "doesnt matter",
                "not really",
                "none",
            )
        ):
            return {"preferred_staff": SKIPPED}
        return self._free_text("preferred_staff", value, dispatcher, tracker, domain)

    def validate_adjustments(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._checked(
            "adjustments",
            value,
            dispatcher,
            tracker,
            domain,
            lambda text, intent: [] if intent == "deny" else parse_adjustments(text),
            give_up=[],
        )

    def validate_wants_advocate(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._yes_no_slot("wants_advocate", value, dispatcher, tracker, domain)

    def validate_consent_to_proceed(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._yes_no_slot("consent_to_proceed", value, dispatcher, tracker, domain)

    def validate_consent_tell_parent_carer(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Result:
        return self._yes_no_slot("consent_tell_parent_carer", value, dispatcher, tracker, domain)
