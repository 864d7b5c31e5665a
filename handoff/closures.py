"""Days the body is closed: not working days, on top of weekends and Scottish public holidays."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff.errors import InvalidInput
from handoff.models import ClosureDay


def closure_days(session: Session) -> frozenset[date]:
    return frozenset(session.execute(select(ClosureDay.day)).scalars())


def do_add_closure_day(session: Session, day: date, reason: str) -> ClosureDay:
    reason = reason.strip()
    if not reason:
        raise InvalidInput("Say why the body is closed that day.")
    if session.get(ClosureDay, day) is not None:
        raise InvalidInput(f"{day.isoformat()} is already a closure day.")
    closure = ClosureDay(day=day, reason=reason[:200])
    session.add(closure)
    session.flush()
    return closure


def do_remove_closure_day(session: Session, day: date) -> None:
    closure = session.get(ClosureDay, day)
    if closure is None:
        raise InvalidInput(f"{day.isoformat()} is not a closure day.")
    session.delete(closure)
    session.flush()
