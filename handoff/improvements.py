"""You said, we did: changes made because people complained, told in anonymised words.

Staff write an entry (optionally linked to the case it came from, for their own reference) and
publish it to the public page. Publishing is refused while the text looks as if it could identify
someone: the linked case's complainant name, contact detail or reference, or anything shaped like
an email address, a phone number, a postcode or a case reference. A published entry is not
edited in place: unpublish it, change it, and publish again (so the check sees every public word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from handoff import audit, vocabulary
from handoff.cases import find_case
from handoff.errors import InvalidInput, NotFound
from handoff.models import Case, Improvement, StaffMember
from handoff.references import ALPHABET, normalise_reference

MAX_IMPROVEMENT_CHARS = 1000

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A run of digits with the spaces, dots, dashes and brackets people put in phone numbers. UK
# numbers have 10 or 11 digits; a longer run (two numbers, an account number) identifies too.
_DIGIT_RUN = re.compile(r"\+?\(?\d[\d\s().-]*\d")
PHONE_MIN_DIGITS = 10
# UK postcodes: outward code (A9, A99, A9A, AA9, AA99, AA9A), then inward code (9AA).
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
# Something shaped like a Tell Us reference (TU-XXXX-XXXX). Upper case only: in lower case it
# would match ordinary ten-letter words starting "tu". The linked case's own reference is also
# looked for in any case and spacing.
_REFERENCE = re.compile(rf"\bTU[\s_.-]?[{ALPHABET}]{{4}}[\s_.-]?[{ALPHABET}]{{4}}\b")
_SEPARATORS = re.compile(r"[\s_.-]")


@dataclass(frozen=True)
class StaffImprovement:
    """An entry as staff see it, with the case it came from."""

    id: int
    service_area: str
    you_said: str
    we_did: str
    case_reference: str | None
    published_on: date | None
    created_by: str


@dataclass(frozen=True)
class PublishedImprovement:
    """An entry as the public see it: no case, no staff member."""

    service_area: str
    you_said: str
    we_did: str
    published_on: date


def staff_improvements(session: Session) -> list[StaffImprovement]:
    rows = session.execute(
        select(Improvement, Case.reference, StaffMember.email)
        .outerjoin(Case, Case.id == Improvement.case_id)
        .join(StaffMember, StaffMember.id == Improvement.created_by_id)
        .order_by(Improvement.created_at.desc(), Improvement.id.desc())
    )
    return [
        StaffImprovement(
            id=entry.id,
            service_area=entry.service_area,
            you_said=entry.you_said,
            we_did=entry.we_did,
            case_reference=reference,
            published_on=entry.published_on,
            created_by=email,
        )
        for entry, reference, email in rows
    ]


def published_improvements(
    session: Session, service_area: str | None = None
) -> list[PublishedImprovement]:
    """Newest first; only published entries, and only their public words."""
    query = select(
        Improvement.service_area, Improvement.you_said, Improvement.we_did, Improvement.published_on
    ).where(Improvement.published_on.is_not(None))
    if service_area is not None:
        query = query.where(Improvement.service_area == service_area)
    query = query.order_by(Improvement.published_on.desc(), Improvement.id.desc())
    return [PublishedImprovement(*row) for row in session.execute(query)]


def published_service_areas(session: Session) -> dict[str, int]:
    """The service areas that have published entries, in the vocabulary's order, with counts."""
    counts = dict(
        session.execute(
            select(Improvement.service_area, func.count())
            .where(Improvement.published_on.is_not(None))
            .group_by(Improvement.service_area)
        ).all()
    )
    return {area: counts[area] for area in vocabulary.SERVICE_AREAS if area in counts}


# Checks.


def _required(text: str | None, what: str) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidInput(f"Write {what}.")
    if len(text) > MAX_IMPROVEMENT_CHARS:
        raise InvalidInput(f"Keep {what} to {MAX_IMPROVEMENT_CHARS} characters or fewer.")
    return text


def _check_service_area(service_area: str | None) -> str:
    if service_area not in vocabulary.SERVICE_AREAS:
        raise InvalidInput("Choose the service area the change was made in.")
    return service_area


def _linked_case(session: Session, case_reference: str | None) -> Case | None:
    typed = (case_reference or "").strip()
    if not typed:
        return None
    try:
        return find_case(session, typed)
    except NotFound:
        raise InvalidInput(f"No case has the reference {typed}.") from None


def _get(session: Session, improvement_id: int) -> Improvement:
    entry = session.get(Improvement, improvement_id)
    if entry is None:
        raise InvalidInput("That entry does not exist (it may have been removed).")
    return entry


def _words(text: str) -> set[str]:
    """Words, with "Sam's" read as "Sam" and "Mary-Jane" as "Mary" and "Jane"."""
    return {word.casefold() for word in re.split(r"[\W_]+", text) if word}


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def identifying_details(text: str, case: Case | None) -> list[str]:
    """What in `text` looks as if it could identify someone, each said in a few words."""
    found: list[str] = []
    if case is not None:
        found += _details_of_case(text, case)
    found += [f"an email address ({match})" for match in _EMAIL.findall(text)]
    found += [
        f"a phone number ({match.strip()})"
        for match in _DIGIT_RUN.findall(text)
        if len(_digits(match)) >= PHONE_MIN_DIGITS
    ]
    found += [f"a postcode ({match})" for match in _POSTCODE.findall(text)]
    found += [f"a case reference ({match})" for match in _REFERENCE.findall(text)]
    return list(dict.fromkeys(found))


def _details_of_case(text: str, case: Case) -> list[str]:
    found = []
    folded = text.casefold()
    words = _words(text)
    # Each part of the name on its own: "Sam" identifies as surely as "Sam Smith". Short
    # particles ("O", "de") would match too much to be useful.
    name_parts = [part for part in _words(case.complainant_name or "") if len(part) > 1]
    found += [f"the complainant's name ({part})" for part in name_parts if part in words]
    contact = (case.contact_detail or "").strip()
    if contact:
        contact_digits = _digits(contact)
        if contact.casefold() in folded or (
            len(contact_digits) >= 6 and contact_digits in _digits(text)
        ):
            found.append(f"the complainant's contact detail ({contact})")
        # An address: any line of it with a house number, such as "12 High Street".
        found += [
            f"the complainant's address ({line})"
            for line in (part.strip() for part in re.split(r"[,\n]", contact))
            if line != contact and _digits(line) and line.casefold() in folded
        ]
    compact_reference = _SEPARATORS.sub("", normalise_reference(case.reference))
    if compact_reference in _SEPARATORS.sub("", text).upper():
        found.append(f"the case reference ({case.reference})")
    return found


def check_publishable(session: Session, entry: Improvement) -> None:
    case = session.get(Case, entry.case_id) if entry.case_id is not None else None
    details = identifying_details(f"{entry.you_said}\n{entry.we_did}", case)
    if details:
        raise InvalidInput(
            "This cannot be published yet: it looks as if it could identify someone. It contains "
            + "; ".join(details)
            + ". Rewrite it in general words and try again."
        )


# Changes.


def do_add_improvement(
    session: Session,
    staff: StaffMember,
    *,
    service_area: str | None,
    you_said: str | None,
    we_did: str | None,
    case_reference: str | None = None,
) -> Improvement:
    service_area = _check_service_area(service_area)
    you_said = _required(you_said, "what people said")
    we_did = _required(we_did, "what we did")
    case = _linked_case(session, case_reference)
    entry = Improvement(
        service_area=service_area,
        you_said=you_said,
        we_did=we_did,
        case_id=case.id if case else None,
        created_by_id=staff.id,
    )
    session.add(entry)
    session.flush()
    audit.record(
        session,
        staff_member_id=staff.id,
        action="improvement.added",
        case=case,
        detail={"improvement": entry.id, "service_area": entry.service_area},
    )
    return entry


def do_edit_improvement(
    session: Session,
    staff: StaffMember,
    improvement_id: int,
    *,
    service_area: str | None,
    you_said: str | None,
    we_did: str | None,
    case_reference: str | None = None,
) -> Improvement:
    entry = _get(session, improvement_id)
    service_area = _check_service_area(service_area)
    you_said = _required(you_said, "what people said")
    we_did = _required(we_did, "what we did")
    case = _linked_case(session, case_reference)
    if entry.published_on is not None:
        raise InvalidInput("This entry is published. Unpublish it before changing it.")
    entry.service_area, entry.you_said, entry.we_did = service_area, you_said, we_did
    entry.case_id = case.id if case else None
    audit.record(
        session,
        staff_member_id=staff.id,
        action="improvement.edited",
        case=case,
        detail={"improvement": entry.id},
    )
    session.flush()
    return entry


def do_publish_improvement(
    session: Session, staff: StaffMember, improvement_id: int, *, today: date
) -> Improvement:
    entry = _get(session, improvement_id)
    if entry.published_on is not None:
        raise InvalidInput("This entry is already published.")
    check_publishable(session, entry)
    entry.published_on = today
    audit.record(
        session,
        staff_member_id=staff.id,
        action="improvement.published",
        case=session.get(Case, entry.case_id) if entry.case_id else None,
        detail={"improvement": entry.id, "on": today.isoformat()},
    )
    session.flush()
    return entry


def do_unpublish_improvement(
    session: Session, staff: StaffMember, improvement_id: int
) -> Improvement:
    entry = _get(session, improvement_id)
    if entry.published_on is None:
        raise InvalidInput("This entry is not published.")
    entry.published_on = None
    audit.record(
        session,
        staff_member_id=staff.id,
        action="improvement.unpublished",
        case=session.get(Case, entry.case_id) if entry.case_id else None,
        detail={"improvement": entry.id},
    )
    session.flush()
    return entry
