from datetime import date

import pytest

from handoff.cases import find_case
from handoff.errors import InvalidInput
from handoff.learning import (
    do_add_learning_action,
    do_mark_learning_action_done,
    do_record_learning,
    is_overdue,
    learning_actions,
)
from tests.factories import add_staff, submit_case

TODAY = date(2026, 12, 22)


def test_actions_are_tracked_to_done_and_overdue_ones_show(session) -> None:
    handler = add_staff(session)
    case = find_case(session, submit_case(session, today=TODAY).reference)
    soon = do_add_learning_action(
        session,
        case,
        handler,
        today=TODAY,
        description="Brief drivers on the new timetable.",
        owner="Depot manager",
        due_on=date(2027, 1, 15),
    )
    later = do_add_learning_action(
        session,
        case,
        handler,
        today=TODAY,
        description="Check arrival times for a month.",
        owner="Transport team",
        due_on=date(2027, 3, 1),
    )
    assert [a.id for a in learning_actions(session, case)] == [soon.id, later.id]
    assert not is_overdue(soon, date(2027, 1, 15))
    assert is_overdue(soon, date(2027, 1, 18))

    do_mark_learning_action_done(session, case, handler, today=date(2027, 1, 18), action_id=soon.id)
    assert soon.done_on == date(2027, 1, 18) and not is_overdue(soon, date(2027, 1, 18))
    with pytest.raises(InvalidInput, match="already marked done"):
        do_mark_learning_action_done(session, case, handler, today=TODAY, action_id=soon.id)

    other = find_case(session, submit_case(session, today=TODAY).reference)
    with pytest.raises(InvalidInput, match="not on this case"):
        do_mark_learning_action_done(session, other, handler, today=TODAY, action_id=later.id)
    assert later.done_on is None


@pytest.mark.parametrize(
    ("description", "owner", "due_on", "message"),
    [
        ("", "Depot manager", date(2027, 1, 15), "what will be done"),
        ("Brief drivers.", "  ", date(2027, 1, 15), "owns the action"),
        ("Brief drivers.", "Depot manager", date(2026, 12, 21), "already passed"),
    ],
)
def test_an_action_needs_what_who_and_when(session, description, owner, due_on, message) -> None:
    handler = add_staff(session)
    case = find_case(session, submit_case(session, today=TODAY).reference)
    with pytest.raises(InvalidInput, match=message):
        do_add_learning_action(
            session,
            case,
            handler,
            today=TODAY,
            description=description,
            owner=owner,
            due_on=due_on,
        )
    assert learning_actions(session, case) == []


def test_root_cause_and_learning_points(session) -> None:
    handler = add_staff(session)
    case = find_case(session, submit_case(session, today=TODAY).reference)
    with pytest.raises(InvalidInput, match="root cause or the learning points"):
        do_record_learning(
            session, case, handler, today=TODAY, root_cause=" ", learning_points=None
        )
    do_record_learning(
        session, case, handler, today=TODAY, root_cause="No cover for sickness.", learning_points=""
    )
    assert (case.root_cause, case.learning_points) == ("No cover for sickness.", None)
    with pytest.raises(InvalidInput, match="Nothing has changed"):
        do_record_learning(
            session,
            case,
            handler,
            today=TODAY,
            root_cause="No cover for sickness.",
            learning_points=None,
        )
