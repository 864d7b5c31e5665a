"""Faults (issue 8): the database going away, and a process killed in the middle of a write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from sqlalchemy import func, select

from handoff.conversations import find_conversation
from handoff.db import make_engine
from handoff.models import Case, Message
from tests.factories import new_sender

WEBHOOK = "/webhooks/rest/webhook"


def test_while_the_database_is_unavailable_the_sender_is_asked_to_retry(client, app, settings):
    sender = new_sender()
    factory = app.extensions["tellus"].session_factory
    working = factory.kw["bind"]
    # A database that cannot be reached (its folder is gone), as during a failover or restart.
    unreachable = make_engine(
        f"sqlite:///{settings.var_dir}/gone/tellus.db", data_key=settings.data_key
    )
    factory.configure(bind=unreachable)
    try:
        refused = client.post(WEBHOOK, json={"sender": sender, "message": "the bus is late"})
    finally:
        factory.configure(bind=working)
        unreachable.dispose()
    assert refused.status_code == 503
    assert refused.headers["Retry-After"]
    assert "send it again" in refused.get_json()["error"]

    again = client.post(WEBHOOK, json={"sender": sender, "message": "the bus is late"})
    assert again.status_code == 200
    with app.extensions["tellus"].session_factory() as session:
        conversation = find_conversation(session, sender)
        texts = [m.text for m in conversation.messages if m.author == "user"]
    assert texts == ["the bus is late"]  # stored once: the refused attempt left nothing behind


KILLED_MID_SUBMISSION = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date
    from handoff.db import make_engine, make_session_factory
    from handoff.intake import IntakeAnswers, do_submit_intake

    factory = make_session_factory(make_engine(sys.argv[1], data_key=sys.argv[2]))
    session = factory()
    session.begin()
    do_submit_intake(
        session,
        sender_id=sys.argv[3],
        answers=IntakeAnswers(summary="The swimming pool was shut", contact_method="chat"),
        today=date(2026, 11, 26),
    )
    session.flush()  # every row written, nothing committed
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_a_process_killed_during_a_submission_leaves_no_partial_case(settings, session_factory):
    sender = new_sender()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLED_MID_SUBMISSION,
            settings.database_url,
            settings.data_key,
            sender,
        ],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=60,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    with session_factory() as session:
        assert find_conversation(session, sender) is None
        assert session.execute(select(func.count()).select_from(Case)).scalar_one() == 0
        assert session.execute(select(func.count()).select_from(Message)).scalar_one() == 0


def test_a_bot_that_answers_nothing_gets_the_kind_fallback(client, fake_rasa, app) -> None:
    # What Rasa does when its action server is down: a 200 with no messages.
    fake_rasa.replies = []
    sender = new_sender()
    [reply] = client.post(WEBHOOK, json={"sender": sender, "message": "hello"}).get_json()
    assert "Your message is saved" in reply["text"]
    with app.extensions["tellus"].session_factory() as session:
        authors = [m.author for m in find_conversation(session, sender).messages]
    assert authors == ["user", "bot"]
