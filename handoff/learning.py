"""Learning from complaints: the root cause, what was learned, and SMART actions with an owner
and a date, tracked to done.

Learning can be recorded while the case is open or after it is closed (actions often outlive the
reply), but not on a draft that was never sent.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff import audit
from handoff.errors import InvalidInput
from handoff.handling import required_text
from handoff.models import Case, LearningAction, StaffMember

# Outcomes where something went wrong: staff are asked (not forced) to record learning first.
OUTCOMES_THAT_TEACH = ("upheld", "partially_upheld")
MAX_LEARNING_CHARS = 5000


def _check_sent(case: Case) -> None:
    if case.status == "draft":
        raise InvalidInput("This complaint has not been sent yet.")


def learning_actions(session: Session, case: Case) -> list[LearningAction]:
    return list(
        session.execute(
            select(LearningAction)
            .where(LearningAction.case_id == case.id)
            .order_by(LearningAction.due_on, LearningAction.id)
        ).scalars()
    )


def is_overdue(action: LearningAction, today: date) -> bool:
    return action.done_on is None and action.due_on < today


def learning_recorded(session: Session, case: Case) -> bool:
    return bool(case.root_cause or case.learning_points or learning_actions(session, case))


def should_prompt_for_learning(session: Session, case: Case, outcome: str) -> bool:
    """Before closing an upheld or partly upheld complaint with no learning recorded."""
    return outcome in OUTCOMES_THAT_TEACH and not learning_recorded(session, case)


def do_record_learning(
    session: Session,
    case: Case,
    staff: StaffMember,
    *,
    today: date,
    root_cause: str | None,
    learning_points: str | None,
) -> None:
    """Sets both fields (an empty one clears it); at least one must say something."""
    root_cause = (root_cause or "").strip() or None
    learning_points = (learning_points or "").strip() or None
    if root_cause is None and learning_points is None:
        raise InvalidInput("Give the root cause or the learning points.")
    for text in (root_cause, learning_points):
        if text is not None and len(text) > MAX_LEARNING_CHARS:
            raise InvalidInput(f"Learning is too long: at most {MAX_LEARNING_CHARS} characters.")
    _check_sent(case)
    changed = [
        name
        for name, value in (("root_cause", root_cause), ("learning_points", learning_points))
        if getattr(case, name) != value
    ]
    if not changed:
        raise InvalidInput("Nothing has changed.")
    case.root_cause, case.learning_points = root_cause, learning_points
    audit.record(
        session,
        staff_member_id=staff.id,
        action="case.learning_recorded",
        case=case,
        detail={"changed": changed, "on": today.isoformat()},
    )
    session.flush()


def do_add_learning_action(
    session: Session,
    case: Case,
    staff: StaffMember,
    *,
    today: date,
    description: str,
    owner: str,
    due_on: date,
) -> LearningAction:
    """A specific action with a named owner and a date (the S, A and T of SMART)."""
    description = required_text(description, "what will be done", limit=MAX_LEARNING_CHARS)
    owner = required_text(owner, "who owns the action", limit=120)
    if due_on < today:
        raise InvalidInput("The action's due date has already passed.")
    _check_sent(case)
    action = LearningAction(
        case_id=case.id,
        description=description,
        owner=owner,
        due_on=due_on,
        created_by_id=staff.id,
    )
    session.add(action)
    session.flush()
    audit.record(
        session,
        staff_member_id=staff.id,
        action="learning_action.added",
        case=case,
        detail={"action_id": action.id, "owner": owner, "due_on": due_on.isoformat()},
    )
    session.flush()
    return action


def do_mark_learning_action_done(
    session: Session, case: Case, staff: StaffMember, *, today: date, action_id: int
) -> LearningAction:
    action = session.get(LearningAction, action_id)
    if action is None or action.case_id != case.id:
        raise InvalidInput("That learning action is not on this case.")
    if action.done_on is not None:
        raise InvalidInput(f"That action was already marked done on {action.done_on}.")
    action.done_on = today
    audit.record(
        session,
        staff_member_id=staff.id,
        action="learning_action.done",
        case=case,
        detail={"action_id": action.id, "on": today.isoformat(), "due_on": str(action.due_on)},
    )
    session.flush()
    return action
