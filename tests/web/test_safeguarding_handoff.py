"""The gateway's call site of the safeguarding screen: a disclosure reaches a person at once."""

from datetime import datetime, timezone

import pytest

from handoff.conversations import find_conversation
from handoff.models import Notification
from handoff.staff import do_add_staff
from tests.factories import PASSWORD, new_sender

WEBHOOK = "/webhooks/rest/webhook"
DISCLOSURE = "my stepdad hits me and i'm scared to go home"


@pytest.fixture
def staffed(monkeypatch):
    """Pins the clock inside staffed hours (a Wednesday at 10:00 in Scotland)."""
    moment = datetime(2026, 3, 4, 10, 0, tzinfo=timezone.utc)
    monkeypatch.setattr("web.chat.gateway.utcnow", lambda: moment)
    return moment


def send(client, text, sender):
    return client.post(WEBHOOK, json={"sender": sender, "message": text})


def _conversation(app, sender):
    session = app.extensions["tellus"].session_factory()
    return session, find_conversation(session, sender)


def test_a_disclosure_gets_the_safety_reply_and_never_reaches_rasa(
    client, app, fake_rasa, staffed
) -> None:
    sender = new_sender()
    response = send(client, DISCLOSURE, sender)

    assert response.status_code == 200
    [reply] = response.get_json()
    for must_say in (
        "Thank you for telling us",
        "not in trouble",
        "999",
        "0800 1111",
        "being told now",
    ):
        assert must_say in reply["text"]
    assert fake_rasa.received == []
    assert fake_rasa.paused == [sender]

    session, conversation = _conversation(app, sender)
    with session:
        case = conversation.case
        assert conversation.mode == "human"
        assert (case.status, case.priority, case.safeguarding_flagged) == (
            "handoff",
            "urgent",
            True,
        )
        assert case.safeguarding_severity in ("high", "immediate")
        assert "physical_abuse" in case.safeguarding_categories
        assert case.first_flagged_at == staffed
        user_message = conversation.messages[0]
        assert user_message.flagged
        marked = [DISCLOSURE[s["start"] : s["end"]] for s in user_message.flagged_spans]
        assert any("hits" in phrase for phrase in marked)


def test_the_safeguarding_lead_is_alerted_through_the_outbox(client, app, staffed) -> None:
    with app.extensions["tellus"].session_factory() as session, session.begin():
        do_add_staff(
            session, email="lead@council.example", role="safeguarding_lead", password=PASSWORD
        )
        do_add_staff(session, email="handler@council.example", role="handler", password=PASSWORD)
    sender = new_sender()
    send(client, DISCLOSURE, sender)
    send(client, "he said he will do it again tonight", sender)  # no new alert unless worse

    with app.extensions["tellus"].session_factory() as session:
        alerts = session.query(Notification).all()
        assert {a.recipient for a in alerts} <= {"lead@council.example"}
        assert alerts and "URGENT" in alerts[0].subject
        assert DISCLOSURE not in alerts[0].body  # no personal details in email


def test_later_messages_go_to_staff_and_the_bot_stays_silent(client, app, fake_rasa) -> None:
    sender = new_sender()
    send(client, DISCLOSURE, sender)
    response = send(client, "are you there", sender)
    assert response.get_json() == []
    assert fake_rasa.received == []


def test_it_works_when_rasa_is_down(client, app, fake_rasa) -> None:
    fake_rasa.up = False
    sender = new_sender()
    reply = send(client, "i want to kill myself, i've got the pills ready", sender).get_json()
    assert "999" in reply[0]["text"]
    session, conversation = _conversation(app, sender)
    with session:
        assert conversation.case.safeguarding_severity == "immediate"


def test_out_of_hours_the_person_is_told_when_someone_will_read(client, monkeypatch) -> None:
    saturday_night = datetime(2026, 3, 7, 22, 0, tzinfo=timezone.utc)
    monkeypatch.setattr("web.chat.gateway.utcnow", lambda: saturday_night)
    [reply] = send(client, DISCLOSURE, new_sender()).get_json()
    assert "not at work right now" in reply["text"]
    assert "Monday, 9 March 2026 09:00" in reply["text"]
    assert "0800 1111" in reply["text"]


def test_an_ordinary_complaint_is_not_flagged(client, app, fake_rasa) -> None:
    sender = new_sender()
    send(client, "the bus driver was rude and the bus was late again, it's killing me", sender)
    assert fake_rasa.received
    session, conversation = _conversation(app, sender)
    with session:
        assert conversation.mode == "bot"
        assert not conversation.case.safeguarding_flagged


def test_staff_reply_and_hand_back(client, app, fake_rasa) -> None:
    from handoff.staff import do_issue_token

    with app.extensions["tellus"].session_factory() as session, session.begin():
        do_add_staff(
            session, email="lead@council.example", role="safeguarding_lead", password=PASSWORD
        )
        token = do_issue_token(session, "lead@council.example")
    headers = {"Authorization": f"Bearer {token}"}
    sender = new_sender()
    send(client, DISCLOSURE, sender)
    [urgent] = client.get("/api/cases", headers=headers).get_json()["cases"]
    assert urgent["safeguarding"]["flagged"]

    posted = client.post(
        f"/api/cases/{urgent['reference']}/messages",
        headers=headers,
        json={"text": "Hi, I'm Sam from the children's team. You did the right thing."},
    )
    assert posted.status_code == 201
    polled = client.get(f"/api/chat/{sender}/messages?after=0").get_json()
    assert polled["mode"] == "human"
    assert polled["messages"][-1]["from"] == "staff"
    assert "Sam" in polled["messages"][-1]["text"]

    assert (
        client.post(
            f"/api/cases/{urgent['reference']}/messages", headers=headers, json={"text": " "}
        ).status_code
        == 400
    )
    handed = client.post(f"/api/cases/{urgent['reference']}/hand-back", headers=headers)
    assert handed.get_json() == {"mode": "bot"}
    assert fake_rasa.resumed == [sender]
    send(client, "ok thanks", sender)
    assert fake_rasa.received[-1][1] == "ok thanks"  # flagged history does not re-trigger
