import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from textstat.backend.metrics import flesch_kincaid_grade

from handoff.cases import escalation_is_late, find_case
from handoff.channels import EmailChannel, SmsChannel
from handoff.complainant_notices import (
    NOTICES,
    compose_notice,
    do_notify_complainant,
    notice_channel,
    set_up_notices,
    why_not_sent,
)
from handoff.conversations import messages_after
from handoff.models import Case, Notification
from handoff.notifications import deliver_due
from handoff.safeguarding.result import CATEGORIES
from tests.factories import submit_case
from tests.sms_gateway import sms_gateway
from tests.smtp import smtp_server

RECEIVED = date(2026, 11, 26)  # Stage 1: 5 working days, St Andrew's Day (30 Nov) excluded
STAGE_ONE_DUE = "Friday, 4 December 2026"
DETAILS = {
    "acknowledged": {},
    "extended": {
        "new_due_on": date(2026, 12, 17),
        "note": "We are waiting to hear from the school.",
    },
    "lead_named": {"lead_organisation": "NHS Lothian"},
    "closed": {
        "stage": "stage_1",
        "outcome": "upheld",
        "response": "The bus will come on time now.",
    },
    "escalated": {"acknowledge_by": date(2026, 12, 8), "due_on": date(2027, 1, 5)},
}
# The dates each notice must give, as an English reader sees them.
DATES = {
    "acknowledged": [STAGE_ONE_DUE],
    "extended": ["Thursday, 17 December 2026"],
    "lead_named": [STAGE_ONE_DUE],
    "closed": ["Tuesday, 1 December 2026", "Sunday, 31 January 2027"],
    "escalated": ["Tuesday, 8 December 2026", "Tuesday, 5 January 2027"],
}
CHILD = {"complainant_role": "child", "age_band": "12_15"}
ADULT = {"complainant_role": "parent_carer", "age_band": "adult"}
SAFEGUARDING_WORDS = (
    "safeguard",
    "abuse",
    "harm",
    "danger",
    "risk",
    "concern",
    "protect",
    "urgent",
    "flag",
    "police",
    "social work",
    "999",
    "childline",
)


def _case(session, *, who=ADULT, method="email", detail="sam@example.org", **answers) -> tuple:
    submitted = submit_case(
        session,
        today=RECEIVED,
        complainant_name="Sam",
        contact_method=method,
        contact_detail=detail,
        **who,
        **answers,
    )
    case = find_case(session, submitted.reference)
    case.closed_on = date(2026, 12, 1)  # read by "closed" only
    return case, submitted.status_code


@contextmanager
def _session(session_factory, settings, **changes) -> Iterator:
    """A session from a factory set up as a process with these settings would set it up."""
    set_up_notices(session_factory, replace(settings, **changes))
    with session_factory() as session, session.begin():
        yield session


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!:])\s+", text) if s.strip()]


def _grade(text: str) -> float:
    # "en-GB" (not "en_GB") makes textstat count syllables with its pyphen dictionaries; for
    # "en" it would download CMUdict through nltk at run time, and tests have no network.
    return flesch_kincaid_grade(text, "en-GB")


@pytest.mark.parametrize("notice", NOTICES)
@pytest.mark.parametrize("who", [CHILD, ADULT], ids=["child", "adult"])
def test_every_notice_says_what_when_which_and_how_to_check(session, notice, who) -> None:
    case, status_code = _case(session, who=who)
    written = compose_notice(case, notice, **DETAILS[notice])

    assert case.reference in written.subject
    assert case.reference in written.body
    for day in DATES[notice]:
        assert day in written.body
    assert '"check my complaint"' in written.body
    assert "secret code" in written.body
    # The code opens the complaint to whoever reads the message: it is never in one.
    for text in (written.subject, written.body):
        assert status_code not in text
        assert status_code.lower() not in text.lower()
    # A subject line can be read on a lock screen: the reference and nothing personal.
    assert "Sam" not in written.subject
    assert "sam@example.org" not in written.subject + written.body
    if who is CHILD:
        assert _grade(written.body) <= 6, written.body
        assert all(len(s.split()) <= 15 for s in _sentences(written.body)), written.body
    else:
        assert _grade(written.body) <= 9, written.body


def test_the_two_registers_differ(session) -> None:
    child, _ = _case(session, who=CHILD)
    adult, _ = _case(session, who=ADULT)
    for notice in NOTICES:
        assert compose_notice(child, notice, **DETAILS[notice]) != compose_notice(
            adult, notice, **DETAILS[notice]
        )
    assert "We got your complaint." in compose_notice(child, "acknowledged").body
    assert "We have received your complaint" in compose_notice(adult, "acknowledged").body


def test_a_child_friendly_case_made_by_an_adult_is_written_for_the_adult(session) -> None:
    case, _ = _case(session, who=ADULT)
    assert case.child_friendly
    assert compose_notice(case, "acknowledged").subject == f"Complaint {case.reference}: received"


@pytest.mark.parametrize(
    ("language", "date_words"),
    [
        ("en", "Friday, 4 December 2026"),
        ("pl", "piątek, 4 grudnia 2026"),
        ("uk", "4 грудня"),
        ("xx", "Friday, 4 December 2026"),  # unknown to Babel: British English, not a crash
    ],
)
def test_the_notice_and_its_date_are_in_the_complainants_language(
    session, language, date_words
) -> None:
    case, _ = _case(session)
    case.language = language
    written = compose_notice(case, "acknowledged")
    assert date_words in written.body
    # A language with a catalogue is written in it; one without falls back to English.
    english = written.body.startswith("We have received your complaint")
    assert english == (language in ("en", "xx"))
    for who in (CHILD, ADULT):
        case, _ = _case(session, who=who)
        case.language = language
        for notice in NOTICES:
            assert case.reference in compose_notice(case, notice, **DETAILS[notice]).body


@pytest.mark.parametrize(
    ("who", "words"), [(CHILD, "You can ask us to look again."), (ADULT, "at Stage 2")]
)
def test_stage_two_is_offered_after_stage_one_by_a_date_the_procedure_accepts(
    session, who, words
) -> None:
    case, _ = _case(session, who=who)
    body = compose_notice(case, "closed", **DETAILS["closed"]).body
    assert words in body
    assert 'Type "take it further"' in body or 'type "take it further"' in body
    assert "SPSO" not in body
    ask_by = date(2027, 1, 31)
    assert "Sunday, 31 January 2027" in body
    assert not escalation_is_late(case, ask_by)
    assert escalation_is_late(case, ask_by + timedelta(days=1))


@pytest.mark.parametrize("who", [CHILD, ADULT], ids=["child", "adult"])
def test_after_stage_two_the_spso_is_given(session, who) -> None:
    case, _ = _case(session, who=who)
    body = compose_notice(case, "closed", **{**DETAILS["closed"], "stage": "stage_2"}).body
    for detail in ("Freepost SPSO", "0800 377 7330", "www.spso.org.uk/complain/form"):
        assert detail in body
    assert "take it further" not in body


@pytest.mark.parametrize("outcome", ["resolved", "upheld", "partially_upheld", "not_upheld"])
def test_each_outcome_is_told_plainly(session, outcome) -> None:
    case, _ = _case(session)
    body = compose_notice(case, "closed", **{**DETAILS["closed"], "outcome": outcome}).body
    label = outcome.replace("_", " ").capitalize()
    assert f"{label}: " in body
    assert "Our response:\nThe bus will come on time now." in body


def test_acknowledging_stage_two_says_so(session) -> None:
    case, _ = _case(session)
    case.stage = "stage_2"
    assert "Stage 2 investigation" in compose_notice(case, "acknowledged").body
    # The stage acknowledged may also be named by the caller.
    case.stage = "stage_1"
    body = compose_notice(case, "acknowledged", stage="stage_2", due_on=date(2027, 1, 5)).body
    assert "Stage 2 investigation" in body
    assert "Tuesday, 5 January 2027" in body


def test_no_notice_carries_safeguarding_details(session) -> None:
    for who in (CHILD, ADULT):
        case, _ = _case(session, who=who)
        case.safeguarding_flagged = True
        case.safeguarding_severity = "immediate"
        case.safeguarding_categories = list(CATEGORIES)
        for notice in NOTICES:
            for stage in ("stage_1", "stage_2"):
                details = (
                    {**DETAILS[notice], "stage": stage} if notice == "closed" else DETAILS[notice]
                )
                written = compose_notice(case, notice, **details)
                text = f"{written.subject}\n{written.body}".lower()
                for word in (*SAFEGUARDING_WORDS, *(c.replace("_", " ") for c in CATEGORIES)):
                    assert word not in text, (notice, word)


@pytest.mark.parametrize(
    ("method", "detail", "sms_set_up", "channel", "reason"),
    [
        ("email", "sam@example.org", False, "email", ""),
        ("email", None, False, None, "no email address was given"),
        ("text", "07700 900123", True, "sms", ""),
        ("text", "07700 900123", False, None, "no text message service is set up"),
        ("text", None, True, None, "no mobile number was given"),
        ("chat", None, True, None, "contact by chat; the notice is left in their chat instead"),
        ("phone", "0131 496 0000", True, None, "contact by phone"),
        ("letter", "1 High Street, Edinburgh EH1 1AA", True, None, "contact by letter"),
        ("in_person", None, True, None, "contact in person"),
        ("via_trusted_adult", None, True, None, "contact through an adult they trust"),
    ],
)
def test_each_contact_method_gets_its_channel_or_a_reason(
    session_factory, settings, method, detail, sms_set_up, channel, reason
) -> None:
    sms_url = "http://127.0.0.1:9/send" if sms_set_up else None
    with _session(session_factory, settings, sms_url=sms_url) as session:
        case, _ = _case(session, method=method, detail=detail)
        assert notice_channel(case) == channel
        assert why_not_sent(case) == reason
        queued = do_notify_complainant(session, case, "acknowledged")
        if channel is None:
            assert queued is None
        else:
            assert (queued.channel, queued.recipient, queued.case) == (channel, detail, case)
            assert queued.status == "pending"


def test_the_notice_is_queued_in_the_callers_transaction(session_factory) -> None:
    with session_factory() as session, session.begin():
        reference = _case(session)[0].reference
    with session_factory() as session, session.begin():
        do_notify_complainant(session, find_case(session, reference), "acknowledged")
        assert session.execute(select(func.count(Notification.id))).scalar_one() == 1
    # A change that fails takes its notice with it: nothing is announced that did not happen.
    with pytest.raises(RuntimeError), session_factory() as session, session.begin():
        do_notify_complainant(session, find_case(session, reference), "acknowledged")
        raise RuntimeError("the change the notice reports failed")
    with session_factory() as session:
        assert session.execute(select(func.count(Notification.id))).scalar_one() == 1


def test_in_the_chat_the_notice_waits_as_a_bot_message(session) -> None:
    case, _ = _case(session, method="chat", detail=None)
    conversation = case.live_conversation
    last = max((m.id for m in conversation.messages), default=0)

    assert do_notify_complainant(session, case, "extended", **DETAILS["extended"]) is None

    [message] = messages_after(session, conversation, last)
    assert message.author == "bot"
    assert "We need more time" in message.text
    assert '"check my complaint" here in this chat' in message.text
    assert session.execute(select(func.count(Notification.id))).scalar_one() == 0


def test_no_chat_message_and_no_notification_for_a_phone_call(session) -> None:
    case, _ = _case(session, method="phone", detail="0131 496 0000")
    last = max((m.id for m in case.live_conversation.messages), default=0)
    assert do_notify_complainant(session, case, "acknowledged") is None
    assert messages_after(session, case.live_conversation, last) == []
    assert session.execute(select(func.count(Notification.id))).scalar_one() == 0


def test_notices_point_to_the_bodys_chat_address(session_factory, settings) -> None:
    address = "https://complaints.council.example"
    with _session(session_factory, settings, public_url=address) as session:
        case, _ = _case(session)
        body = compose_notice(case, "acknowledged").body
    assert f'type "check my complaint" in our chat at {address}.' in body


def test_wrong_notices_and_details_are_programming_errors(session) -> None:
    case, _ = _case(session)
    with pytest.raises(ValueError, match="unknown notice"):
        do_notify_complainant(session, case, "reopened")
    with pytest.raises(ValueError, match="new_due_on"):
        do_notify_complainant(session, case, "extended", note="More time")
    with pytest.raises(ValueError, match="takes"):
        do_notify_complainant(session, case, "lead_named", lead_organisation="NHS", extra=1)
    with pytest.raises(ValueError, match="closed at"):
        do_notify_complainant(session, case, "closed", stage="spso", outcome="upheld", response="")
    with pytest.raises(ValueError, match="outcome"):
        do_notify_complainant(session, case, "closed", stage="stage_1", outcome="won", response="")
    assert session.execute(select(func.count(Notification.id))).scalar_one() == 0


def test_an_email_notice_reaches_the_complainant(session_factory, settings) -> None:
    with _session(session_factory, settings) as session:
        case, _ = _case(session)
        reference = case.reference
        do_notify_complainant(session, case, "lead_named", lead_organisation="NHS Lothian")
    with smtp_server() as (url, inbox):
        channels = {"email": EmailChannel(url, "complaints@council.example")}
        assert deliver_due(session_factory, channels) == 1
    [message] = inbox.messages
    assert message["To"] == "sam@example.org"
    assert message["Subject"] == f"Complaint {reference}: who is leading"
    assert "NHS Lothian will lead on it" in message.get_payload(decode=True).decode()


def test_a_text_message_notice_reaches_the_complainant(session_factory, settings) -> None:
    with sms_gateway() as gateway:
        with _session(session_factory, settings, sms_url=gateway.url) as session:
            case, _ = _case(session, who=CHILD, method="text", detail="07700 900123")
            reference = case.reference
            do_notify_complainant(session, case, "escalated", **DETAILS["escalated"])
        assert deliver_due(session_factory, {"sms": SmsChannel(gateway.url)}) == 1
    [text] = gateway.received
    assert text["to"] == "+447700900123"
    assert text["body"].startswith(f"You asked us to look at your complaint {reference} again.")
    with session_factory() as session:
        assert session.execute(select(Notification.status)).scalar_one() == "sent"


def test_a_case_outside_any_session_gets_no_text_messages(session) -> None:
    case = Case(reference="TU-AAAA-BBBB", contact_method="text", contact_detail="07700 900123")
    assert notice_channel(case) is None
    assert why_not_sent(case) == "no text message service is set up"
