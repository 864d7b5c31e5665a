"""The gateway's Rasa client against a real HTTP server: answers, failures and fail-over."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from handoff.conversations import Button, OutgoingMessage
from tests.ports import free_port
from web.rasa import RasaClient, RasaUnavailable

SENDER = "client-test-1234"


class FakeRasaServer(BaseHTTPRequestHandler):
    """Answers every POST with the server's `answer` and records it in the server's `received`."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.received.append(("POST", self.path, body))
        status, content = self.server.answer
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def rasa() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), FakeRasaServer)
    server.answer, server.received = (200, b"[]"), []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def _url(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def test_replies_come_back_as_messages_with_their_buttons(rasa) -> None:
    rasa.answer = (
        200,
        json.dumps(
            [
                {"recipient_id": SENDER, "text": "How old are you?"},
                {"recipient_id": SENDER, "buttons": [{"title": "12-15", "payload": "/age"}]},
                {"recipient_id": SENDER, "image": "nothing to show"},
            ]
        ).encode(),
    )
    replies = RasaClient([_url(rasa)], "token").send(SENDER, "hello", {"lang": "en"})
    assert replies == [
        OutgoingMessage("How old are you?"),
        OutgoingMessage("", (Button("12-15", "/age"),)),
    ]
    assert rasa.received == [
        (
            "POST",
            "/webhooks/rest/webhook",
            {"sender": SENDER, "message": "hello", "metadata": {"lang": "en"}},
        )
    ]


@pytest.mark.parametrize(
    "answer",
    [(500, b'{"error": "boom"}'), (200, b"not json"), (200, b'{"text": "not a list"}')],
)
def test_a_bad_answer_is_rasa_unavailable(rasa, answer) -> None:
    rasa.answer = answer
    with pytest.raises(RasaUnavailable):
        RasaClient([_url(rasa)], "token").send(SENDER, "hello", {})


def test_a_server_that_refuses_connections_hands_over_to_the_next(rasa) -> None:
    down, up = f"http://127.0.0.1:{free_port()}", _url(rasa)
    client = RasaClient([down, up], "token")
    if client.urls_for(SENDER)[0] != down:  # make the dead one the conversation's own server
        client = RasaClient([up, down], "token")
    assert client.urls_for(SENDER)[0] == down
    client.send(SENDER, "hello", {})
    assert [path for _, path, _ in rasa.received] == ["/webhooks/rest/webhook"]


def test_nothing_listening_anywhere_is_rasa_unavailable() -> None:
    client = RasaClient([f"http://127.0.0.1:{free_port()}"], "token")
    with pytest.raises(RasaUnavailable):
        client.send(SENDER, "hello", {})
    assert client.is_up() is False


def test_pausing_posts_rasas_pause_event_with_the_token(rasa) -> None:
    client = RasaClient([_url(rasa)], "s3cret")
    assert client.is_up()
    client.pause_in_background(SENDER)
    deadline = time.monotonic() + 5
    while not rasa.received and time.monotonic() < deadline:
        time.sleep(0.01)
    assert rasa.received == [
        ("POST", f"/conversations/{SENDER}/tracker/events?token=s3cret", {"event": "pause"})
    ]
