from datetime import date

import pytest

from handoff.cases import find_case
from handoff.child_decisions import (
    child_decisions,
    do_record_best_interests_decision,
    do_record_capacity_decision,
)
from handoff.errors import InvalidInput
from tests.factories import add_staff, submit_case

TODAY = date(2026, 12, 22)


def _child_case(session):
    return find_case(
        session,
        submit_case(session, today=TODAY, complainant_role="child", age_band="12_15").reference,
    )


def test_capacity_and_best_interests_decisions_are_kept_with_reasons(session) -> None:
    handler = add_staff(session)
    case = _child_case(session)
    do_record_capacity_decision(
        session,
        case,
        handler,
        today=TODAY,
        decision="has capacity to make the complaint",
        reasons="She is 14, explained the complaint clearly and what she wants from it.",
    )
    do_record_best_interests_decision(
        session,
        case,
        handler,
        today=TODAY,
        decision="go on with the complaint",
        against_wish_of="parent_carer",
        reasons="The child wants it to go on and understands it; her father asked us to stop.",
    )
    kinds = [(d.kind, d.decision, d.against_wish_of) for d in child_decisions(session, case)]
    assert kinds == [
        ("capacity", "has capacity to make the complaint", None),
        ("best_interests", "go on with the complaint", "parent_carer"),
    ]


@pytest.mark.parametrize(
    ("against_wish_of", "reasons", "message"),
    [
        (None, "Reasons.", "whose wish"),
        ("teacher", "Reasons.", "whose wish"),
        ("child", "  ", "reasons"),
    ],
)
def test_a_best_interests_decision_says_whose_wish_and_why(
    session, against_wish_of, reasons, message
) -> None:
    handler = add_staff(session)
    case = _child_case(session)
    with pytest.raises(InvalidInput, match=message):
        do_record_best_interests_decision(
            session,
            case,
            handler,
            today=TODAY,
            decision="stop the complaint",
            against_wish_of=against_wish_of,
            reasons=reasons,
        )
    assert child_decisions(session, case) == []


def test_decisions_are_only_for_child_friendly_cases(session) -> None:
    handler = add_staff(session)
    adult = find_case(session, submit_case(session, today=TODAY, age_band="adult").reference)
    with pytest.raises(InvalidInput, match="child-friendly"):
        do_record_capacity_decision(
            session, adult, handler, today=TODAY, decision="has capacity", reasons="Adult."
        )
