"""What staff can narrow the queue to: stage, status, assignee, child-friendly, overdue and
safeguarding.

The staff page's GET form and `GET /api/cases` share these query parameters, so a link copied
from one works on the other. No parameters means the whole open queue (CONTRACT §3).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from handoff import vocabulary
from handoff.errors import InvalidInput
from handoff.models import Case, StaffMember
from handoff.staff import find_staff

# Query parameter values with a meaning of their own.
OPEN = "open"
ME = "me"
UNASSIGNED = "unassigned"
PARAMETERS = ("stage", "status", "assignee", "child_friendly", "overdue", "safeguarding")
# Said once, for the error message and the README: a yes/no filter is tri-state.
YES, NO = "true", "false"


@dataclass(frozen=True)
class QueueFilters:
    """Every field's default narrows nothing, except statuses: None means the open statuses."""

    stages: tuple[str, ...] = ()
    statuses: tuple[str, ...] | None = None
    assignee_id: int | None = None
    unassigned: bool = False
    child_friendly: bool | None = None
    # Overdue means due before `today` (in Scotland), which the caller supplies.
    overdue: bool | None = None
    today: date | None = None
    safeguarding: bool | None = None

    def conditions(self) -> list[ColumnElement]:
        """The WHERE clauses beyond the status, which the queue itself applies."""
        found: list[ColumnElement] = []
        if self.stages:
            found.append(Case.stage.in_(self.stages))
        if self.assignee_id is not None:
            found.append(Case.assigned_to_id == self.assignee_id)
        if self.unassigned:
            found.append(Case.assigned_to_id.is_(None))
        if self.child_friendly is not None:
            found.append(Case.child_friendly.is_(self.child_friendly))
        if self.overdue is not None and self.today is not None:
            late = Case.due_on < self.today
            # A case with no due date (a draft) is never overdue.
            found.append(late if self.overdue else or_(Case.due_on.is_(None), ~late))
        if self.safeguarding is not None:
            found.append(Case.safeguarding_flagged.is_(self.safeguarding))
        return found


def check_queue_filters(
    session: Session,
    params: Mapping[str, Sequence[str]],
    *,
    staff_member_id: int,
    today: date,
) -> QueueFilters:
    """Reads query parameters (name -> every value given). An empty value is "any", as an
    unchosen select in the form sends it; anything unknown is refused rather than ignored, so
    that a typo never silently shows the whole queue."""
    unknown = sorted(set(params) - set(PARAMETERS))
    if unknown:
        raise InvalidInput(
            f"Unknown filter {unknown[0]!r}. The filters are: {', '.join(PARAMETERS)}."
        )
    given = {name: [v.strip() for v in values if v.strip()] for name, values in params.items()}
    assignee = _single(given, "assignee")
    assignee_id = None
    if assignee not in (None, ME, UNASSIGNED):
        member = find_staff(session, assignee)
        if member is None:
            raise InvalidInput(f"No staff member has the email {assignee!r}.")
        assignee_id = member.id
    return QueueFilters(
        stages=_each_of(given, "stage", vocabulary.STAGES),
        statuses=_statuses(given.get("status", [])),
        assignee_id=staff_member_id if assignee == ME else assignee_id,
        unassigned=assignee == UNASSIGNED,
        child_friendly=_yes_no(given, "child_friendly"),
        overdue=_yes_no(given, "overdue"),
        today=today,
        safeguarding=_yes_no(given, "safeguarding"),
    )


def staff_to_filter_by(session: Session) -> list[StaffMember]:
    """Everyone a case can be assigned to, including people who have left: their cases still
    need finding."""
    return list(
        session.execute(
            select(StaffMember).order_by(
                StaffMember.is_active.desc(), StaffMember.display_name, StaffMember.email
            )
        ).scalars()
    )


def _single(given: Mapping[str, list[str]], name: str) -> str | None:
    values = given.get(name, [])
    if len(values) > 1:
        raise InvalidInput(f"Give {name} only once.")
    return values[0] if values else None


def _yes_no(given: Mapping[str, list[str]], name: str) -> bool | None:
    value = _single(given, name)
    if value is None:
        return None
    if value not in (YES, NO):
        raise InvalidInput(f"{name} must be {YES} or {NO} (or left out for either).")
    return value == YES


def _each_of(given: Mapping[str, list[str]], name: str, allowed: tuple[str, ...]) -> tuple:
    values = given.get(name, [])
    for value in values:
        if value not in allowed:
            raise InvalidInput(f"{name} must be one of {', '.join(allowed)}; not {value!r}.")
    return tuple(dict.fromkeys(values))


def _statuses(values: list[str]) -> tuple[str, ...] | None:
    """'open' (the default) stands for every status staff still have to act on; it can be
    combined with others, e.g. status=open&status=closed."""
    for value in values:
        if value != OPEN and value not in vocabulary.STATUSES:
            raise InvalidInput(
                f"status must be {OPEN} or one of {', '.join(vocabulary.STATUSES)}; not {value!r}."
            )
    if not values:
        return None
    return tuple(dict.fromkeys(values))
