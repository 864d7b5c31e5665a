from datetime import timedelta

import pytest

from handoff.channels import EmailChannel, SmsChannel
from handoff.models import Notification, utcnow
from handoff.notifications import (
    MAX_ATTEMPTS,
    deliver_due,
    do_queue_notification,
    undelivered,
)
from tests.ports import free_port
from tests.sms_gateway import sms_gateway
from tests.smtp import smtp_server


def _queue(session_factory, recipient="lead@council.example", channel="email") -> int:
    with session_factory() as session, session.begin():
        return do_queue_notification(
            session,
            case=None,
            recipient=recipient,
            subject="URGENT",
            body="Open the case.",
            channel=channel,
        ).id


def _email(url: str | None) -> dict:
    return {"email": EmailChannel(url, "tellus@council.example", timeout=2)}


def test_a_queued_alert_is_delivered_over_real_smtp(session_factory) -> None:
    notification_id = _queue(session_factory)
    with smtp_server() as (url, inbox):
        assert deliver_due(session_factory, _email(url)) == 1
    [message] = inbox.messages
    assert (message["To"], message["Subject"]) == ("lead@council.example", "URGENT")
    with session_factory() as session:
        sent = session.get(Notification, notification_id)
        assert (sent.status, sent.attempts, sent.last_error) == ("sent", 1, None)


def test_a_mail_server_that_is_down_delays_but_never_drops_the_alert(session_factory) -> None:
    notification_id = _queue(session_factory)
    down = _email(f"smtp://127.0.0.1:{free_port()}")
    now = utcnow()
    assert deliver_due(session_factory, down, now=now) == 0
    with session_factory() as session:
        waiting = session.get(Notification, notification_id)
        assert waiting.status == "pending"
        assert "ConnectionRefused" in waiting.last_error
        assert waiting.next_attempt_at > now
        assert [n.id for n in undelivered(session)] == [notification_id]

    # Not due yet: nothing is tried; once due and the server is back, it goes out.
    assert deliver_due(session_factory, down, now=now) == 0
    with smtp_server() as (url, inbox):
        later = now + timedelta(minutes=10)
        assert deliver_due(session_factory, _email(url), now=later) == 1
    assert len(inbox.messages) == 1
    with session_factory() as session:
        assert undelivered(session) == []


def test_without_a_configured_server_the_notification_fails_with_the_reason(
    session_factory,
) -> None:
    notification_id = _queue(session_factory)
    deliver_due(session_factory, _email(None))
    with session_factory() as session:
        failed = session.get(Notification, notification_id)
        assert failed.status == "failed"
        assert "TELLUS_SMTP_URL" in failed.last_error
        assert [n.id for n in undelivered(session)] == [notification_id]


def test_a_text_message_goes_to_the_gateway(session_factory) -> None:
    notification_id = _queue(session_factory, recipient="07700 900123", channel="sms")
    email_id = _queue(session_factory)
    with sms_gateway() as gateway, smtp_server() as (url, inbox):
        channels = {**_email(url), "sms": SmsChannel(gateway.url)}
        assert deliver_due(session_factory, channels) == 2
    # Each goes by its own channel, and only by it.
    assert gateway.received == [{"to": "+447700900123", "body": "Open the case."}]
    assert [message["To"] for message in inbox.messages] == ["lead@council.example"]
    with session_factory() as session:
        assert session.get(Notification, notification_id).status == "sent"
        assert session.get(Notification, email_id).status == "sent"


@pytest.mark.parametrize(
    "channels",
    [{"sms": SmsChannel(None)}, {}],
    ids=["sms channel without a gateway", "no sms channel at all"],
)
def test_a_text_message_with_no_service_set_up_fails_visibly(session_factory, channels) -> None:
    notification_id = _queue(session_factory, recipient="07700 900123", channel="sms")
    assert deliver_due(session_factory, channels) == 0
    with session_factory() as session:
        failed = session.get(Notification, notification_id)
        assert (failed.status, failed.attempts) == ("failed", 1)
        assert "sms" in failed.last_error or "text message" in failed.last_error
        assert [n.id for n in undelivered(session)] == [notification_id]
    # Failed is final: the notifier does not try it again.
    assert deliver_due(session_factory, channels, now=utcnow() + timedelta(hours=1)) == 0


def test_a_gateway_that_fails_is_retried_with_growing_delays(session_factory) -> None:
    notification_id = _queue(session_factory, recipient="07700 900123", channel="sms")
    now = utcnow()
    with sms_gateway(answers=[503, 503]) as gateway:
        channels = {"sms": SmsChannel(gateway.url)}
        delays = []
        for _ in range(3):
            sent = deliver_due(session_factory, channels, now=now)
            with session_factory() as session:
                notification = session.get(Notification, notification_id)
                if sent:
                    break
                assert notification.status == "pending"
                assert "answered 503" in notification.last_error
                delays.append(notification.next_attempt_at - now)
                now = notification.next_attempt_at
    assert delays == [timedelta(seconds=2), timedelta(seconds=4)]
    assert (notification.status, notification.attempts, notification.last_error) == (
        "sent",
        3,
        None,
    )
    assert len(gateway.received) == 3


def test_after_the_last_attempt_the_notification_is_failed(session_factory) -> None:
    notification_id = _queue(session_factory)
    down = _email(f"smtp://127.0.0.1:{free_port()}")
    now = utcnow()
    for _ in range(MAX_ATTEMPTS):
        deliver_due(session_factory, down, now=now)
        now += timedelta(hours=1)
    with session_factory() as session:
        failed = session.get(Notification, notification_id)
        assert (failed.status, failed.attempts) == ("failed", MAX_ATTEMPTS)
        assert "ConnectionRefused" in failed.last_error
