import pytest

from handoff.conversations import Button, OutgoingMessage, find_conversation
from tests.factories import new_sender

WEBHOOK = "/webhooks/rest/webhook"


def send(client, message, sender=None, **extra):
    return client.post(
        WEBHOOK, json={"sender": sender or new_sender(), "message": message, **extra}
    )


def test_a_message_is_forwarded_and_both_sides_are_recorded(client, fake_rasa, app) -> None:
    sender = new_sender()
    response = send(client, "hello", sender, metadata={"lang": "en"})
    assert response.status_code == 200
    assert response.get_json() == [
        {"recipient_id": sender, "text": "What happened? Tell me in your own words."}
    ]
    assert fake_rasa.received == [(sender, "hello", {"lang": "en"})]
    with app.extensions["tellus"].session_factory() as session:
        conversation = find_conversation(session, sender)
        assert [(m.author, m.text) for m in conversation.messages] == [
            ("user", "hello"),
            ("bot", "What happened? Tell me in your own words."),
        ]


def test_buttons_are_passed_on_in_the_rasa_format(client, fake_rasa) -> None:
    fake_rasa.replies = [OutgoingMessage("Is that right?", (Button("Yes", "/affirm"),))]
    body = send(client, "hi").get_json()
    assert body[0]["buttons"] == [{"title": "Yes", "payload": "/affirm"}]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"message": "hi"}, "sender"),
        ({"sender": "short", "message": "hi"}, "sender"),
        ({"sender": "bad sender!!", "message": "hi"}, "sender"),
        ({"sender": "a" * 129, "message": "hi"}, "sender"),
        ({"sender": "abcdefgh"}, "message must be a string"),
        ({"sender": "abcdefgh", "message": 42}, "message must be a string"),
        ({"sender": "abcdefgh", "message": "   "}, "empty"),
        ({"sender": "abcdefgh", "message": "\x00\x07"}, "empty"),
        ({"sender": "abcdefgh", "message": "x" * 5001}, "too long"),
        ({"sender": "abcdefgh", "message": "hi", "metadata": "en"}, "metadata"),
        ({"sender": "abcdefgh", "message": "hi", "metadata": {"lang": 5}}, "lang"),
        (["not", "an", "object"], "JSON object"),
    ],
)
def test_bad_input_gets_a_clear_4xx_and_nothing_is_recorded(client, app, body, message) -> None:
    response = client.post(WEBHOOK, json=body)
    assert response.status_code == 400
    assert message in response.get_json()["error"]
    with app.extensions["tellus"].session_factory() as session:
        assert find_conversation(session, "abcdefgh") is None


def test_malformed_json_and_oversized_bodies(client) -> None:
    response = client.post(WEBHOOK, data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert "JSON" in response.get_json()["error"]
    response = client.post(WEBHOOK, data="x" * (65 * 1024), content_type="application/json")
    assert response.status_code == 413
    assert response.get_json()["error"]


def test_a_typed_command_is_refused_but_an_offered_button_goes_through(client, fake_rasa) -> None:
    sender = new_sender()
    refused = send(client, "/restart", sender)
    assert refused.status_code == 422
    assert "buttons offered" in refused.get_json()["error"]

    fake_rasa.replies = [OutgoingMessage("Is that right?", (Button("Yes", "/affirm"),))]
    send(client, "hi", sender)
    assert send(client, "/affirm", sender).status_code == 200
    assert fake_rasa.received[-1][1] == "/affirm"


def test_when_rasa_is_down_the_message_is_kept_and_the_person_told(client, fake_rasa, app) -> None:
    fake_rasa.up = False
    sender = new_sender()
    response = send(client, "my teacher keeps shouting", sender)
    assert response.status_code == 200
    assert "saved" in response.get_json()[0]["text"]
    with app.extensions["tellus"].session_factory() as session:
        texts = [m.text for m in find_conversation(session, sender).messages]
    assert texts[0] == "my teacher keeps shouting"


def test_control_characters_are_removed_but_line_breaks_kept(client, fake_rasa) -> None:
    send(client, "line one\nline\x1b two\x00")
    assert fake_rasa.received[-1][1] == "line one\nline two"


def test_an_unknown_language_falls_back_to_english(client, fake_rasa) -> None:
    send(client, "hi", metadata={"lang": "xx"})
    assert fake_rasa.received[-1][2] == {"lang": "en"}


def test_in_human_mode_the_bot_stays_silent(client, fake_rasa, app) -> None:
    sender = new_sender()
    send(client, "hi", sender)
    with app.extensions["tellus"].session_factory() as session, session.begin():
        find_conversation(session, sender).mode = "human"
    response = send(client, "are you still there?", sender)
    assert response.status_code == 200
    assert response.get_json() == []
    assert [text for _, text, _ in fake_rasa.received] == ["hi"]


def test_polling_returns_later_bot_and_staff_messages(client) -> None:
    sender = new_sender()
    send(client, "hi", sender)
    body = client.get(f"/api/chat/{sender}/messages?after=0").get_json()
    assert body["mode"] == "bot"
    assert [m["from"] for m in body["messages"]] == ["bot"]
    last = body["messages"][-1]["id"]
    assert client.get(f"/api/chat/{sender}/messages?after={last}").get_json()["messages"] == []
    assert client.get(f"/api/chat/{sender}/messages?after=x").status_code == 400
    assert client.get(f"/api/chat/{new_sender()}/messages").status_code == 404
