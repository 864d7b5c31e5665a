"""Telling the complainant what happened to their complaint, by the way they chose to be contacted.

Each notice says what happened, what happens next and by when, the reference, and how to check
on it, in the complainant's language and register: a child who complains for themselves reads
short sentences with one idea each. A notice never carries the secret status code (anyone who
sees the message could then open the complaint) nor anything about safeguarding: only the
reference identifies the complaint, and the subject line holds nothing else personal.

A notice is queued in the outbox in the caller's transaction and sent after commit by the
notifier; a complainant with no channel to reach (a phone call, a letter) gets none, and
`why_not_sent` tells staff why so they can make contact themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from sqlalchemy.orm import Session, object_session, sessionmaker

from handoff import vocabulary
from handoff.conversations import OutgoingMessage, do_record_bot_messages
from handoff.deadlines import today_in_scotland
from handoff.models import Case, Notification
from handoff.notifications import do_queue_notification
from tellus.config import Settings
from tellus.i18n import babel_locale, translations

# handoff.cases.check_escalation accepts a Stage 2 request up to 61 days after the Stage 1
# reply ("within 2 months"); the date a notice gives must be one that check accepts.
STAGE_TWO_REQUEST_WINDOW = timedelta(days=61)


@dataclass(frozen=True)
class NoticeSetup:
    """What the body has set up that notices depend on.

    It rides on each Session's `info` (put there once by `set_up_notices`), so the services that
    cause a notice call `do_notify_complainant(session, case, ...)` without passing settings on.
    Without it: no text messages, and notices point to "our website" rather than an address.
    """

    text_messages: bool = False
    chat_address: str | None = None


SETUP_KEY = "tellus.notice_setup"


def set_up_notices(session_factory: sessionmaker, settings: Settings) -> None:
    """Called where a process builds its session factory (the web app, the action server)."""
    setup = NoticeSetup(text_messages=bool(settings.sms_url), chat_address=settings.public_url)
    session_factory.configure(info={SETUP_KEY: setup})


def _setup(case: Case) -> NoticeSetup:
    session = object_session(case)
    return (session.info.get(SETUP_KEY) if session is not None else None) or NoticeSetup()


# Why a method has no channel, in the words the staff case page shows after "not sent:".
_NOT_A_CHANNEL = {
    None: "no way to contact them was given",
    "chat": "contact by chat; the notice is left in their chat instead",
    "phone": "contact by phone",
    "letter": "contact by letter",
    "in_person": "contact in person",
    "via_trusted_adult": "contact through an adult they trust",
}


def notice_channel(case: Case) -> str | None:
    """The Notification channel a notice to this complainant goes by, or None."""
    if case.contact_method == "email" and case.contact_detail:
        return "email"
    if case.contact_method == "text" and case.contact_detail and _setup(case).text_messages:
        return "sms"
    return None


def why_not_sent(case: Case) -> str:
    """For staff: why this complainant gets no notice (empty when they do)."""
    if notice_channel(case) is not None:
        return ""
    if case.contact_method == "email":
        return "no email address was given"
    if case.contact_method == "text":
        if not case.contact_detail:
            return "no mobile number was given"
        return "no text message service is set up"
    return _NOT_A_CHANNEL[case.contact_method]


@dataclass(frozen=True)
class Notice:
    subject: str
    body: str


def do_notify_complainant(
    session: Session, case: Case, notice: str, **details: Any
) -> Notification | None:
    """Queues `notice` for the complainant in this transaction; None when there is no channel.

    A complainant in the chat also finds the notice there as a bot message when they come back.
    """
    channel = notice_channel(case)
    in_chat = case.contact_method == "chat"
    written = compose_notice(case, notice, in_chat=in_chat, **details)
    if in_chat and case.live_conversation is not None:
        do_record_bot_messages(session, case.live_conversation, [OutgoingMessage(written.body)])
    if channel is None:
        return None
    return do_queue_notification(
        session,
        case=case,
        recipient=case.contact_detail,
        subject=written.subject,
        body=written.body,
        channel=channel,
    )


def compose_notice(case: Case, notice: str, *, in_chat: bool = False, **details: Any) -> Notice:
    """The notice's words, without sending it (what staff preview and tests read)."""
    if notice not in _COMPOSERS:
        raise ValueError(f"unknown notice {notice!r}; expected one of {sorted(_COMPOSERS)}")
    composer, needed, optional = _COMPOSERS[notice]
    if not needed <= set(details) <= needed | optional:
        raise ValueError(
            f"notice {notice!r} takes {sorted(needed)} (and may take {sorted(optional)}), "
            f"not {sorted(details)}"
        )
    words = _Words.for_case(case, in_chat=in_chat)
    subject, paragraphs = composer(words, case, **details)
    body = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    return Notice(subject=subject, body=f"{body}\n\n{words.how_to_check()}")


@dataclass(frozen=True)
class _Words:
    """The language, register and place (this chat or the website) a notice is written for."""

    gettext: Callable[[str], str]
    child: bool
    locale: str
    place: str

    @classmethod
    def for_case(cls, case: Case, *, in_chat: bool) -> _Words:
        _ = translations(case.language).gettext
        address = _setup(case).chat_address
        if in_chat:
            place = _("here in this chat")
        elif address:
            place = _("in our chat at %(address)s") % {"address": address}
        else:
            place = _("in our chat on our website")
        return cls(
            gettext=_,
            child=case.child_friendly and case.complainant_role == "child",
            locale=_known_locale(case.language),
            place=place,
        )

    def day(self, day: date) -> str:
        return format_date(day, format="full", locale=self.locale)

    def how_to_check(self) -> str:
        _ = self.gettext
        if self.child:
            return _(
                'Want to know how it is going? Type "check my complaint" %(place)s. You need your '
                "reference and your secret code."
            ) % {"place": self.place}
        return _(
            'To check how your complaint is going, type "check my complaint" %(place)s. You will '
            "need your reference and the secret code we gave you."
        ) % {"place": self.place}


def _known_locale(language: str) -> str:
    """A language Babel has no data for must not stop a case being closed: British English."""
    try:
        Locale.parse(babel_locale(language))
    except (UnknownLocaleError, ValueError):
        return babel_locale("en")
    return babel_locale(language)


def _acknowledged(
    words: _Words, case: Case, *, stage: str | None = None, due_on: date | None = None
) -> tuple[str, list[str]]:
    """`stage` and `due_on` are those of the stage acknowledged: the case's current ones."""
    _ = words.gettext
    stage = stage or case.stage
    values = {"reference": case.reference, "due_on": words.day(due_on or case.due_on)}
    if words.child:
        subject = _("Your complaint %(reference)s: we got it")
        if stage == "stage_2":
            text = _(
                "We got your request to look at your complaint again. Your reference is "
                "%(reference)s. We will look at it closely. We will tell you what we decided by "
                "%(due_on)s."
            )
        else:
            text = _(
                "We got your complaint. Your reference is %(reference)s. A person from our team is "
                "looking at it now. We will tell you what we decided by %(due_on)s."
            )
    else:
        subject = _("Complaint %(reference)s: received")
        if stage == "stage_2":
            text = _(
                "We have received your request for a Stage 2 investigation of complaint "
                "%(reference)s. We will look into it in detail, and we aim to give you our "
                "decision by %(due_on)s."
            )
        else:
            text = _(
                "We have received your complaint, reference %(reference)s. A member of our team "
                "is now looking at it (Stage 1), and we aim to give you our decision by "
                "%(due_on)s."
            )
    return subject % values, [text % values]


def _extended(words: _Words, case: Case, *, new_due_on: date, note: str) -> tuple[str, list[str]]:
    _ = words.gettext
    values = {"reference": case.reference, "due_on": words.day(new_due_on), "note": note.strip()}
    if words.child:
        subject = _("Your complaint %(reference)s: we need more time")
        text = _(
            "We need more time to look at your complaint %(reference)s. We are sorry. We will "
            "now tell you what we decided by %(due_on)s."
        )
        why = _("This is why: %(note)s")
    else:
        subject = _("Complaint %(reference)s: new date for our decision")
        text = _(
            "We need more time to give you a full answer on your complaint %(reference)s. We now "
            "aim to give you our decision by %(due_on)s."
        )
        why = _("The reason: %(note)s")
    return subject % values, [text % values, why % values if values["note"] else ""]


def _lead_named(words: _Words, case: Case, *, lead_organisation: str) -> tuple[str, list[str]]:
    _ = words.gettext
    values = {
        "reference": case.reference,
        "lead": lead_organisation.strip(),
        "due_on": words.day(case.due_on),
    }
    if words.child:
        subject = _("Your complaint %(reference)s: who is in charge")
        text = _(
            "Your complaint %(reference)s is about more than one service. %(lead)s will be in "
            "charge of it. You will get one reply about all of it. We will reply by %(due_on)s."
        )
    else:
        subject = _("Complaint %(reference)s: who is leading")
        text = _(
            "Your complaint %(reference)s involves more than one service or organisation. "
            "%(lead)s will lead on it, and you will get one response that covers all of it. "
            "We aim to give you that response by %(due_on)s."
        )
    return subject % values, [text % values]


def _outcome_words(words: _Words, outcome: str) -> str:
    _ = words.gettext
    if words.child:
        return {
            "resolved": _("We agreed with you what we will do to put things right."),
            "upheld": _("We agree with you. We got it wrong."),
            "partially_upheld": _("We agree with some of what you said."),
            "not_upheld": _("We do not think we got this wrong."),
            "withdrawn": _("Your complaint has been stopped."),
        }[outcome]
    return {
        "resolved": _("Resolved: we have agreed with you what we will do."),
        "upheld": _("Upheld: we agree with your complaint."),
        "partially_upheld": _("Partially upheld: we agree with part of your complaint."),
        "not_upheld": _("Not upheld: we do not agree that we got this wrong."),
        "withdrawn": _("Withdrawn: the complaint has been stopped."),
    }[outcome]


def _what_next_after(words: _Words, stage: str, decided_on: date) -> str:
    _ = words.gettext
    if stage == "stage_1":
        values = {
            "ask_by": words.day(decided_on + STAGE_TWO_REQUEST_WINDOW),
            "place": words.place,
        }
        if words.child:
            return (
                _(
                    "Not happy with our answer? You can ask us to look again. Ask by %(ask_by)s. "
                    'Type "take it further" %(place)s.'
                )
                % values
            )
        return (
            _(
                "If you are not satisfied, you can ask for your complaint to be investigated at "
                'Stage 2. Please ask within 2 months, by %(ask_by)s: type "take it further" '
                "%(place)s."
            )
            % values
        )
    if words.child:
        return _(
            "This is our last answer. Still not happy? The SPSO can help. They are free. They "
            "do not work for us. Call them on 0800 377 7330. Or write to Freepost SPSO. Or go "
            "to www.spso.org.uk/complain/form."
        )
    return _(
        "This is our final response. If you are still not satisfied, you can ask the Scottish "
        "Public Services Ombudsman (SPSO) to look at your complaint. The SPSO is independent and "
        "free. Write to Freepost SPSO, call 0800 377 7330, or complain online at "
        "www.spso.org.uk/complain/form."
    )


def _closed(
    words: _Words, case: Case, *, stage: str, outcome: str, response: str
) -> tuple[str, list[str]]:
    if stage not in vocabulary.CLOCKED_STAGES:
        raise ValueError(f"a complaint is closed at {vocabulary.CLOCKED_STAGES}, not {stage!r}")
    if outcome not in vocabulary.OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    _ = words.gettext
    decided_on = case.closed_on or today_in_scotland()
    values = {
        "reference": case.reference,
        "decided_on": words.day(decided_on),
        "outcome": _outcome_words(words, outcome),
        "response": response.strip(),
    }
    if words.child:
        subject = _("Your complaint %(reference)s: our answer")
        text = _(
            "We have finished looking at your complaint %(reference)s. We decided on "
            "%(decided_on)s. %(outcome)s"
        )
        answer = _("What we found:\n%(response)s")
    else:
        subject = _("Complaint %(reference)s: our decision")
        text = _(
            "We have finished looking at your complaint %(reference)s and made our decision on "
            "%(decided_on)s. %(outcome)s"
        )
        answer = _("Our response:\n%(response)s")
    return subject % values, [
        text % values,
        answer % values if values["response"] else "",
        _what_next_after(words, stage, decided_on),
    ]


def _escalated(
    words: _Words, case: Case, *, acknowledge_by: date, due_on: date
) -> tuple[str, list[str]]:
    _ = words.gettext
    values = {
        "reference": case.reference,
        "acknowledge_by": words.day(acknowledge_by),
        "due_on": words.day(due_on),
    }
    if words.child:
        subject = _("Your complaint %(reference)s: we will look again")
        text = _(
            "You asked us to look at your complaint %(reference)s again. We will look at it "
            "more closely. We will tell you we got this by %(acknowledge_by)s. We will tell you "
            "what we decided by %(due_on)s."
        )
    else:
        subject = _("Complaint %(reference)s: moved to Stage 2")
        text = _(
            "Your complaint %(reference)s has moved to Stage 2, where it will be investigated in "
            "detail. We will confirm that we have received it by %(acknowledge_by)s, and we aim "
            "to give you our decision by %(due_on)s."
        )
    return subject % values, [text % values]


# Each notice: how it is written, the details it needs, and the details it may also take.
_COMPOSERS: dict[str, tuple[Callable[..., tuple[str, list[str]]], frozenset, frozenset]] = {
    "acknowledged": (_acknowledged, frozenset(), frozenset({"stage", "due_on"})),
    "extended": (_extended, frozenset({"new_due_on", "note"}), frozenset()),
    "lead_named": (_lead_named, frozenset({"lead_organisation"}), frozenset()),
    "closed": (_closed, frozenset({"stage", "outcome", "response"}), frozenset()),
    "escalated": (_escalated, frozenset({"acknowledge_by", "due_on"}), frozenset()),
}
NOTICES = tuple(_COMPOSERS)
