"""A conversation on PostgreSQL + Redis + two Rasa servers, and one server killed mid-way."""

from __future__ import annotations

import time

import pytest
import requests
from sqlalchemy import create_engine, func, select, text

from handoff.db import make_engine, make_session_factory
from handoff.models import Conversation, Message
from tests.e2e.test_conversation import (
    test_a_complaint_from_hello_to_the_staff_api as complaint_journey,
)
from tests.e2e.test_safeguarding import (
    test_a_disclosure_mid_complaint_is_urgent_in_the_api_and_emailed as disclosure_journey,
)
from tests.factories import new_sender
from tests.postgres import needs_postgres, needs_redis
from web.rasa import RasaClient

pytestmark = [pytest.mark.e2e, needs_postgres, needs_redis]


def _say(settings, sender: str, message: str) -> list[dict]:
    response = requests.post(
        f"http://127.0.0.1:{settings.web_port}/webhooks/rest/webhook",
        json={"sender": sender, "message": message, "metadata": {"lang": "en"}},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    return response.json()


def _user_messages_in_tracker(settings, base_url: str, sender: str) -> list[str]:
    tracker = requests.get(
        f"{base_url}/conversations/{sender}/tracker",
        params={"token": settings.rasa_token},
        timeout=30,
    ).json()
    return [event["text"] for event in tracker["events"] if event["event"] == "user"]


def _stored_user_messages(settings, sender: str) -> list[str]:
    engine = make_engine(settings.database_url, data_key=settings.data_key)
    with make_session_factory(engine)() as session:
        found = list(
            session.execute(
                select(Message.text)
                .join(Conversation)
                .where(Conversation.sender_id == sender, Message.author == "user")
                .order_by(Message.id)
            ).scalars()
        )
    engine.dispose()
    return found


def test_conversations_are_kept_in_postgresql(production) -> None:
    settings, _ = production
    sender = new_sender()
    _say(settings, sender, "hello")
    _say(settings, sender, "I'm 13")
    engine = create_engine(settings.database_url, future=True)
    with engine.connect() as connection:
        # Rasa's SQL tracker store shares the database with the cases.
        tracker_rows = connection.execute(
            text("SELECT count(*) FROM events WHERE sender_id = :sender"), {"sender": sender}
        ).scalar_one()
        conversations = connection.execute(
            select(func.count()).select_from(Conversation).where(Conversation.sender_id == sender)
        ).scalar_one()
    engine.dispose()
    assert tracker_rows > 0
    assert conversations == 1


def test_a_rasa_server_killed_mid_conversation_loses_nothing(production) -> None:
    settings, supervisor = production
    sender = new_sender()
    said = ["hello", "I'm 13", "skip"]
    for message in said:
        assert _say(settings, sender, message)

    # Kill the server this conversation lives on; the next message must go on from there.
    home_url = RasaClient(settings.rasa_urls, settings.rasa_token).urls_for(sender)[0]
    home = next(s for s in supervisor.services if s.health_url == f"{home_url}/")
    home.process.kill()
    home.process.wait()

    after_kill = "the swimming pool was shut without warning"
    replies = _say(settings, sender, after_kill)
    said.append(after_kill)
    assert replies and all("0800 1111" not in r.get("text", "") for r in replies)

    survivor_url = next(url for url in settings.rasa_urls if url != home_url)
    assert _user_messages_in_tracker(settings, survivor_url, sender) == said
    assert _stored_user_messages(settings, sender) == said

    # The supervisor starts the killed server again; it reads the same conversation.
    supervisor.keep_alive()
    deadline = time.monotonic() + 120
    while not home.is_healthy():
        assert time.monotonic() < deadline, "the killed Rasa server did not come back"
        time.sleep(0.5)
    assert _user_messages_in_tracker(settings, home_url, sender) == said


# The embedded stack's two journeys, on PostgreSQL, Redis and two Rasa servers.
def test_a_whole_complaint_reaches_the_staff_api(
    production, production_web_url, production_staff_headers
) -> None:
    complaint_journey(production[0], production_web_url, production_staff_headers)


def test_a_disclosure_is_urgent_in_the_api_and_emailed(
    production_web_url, production_staff_headers, mail
) -> None:
    disclosure_journey(production_web_url, production_staff_headers, mail)
