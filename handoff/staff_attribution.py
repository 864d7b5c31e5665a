"""How staff are named to complainants: by display name and team when known, never by email."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff.models import StaffMember
from tellus.i18n import translations


@dataclass(frozen=True)
class StaffAttribution:
    name: str | None
    team: str | None

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "team": self.team}


UNKNOWN_STAFF = StaffAttribution(name=None, team=None)


def attribution(member: StaffMember | None) -> StaffAttribution:
    if member is None:
        return UNKNOWN_STAFF
    return StaffAttribution(name=_known(member.display_name), team=_known(member.team))


def attributions(
    session: Session, staff_member_ids: Collection[int]
) -> dict[int, StaffAttribution]:
    """Who wrote a batch of staff messages, in one query however many there are."""
    if not staff_member_ids:
        return {}
    members = session.execute(
        select(StaffMember).where(StaffMember.id.in_(set(staff_member_ids)))
    ).scalars()
    return {member.id: attribution(member) for member in members}


def handled_by(member: StaffMember | None, *, language: str) -> str | None:
    """The status check's "handled_by", in the complainant's language: None until someone is
    assigned, then the name and team as far as they are known."""
    if member is None:
        return None
    _ = translations(language).gettext
    who = attribution(member)
    if who.name and who.team:
        return _("%(name)s (%(team)s)") % {"name": who.name, "team": who.team}
    if who.name:
        return who.name
    if who.team:
        return _("a member of our team (%(team)s)") % {"team": who.team}
    return _("a member of our team")


def _known(value: str | None) -> str | None:
    return (value.strip() or None) if value else None
