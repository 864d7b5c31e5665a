"""Between the tracker's slots and the domain's IntakeAnswers, both ways.

Slots hold what the validators normalised: closed values, "yes"/"no"/"unsure" for questions,
SKIPPED for a question the person chose to skip, and lists for heads, outcomes, people, needs.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from handoff.intake import IntakeAnswers

SKIPPED = "skipped"
UNSURE = "unsure"

# Slots whose values come back on resume (everything the form asks, plus what it derived).
RESTORED_SLOTS = (
    "complainant_role",
    "age_band",
    "about_child",
    "child_knows",
    "child_wants_complaint",
    "complainant_name",
    "what_happened",
    "story_parts",
    "story_done",
    "when_where",
    "service_area",
    "organisation",
    "urgency",
    "heads_of_complaint",
    "heads_confirmed",
    "outcomes_sought",
    "contact_method",
    "contact_detail",
    "best_time",
    "involve",
    "preferred_staff",
    "adjustments",
    "wants_advocate",
    "consent_to_proceed",
    "consent_tell_parent_carer",
    "register",
)


def _text(value: Any) -> str | None:
    return None if value in (None, "", SKIPPED) else str(value)


def _yes_no(value: Any) -> bool | None:
    return {"yes": True, "no": False}.get(value)


def _listed(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value if item not in (None, "", SKIPPED)]
    return [] if _text(value) is None else [str(value)]


def answers_from_tracker(tracker: Tracker) -> IntakeAnswers:
    slot = tracker.get_slot
    return IntakeAnswers(
        summary="\n".join(_listed(slot("story_parts"))) or _text(slot("what_happened")) or "",
        complainant_role=slot("complainant_role") or "unknown",
        age_band=slot("age_band") or ("adult" if slot("register") == "adult" else "unknown"),
        complainant_name=_text(slot("complainant_name")),
        about_child=_yes_no(slot("about_child")),
        child_knows=_yes_no(slot("child_knows")),
        child_wants_complaint=_yes_no(slot("child_wants_complaint")),
        service_area=slot("service_area") or "unknown",
        organisation=_text(slot("organisation")),
        when_where=_text(slot("when_where")),
        urgency=_text(slot("urgency")),
        heads_of_complaint=_listed(slot("heads_of_complaint")),
        outcomes_sought=_listed(slot("outcomes_sought")),
        contact_method=slot("contact_method"),
        contact_detail=_text(slot("contact_detail")),
        best_time=_text(slot("best_time")),
        involve=_listed(slot("involve")),
        preferred_staff=_text(slot("preferred_staff")),
        adjustments=_listed(slot("adjustments")),
        wants_advocate=_yes_no(slot("wants_advocate")),
        consent_to_proceed=_yes_no(slot("consent_to_proceed")),
        consent_tell_parent_carer=_yes_no(slot("consent_tell_parent_carer")),
    )


def slots_to_save(tracker: Tracker) -> dict[str, Any]:
    """The raw slot values of a paused conversation, so a resume picks up exactly here."""
    return {name: tracker.get_slot(name) for name in RESTORED_SLOTS}


def restore_slots(saved: dict[str, Any]) -> list[EventType]:
    return [SlotSet(name, value) for name, value in saved.items() if name in RESTORED_SLOTS]
