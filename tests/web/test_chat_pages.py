"""The chat page as plain HTML (no JavaScript), the simple complaint form, quick exit and theming.

The browser side (keyboard use, polling, axe) is in tests/e2e/browser/.
"""

from __future__ import annotations

import dataclasses
import html
import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from handoff.cases import check_status_request
from handoff.conversations import (
    Button,
    OutgoingMessage,
    do_record_staff_message,
    find_conversation,
)
from handoff.models import Case, Notification
from tellus.config import ConfigError, load_settings
from tests.factories import add_staff
from web.chat.requests import SENDER_PATTERN

DISCLOSURE = "my stepdad hits me and i'm scared to go home"
GOOD_FORM = {
    "what_happened": "The school bus has not turned up three mornings this week.",
    "contact_method": "email",
    "contact_detail": "parent@example.org",
    "complainant_role": "parent_carer",
    "age_band": "adult",
}


def _csrf(page: str) -> str:
    return re.search(r'name="csrf_token"(?: type="hidden")? value="([^"]+)"', page).group(1)


def _sender(page: str) -> str:
    return re.search(r'data-sender="([^"]+)"', page).group(1)


def _shown(page: str) -> list[str]:
    """The transcript as the page shows it, one entry per message."""
    return [
        html.unescape(re.sub(r"<[^>]+>", "", text))
        for text in re.findall(r'<p class="text"[^>]*>(.*?)</p>', page, re.S)
    ]


def _cases(app) -> int:
    with app.extensions["tellus"].session_factory() as session:
        return session.execute(select(func.count(Case.id))).scalar_one()


@pytest.fixture
def page(client):
    """The chat page once, so the session has its conversation id and CSRF token."""
    return client.get("/").get_data(as_text=True)


def say(client, page: str, message: str):
    return client.post("/chat", data={"csrf_token": _csrf(page), "message": message})


# --- the page ----------------------------------------------------------------------------------


def test_the_page_keeps_one_conversation_id_in_the_session_cookie(client) -> None:
    first = client.get("/")
    assert first.status_code == 200
    assert first.headers["Cache-Control"] == "no-store"
    sender = _sender(first.get_data(as_text=True))
    assert SENDER_PATTERN.match(sender)
    assert _sender(client.get("/").get_data(as_text=True)) == sender
    stored = [c.key for c in client._cookies.values()]
    assert stored == ["session"]


def test_the_page_has_what_the_issue_asks_for(page) -> None:
    for must_have in (
        'role="log"',
        'aria-live="polite"',
        'id="easy-read-toggle"',
        'id="read-aloud-toggle"',
        'class="quick-exit"',
        "Exit this page",
        "0800 1111",
        '<label for="chat-input">',
    ):
        assert must_have in page
    # No third-party addresses, no inline script or style (a strict CSP comes later).
    assert not re.search(r'(?:src|href|action)="(?:https?:)?//', page)
    assert "<script>" not in page and " style=" not in page and "<style" not in page


def test_the_first_load_is_well_under_100_kb(client, page) -> None:
    assets = ["/static/tellus.css", "/static/chat.js", "/static/exit.js", "/theme.css"]
    total = len(page.encode()) + sum(len(client.get(a).data) for a in assets)
    assert total < 40 * 1024  # uncompressed; the budget is 100 KB transferred


# --- the conversation without JavaScript --------------------------------------------------------


def test_a_message_goes_through_the_gateway_and_the_page_shows_the_transcript(
    client, page, fake_rasa, app
) -> None:
    fake_rasa.replies = [
        OutgoingMessage("Hello! Who is making this complaint?"),
        OutgoingMessage("Pick one.", (Button("A young person", "young person"),)),
    ]
    posted = say(client, page, "hello")
    assert posted.status_code == 303
    assert posted.headers["Location"].endswith("/#latest")
    sender = _sender(page)
    assert fake_rasa.received == [(sender, "hello", {"lang": "en"})]

    again = client.get("/").get_data(as_text=True)
    assert _shown(again) == ["hello", "Hello! Who is making this complaint?", "Pick one."]
    assert '<button type="submit" name="message" value="young person">A young person</button>' in (
        again
    )
    with app.extensions["tellus"].session_factory() as session:
        authors = [m.author for m in find_conversation(session, sender).messages]
    assert authors == ["user", "bot", "bot"]


def test_an_offered_button_goes_through_and_a_stale_one_is_refused_kindly(
    client, page, fake_rasa
) -> None:
    fake_rasa.replies = [OutgoingMessage("Shall I send it?", (Button("Yes", "/affirm"),))]
    say(client, page, "hi")
    assert say(client, page, "/affirm").status_code == 303
    assert fake_rasa.received[-1][1] == "/affirm"

    fake_rasa.replies = [OutgoingMessage("Done.")]
    say(client, page, "ok")
    refused = say(client, page, "/restart")
    assert refused.status_code == 422
    assert "not available any more" in refused.get_data(as_text=True)
    assert fake_rasa.received[-1][1] == "ok"


@pytest.mark.parametrize(
    ("typed", "status", "message", "kept"),
    [
        ("   ", 400, "Please write a message first.", False),
        ("x" * 5001, 400, "too long", True),
    ],
)
def test_a_message_that_cannot_be_sent_shows_the_page_again(
    client, page, app, fake_rasa, typed, status, message, kept
) -> None:
    response = say(client, page, typed)
    body = response.get_data(as_text=True)
    assert response.status_code == status
    assert message in body
    assert 'aria-invalid="true"' in body
    in_the_box = re.search(r'<textarea id="chat-input"[^>]*>(.*?)</textarea>', body, re.S).group(1)
    assert (in_the_box == typed) is kept
    assert fake_rasa.received == []
    assert _cases(app) == 0


def test_a_stale_page_asks_again_and_keeps_the_words(client, page, fake_rasa) -> None:
    response = client.post("/chat", data={"csrf_token": "stale", "message": "my words"})
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "send it again" in body and "my words" in body
    assert fake_rasa.received == []


def test_a_disclosure_by_form_post_is_screened_before_the_bot(
    client, page, fake_rasa, app, monkeypatch
) -> None:
    monkeypatch.setattr(
        "web.chat.gateway.utcnow", lambda: datetime(2026, 3, 4, 10, 0, tzinfo=timezone.utc)
    )
    say(client, page, DISCLOSURE)
    assert fake_rasa.received == []
    shown = client.get("/").get_data(as_text=True)
    assert "0800 1111" in _shown(shown)[-1]
    assert "A person from our team will reply here" in shown  # not "talking to" before anyone is
    with app.extensions["tellus"].session_factory() as session:
        case = find_conversation(session, _sender(page)).case
        assert (case.status, case.priority, case.safeguarding_flagged) == (
            "handoff",
            "urgent",
            True,
        )


def test_a_staff_reply_shows_who_the_person_is_now_talking_to(client, page, app) -> None:
    say(client, page, "hello")
    with app.extensions["tellus"].session_factory() as session, session.begin():
        member = add_staff(session)
        conversation = find_conversation(session, _sender(page))
        do_record_staff_message(
            session, conversation, staff_member_id=member.id, text="Hi, I'm Sam."
        )
    shown = client.get("/").get_data(as_text=True)
    assert _shown(shown)[-1] == "Hi, I'm Sam."
    assert "You're now talking to a member of our team." in html.unescape(shown)
    assert 'id="choices"' in shown and "Check for new messages" in shown


def test_a_closed_conversation_offers_a_new_one(client, page, app) -> None:
    say(client, page, "hello")
    with app.extensions["tellus"].session_factory() as session, session.begin():
        find_conversation(session, _sender(page)).mode = "closed"
    shown = client.get("/").get_data(as_text=True)
    assert "Start a new chat" in shown and 'id="chat-form"' not in shown
    client.post("/chat", data={"csrf_token": _csrf(shown), "new_conversation": "1"})
    assert _sender(client.get("/").get_data(as_text=True)) != _sender(page)


def test_easy_read_is_a_preference_that_works_without_javascript(client, page) -> None:
    toggled = client.post("/preferences", data={"csrf_token": _csrf(page), "easy_read": "on"})
    assert toggled.status_code == 303
    shown = client.get("/").get_data(as_text=True)
    assert 'class="chat-page easy-read"' in shown
    assert 'aria-pressed="true"' in shown
    quietly = client.post(
        "/preferences", data={"csrf_token": _csrf(page), "easy_read": "off", "js": "1"}
    )
    assert quietly.status_code == 204
    assert "easy-read" not in client.get("/").get_data(as_text=True).split("<main")[0]


# --- languages (issue 7) --------------------------------------------------------------------------


def _html_tag(page: str) -> str:
    return re.search(r"<html[^>]*>", page).group(0)


def _conversation(app, sender: str):
    with app.extensions["tellus"].session_factory() as session:
        conversation = find_conversation(session, sender)
        return conversation.language, conversation.case.language


@pytest.mark.parametrize(
    ("accept_language", "tag"),
    [
        (None, '<html lang="en-GB" dir="ltr">'),
        ("en-GB,en;q=0.8", '<html lang="en-GB" dir="ltr">'),
        ("pl-PL,pl;q=0.9,en;q=0.5", '<html lang="pl" dir="ltr">'),
        ("ar", '<html lang="ar" dir="rtl">'),
        ("fr-FR", '<html lang="en-GB" dir="ltr">'),
    ],
)
def test_the_page_takes_its_language_and_direction_from_the_browser(
    client, accept_language, tag
) -> None:
    headers = {"Accept-Language": accept_language} if accept_language else {}
    assert _html_tag(client.get("/", headers=headers).get_data(as_text=True)) == tag


def test_the_language_picker_works_without_javascript_and_keeps_the_conversation(
    client, page, app, fake_rasa
) -> None:
    say(client, page, "hello")
    sender = _sender(page)
    assert 'action="/language"' in page and 'lang="uk"' in page and "Українська" in page
    picked = client.post("/language", data={"csrf_token": _csrf(page), "lang": "ar", "next": "/"})
    assert picked.status_code == 303 and picked.headers["Location"].endswith("/#latest")

    shown = client.get("/", headers={"Accept-Language": "pl"}).get_data(as_text=True)
    assert _html_tag(shown) == '<html lang="ar" dir="rtl">'  # the choice beats the browser
    assert _sender(shown) == sender and _shown(shown)[0] == "hello"
    assert _conversation(app, sender) == ("ar", "ar")  # staff see which language to reply in
    say(client, shown, "next")
    assert fake_rasa.received[-1] == (sender, "next", {"lang": "ar"})


@pytest.mark.parametrize("unsafe", ["https://elsewhere.example/", "//elsewhere.example", ""])
def test_the_picker_only_goes_back_to_our_own_pages(client, page, unsafe) -> None:
    picked = client.post(
        "/language", data={"csrf_token": _csrf(page), "lang": "pl", "next": unsafe}
    )
    assert picked.headers["Location"].endswith("/#latest")


def test_the_bots_language_button_switches_the_page_too(client, page, app, fake_rasa) -> None:
    payload = '/change_language{"language": "uk"}'
    fake_rasa.replies = [OutgoingMessage("Which language?", (Button("Українська", payload),))]
    say(client, page, "can we speak ukrainian")
    fake_rasa.replies = [OutgoingMessage("Добре.")]
    say(client, page, payload)
    # The gateway tells the bot the new language with the very message that chose it.
    assert fake_rasa.received[-1] == (_sender(page), payload, {"lang": "uk"})
    assert _html_tag(client.get("/").get_data(as_text=True)) == '<html lang="uk" dir="ltr">'
    assert _conversation(app, _sender(page)) == ("uk", "uk")


def test_the_webhook_language_button_switches_the_page_of_the_same_conversation(
    client, page, fake_rasa
) -> None:
    payload = '/change_language{"language": "gd"}'
    fake_rasa.replies = [OutgoingMessage("Which language?", (Button("Gàidhlig", payload),))]
    body = {"sender": _sender(page), "message": "language", "metadata": {"lang": "en"}}
    client.post("/webhooks/rest/webhook", json=body)
    client.post("/webhooks/rest/webhook", json={**body, "message": payload})
    assert _html_tag(client.get("/").get_data(as_text=True)) == '<html lang="gd" dir="ltr">'


def test_a_client_that_sends_no_language_keeps_the_conversations(client, fake_rasa) -> None:
    sender = "rest-client-0001"
    client.post(
        "/webhooks/rest/webhook",
        json={"sender": sender, "message": "hi", "metadata": {"lang": "pl"}},
    )
    client.post("/webhooks/rest/webhook", json={"sender": sender, "message": "and again"})
    assert fake_rasa.received[-1] == (sender, "and again", {"lang": "pl"})


def test_dates_on_the_receipt_are_written_for_the_language(client, page, fake_rasa) -> None:
    fake_rasa.up = False
    client.post("/language", data={"csrf_token": _csrf(page), "lang": "pl", "next": "/complaint"})
    client.post("/complaint", data={"csrf_token": _csrf(page), **GOOD_FORM})
    receipt = client.get("/complaint").get_data(as_text=True)
    due = re.search(r"<dt>[^<]*</dt><dd>([^<]+)</dd>\s*</dl>", receipt).group(1)
    polish_months = (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    )
    assert any(month in due for month in polish_months), due


# --- when Rasa is down: the simple complaint form -----------------------------------------------


def test_when_rasa_is_down_the_page_says_so_and_offers_the_form(client, fake_rasa) -> None:
    fake_rasa.up = False
    shown = client.get("/").get_data(as_text=True)
    assert 'id="bot-down"' in shown and "Nothing is wrong with you" in shown
    assert 'id="chat-form" class="chat-form" method="post" action="/chat" hidden' in shown
    assert 'action="/complaint"' in shown and 'name="what_happened"' in shown


def test_the_form_creates_a_case_and_shows_its_reference_and_code_once(
    client, page, app, fake_rasa
) -> None:
    fake_rasa.up = False
    posted = client.post("/complaint", data={"csrf_token": _csrf(page), **GOOD_FORM})
    assert posted.status_code == 303
    receipt = client.get("/complaint").get_data(as_text=True)
    reference = re.search(r'class="reference">([^<]+)<', receipt).group(1)
    code = re.search(r'class="code">([^<]+)<', receipt).group(1)
    assert "We will reply by" in receipt

    with app.extensions["tellus"].session_factory() as session:
        case = check_status_request(session, reference, code)
        assert (case.status, case.channel, case.stage) == ("new", "form", "stage_1")
        assert case.summary == GOOD_FORM["what_happened"]
        assert (case.contact_method, case.contact_detail) == ("email", "parent@example.org")
        assert (case.complainant_role, case.age_band) == ("parent_carer", "adult")
        assert case.child_friendly and case.due_on
    # Shown once: a reload does not show the code again (the chat transcript still has it).
    assert 'class="code"' not in client.get("/complaint").get_data(as_text=True)
    assert any(code in line for line in _shown(client.get("/").get_data(as_text=True)))


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"what_happened": "  "}, "Tell us what happened."),
        ({"what_happened": "x" * 5001}, "5000 characters or fewer"),
        ({"contact_method": ""}, "Choose how we should contact you."),
        ({"contact_method": "pigeon"}, "Choose how we should contact you."),
        ({"contact_detail": ""}, "Tell us how to reach you."),
        ({"contact_detail": "not an email"}, "Enter an email address like"),
        ({"contact_method": "text", "contact_detail": "12345"}, "Enter a UK phone number"),
        ({"contact_method": "letter", "contact_detail": "home"}, "Enter your address and postcode"),
        ({"age_band": "ancient"}, "Choose one of the answers"),
    ],
)
def test_bad_form_input_shows_the_form_again_with_errors_and_writes_nothing(
    client, page, app, change, error
) -> None:
    response = client.post("/complaint", data={"csrf_token": _csrf(page), **GOOD_FORM, **change})
    body = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 400
    assert "There is a problem" in body and error in body
    assert _cases(app) == 0
    # What they wrote is still there to fix.
    assert GOOD_FORM["what_happened"] in body or "what_happened" in change


def test_a_uk_phone_number_is_accepted_as_people_type_it(client, page, app) -> None:
    data = {**GOOD_FORM, "contact_method": "phone", "contact_detail": "07700 900-123"}
    assert client.post("/complaint", data={"csrf_token": _csrf(page), **data}).status_code == 303


def test_a_disclosure_in_the_form_goes_to_a_person_at_once(
    client, page, app, fake_rasa, monkeypatch
) -> None:
    monkeypatch.setattr(
        "web.chat.pages.utcnow", lambda: datetime(2026, 3, 4, 10, 0, tzinfo=timezone.utc)
    )
    with app.extensions["tellus"].session_factory() as session, session.begin():
        add_staff(session, email="lead@council.example", role="safeguarding_lead")
    fake_rasa.up = False
    data = {**GOOD_FORM, "what_happened": DISCLOSURE, "complainant_role": "child"}
    data["age_band"] = "12_15"
    client.post("/complaint", data={"csrf_token": _csrf(page), **data})
    receipt = client.get("/complaint").get_data(as_text=True)
    assert "You are not in trouble" in receipt and "999" in receipt and "0800 1111" in receipt

    with app.extensions["tellus"].session_factory() as session:
        case = find_conversation(session, _sender(page)).case
        assert (case.status, case.priority, case.safeguarding_flagged) == (
            "handoff",
            "urgent",
            True,
        )
        assert case.summary == DISCLOSURE and case.status_code_hash
        [told] = session.execute(select(Notification)).scalars().all()
        assert told.recipient == "lead@council.example" and DISCLOSURE not in told.body
        flagged = [m for m in case.conversations[0].messages if m.flagged]
        assert flagged and flagged[0].flagged_spans
    assert fake_rasa.paused == [_sender(page)]


def test_a_second_form_is_a_second_case(client, page, app) -> None:
    client.post("/complaint", data={"csrf_token": _csrf(page), **GOOD_FORM})
    client.post("/complaint", data={"csrf_token": _csrf(page), **GOOD_FORM})
    assert _cases(app) == 2


def test_the_form_joins_the_chat_it_was_opened_from(client, page, app, fake_rasa) -> None:
    say(client, page, "hello")
    fake_rasa.up = False
    client.post("/complaint", data={"csrf_token": _csrf(page), **GOOD_FORM})
    assert _cases(app) == 1
    with app.extensions["tellus"].session_factory() as session:
        case = find_conversation(session, _sender(page)).case
        assert case.status == "new" and case.summary == GOOD_FORM["what_happened"]


# --- quick exit ----------------------------------------------------------------------------------


def test_quick_exit_ends_the_session_and_goes_to_the_neutral_page(client, page) -> None:
    response = client.post("/exit")  # no CSRF token needed: a stale page must still let them go
    assert response.status_code == 303
    assert response.headers["Location"] == "https://www.bbc.co.uk/weather"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Clear-Site-Data"] == '"storage"'
    assert "session=;" in response.headers["Set-Cookie"]
    assert _sender(client.get("/").get_data(as_text=True)) != _sender(page)


@pytest.mark.parametrize("path", ["/staff/login", "/complaint", "/"])
def test_quick_exit_is_on_every_page(client, path) -> None:
    body = client.get(path).get_data(as_text=True)
    assert 'class="quick-exit" method="post" action="/exit"' in body
    assert 'src="/static/exit.js"' in body


# --- theming -------------------------------------------------------------------------------------


@pytest.fixture
def themed_client(settings, fake_rasa):
    from web import create_app

    themed = dataclasses.replace(
        settings,
        body_name="Comhairle Baile",
        body_colour="#ffdd00",
        logo_url="/static/favicon.svg",
        exit_url="https://example.org/",
    )
    app = create_app({"SETTINGS": themed, "TESTING": True})
    app.extensions["tellus"].rasa = fake_rasa
    return app.test_client()


def test_name_colours_logo_and_exit_page_come_from_configuration(themed_client) -> None:
    shown = themed_client.get("/").get_data(as_text=True)
    assert "Comhairle Baile" in shown
    assert '<img class="site-logo" src="/static/favicon.svg" alt="">' in shown
    assert 'data-exit-url="https://example.org/"' in shown
    css = themed_client.get("/theme.css").get_data(as_text=True)
    # A light colour gets dark text: contrast is worked out, not left to the body to check.
    assert "--accent: #ffdd00" in css and "--on-accent: #0b0c0c" in css
    assert themed_client.post("/exit").headers["Location"] == "https://example.org/"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("TELLUS_BODY_COLOUR", "blue"),
        ("TELLUS_BODY_COLOUR", "#12345"),
        ("TELLUS_EXIT_URL", "javascript:alert(1)"),
        ("TELLUS_EXIT_URL", "www.bbc.co.uk"),
        ("TELLUS_LOGO_URL", "https://cdn.example.com/logo.png"),
        ("TELLUS_LOGO_URL", "//cdn.example.com/logo.png"),
    ],
)
def test_theming_settings_are_checked_at_start_up(tmp_path, variable, value) -> None:
    with pytest.raises(ConfigError, match=variable):
        load_settings({"TELLUS_VAR_DIR": str(tmp_path), variable: value})


def test_theming_settings_reach_child_processes(tmp_path) -> None:
    environ = {
        "TELLUS_VAR_DIR": str(tmp_path),
        "TELLUS_BODY_COLOUR": "#005EB8",
        "TELLUS_LOGO_URL": "/static/logo.svg",
        "TELLUS_EXIT_URL": "https://example.org/news",
    }
    settings = load_settings(environ)
    again = load_settings(settings.environment())
    assert (again.body_colour, again.logo_url, again.exit_url) == (
        "#005eb8",
        "/static/logo.svg",
        "https://example.org/news",
    )
