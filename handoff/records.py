"""The case as staff and integrations receive it (CONTRACT §4)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from handoff.models import Case, CaseStage


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def case_summary(case: Case) -> dict[str, Any]:
    """The queue row: enough to triage without opening the case."""
    return {
        "reference": case.reference,
        "created_at": _iso(case.created_at),
        "updated_at": _iso(case.updated_at),
        "status": case.status,
        "stage": case.stage,
        "priority": case.priority,
        "child_friendly": case.child_friendly,
        "service_area": case.service_area,
        "summary": case.summary,
        "safeguarding": _safeguarding(case),
        "received_on": _iso(case.received_on),
        "due_on": _iso(case.due_on),
        "assigned_to": case.assigned_to.email if case.assigned_to else None,
    }


def _safeguarding(case: Case) -> dict[str, Any]:
    return {
        "flagged": case.safeguarding_flagged,
        "severity": case.safeguarding_severity,
        "categories": list(case.safeguarding_categories),
        "first_flagged_at": _iso(case.first_flagged_at),
    }


def _stage(row: CaseStage) -> dict[str, Any]:
    """One stage's history. Safeguarding referrals are never part of the record."""
    return {
        "stage": row.stage,
        "started_on": _iso(row.started_on),
        "acknowledged_on": _iso(row.acknowledged_on),
        "standard_due_on": _iso(row.standard_due_on),
        "due_on": _iso(row.due_on),
        "closed_on": _iso(row.closed_on),
        "outcome": row.outcome,
        "response": row.response,
    }


def case_record(case: Case) -> dict[str, Any]:
    # A resumed draft has more than one chat; the transcript reads as one, in time order.
    messages = sorted(
        (m for conversation in case.conversations for m in conversation.messages),
        key=lambda m: (m.at, m.id),
    )
    return {
        "reference": case.reference,
        "created_at": _iso(case.created_at),
        "updated_at": _iso(case.updated_at),
        "channel": case.channel,
        "language": case.language,
        "complainant": {
            "role": case.complainant_role,
            "age_band": case.age_band,
            "name": case.complainant_name,
        },
        "child_friendly": case.child_friendly,
        "service_area": case.service_area,
        "organisation": case.organisation,
        "summary": case.summary,
        "when_where": case.when_where,
        "urgency": case.urgency,
        "heads_of_complaint": list(case.heads_of_complaint),
        "outcomes_sought": list(case.outcomes_sought),
        "communication": {
            "method": case.contact_method,
            "contact": case.contact_detail,
            "best_time": case.best_time,
            "adjustments": list(case.adjustments),
            "involve": list(case.involve),
            "preferred_staff": case.preferred_staff,
            "wants_advocate": case.wants_advocate,
        },
        "consent": {
            "to_proceed": case.consent_to_proceed,
            "tell_parent_carer": case.consent_tell_parent_carer,
            "child_knows": case.child_knows,
            "child_wants_complaint": case.child_wants_complaint,
        },
        "safeguarding": _safeguarding(case),
        "priority": case.priority,
        "stage": case.stage,
        "status": case.status,
        "outcome": case.outcome,
        "received_on": _iso(case.received_on),
        "due_on": _iso(case.due_on),
        "assigned_to": case.assigned_to.email if case.assigned_to else None,
        # Added for the staff workspace (issue 5); the keys above are the contract's own.
        "priority_reason": case.priority_reason,
        "escalated_on": _iso(case.escalated_on),
        "closed_on": _iso(case.closed_on),
        "involved_services": list(case.involved_services),
        "lead_organisation": case.lead_organisation,
        "learning": {"root_cause": case.root_cause, "learning_points": case.learning_points},
        "stages": [_stage(row) for row in case.stages],
        "transcript": [
            {"at": _iso(m.at), "from": m.author, "text": m.text, "flagged": m.flagged}
            | ({"flagged_spans": list(m.flagged_spans)} if m.flagged else {})
            for m in messages
        ],
    }
