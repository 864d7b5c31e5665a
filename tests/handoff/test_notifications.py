from datetime import timedelta

from handoff.models import Notification, utcnow
from handoff.notifications import SmtpMailer, deliver_due, do_queue_notification, undelivered
from tests.ports import free_port
from tests.smtp import smtp_server


def _queue(session_factory, recipient="lead@council.example") -> int:
    with session_factory() as session, session.begin():
        return do_queue_notification(
            session, case=None, recipient=recipient, subject="URGENT", body="Open the case."
        ).id


def test_a_queued_alert_is_delivered_over_real_smtp(session_factory) -> None:
    notification_id = _queue(session_factory)
    with smtp_server() as (url, inbox):
        assert deliver_due(session_factory, SmtpMailer(url, "tellus@council.example")) == 1
    [message] = inbox.messages
    assert (message["To"], message["Subject"]) == ("lead@council.example", "URGENT")
    with session_factory() as session:
        sent = session.get(Notification, notification_id)
        assert (sent.status, sent.attempts, sent.last_error) == ("sent", 1, None)


def test_a_mail_server_that_is_down_delays_but_never_drops_the_alert(session_factory) -> None:
    notification_id = _queue(session_factory)
    down = SmtpMailer(f"smtp://127.0.0.1:{free_port()}", "tellus@council.example", timeout=2)
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
        assert deliver_due(session_factory, SmtpMailer(url, "t@c.example"), now=later) == 1
    assert len(inbox.messages) == 1
    with session_factory() as session:
        assert undelivered(session) == []


def test_without_a_configured_server_the_reason_is_recorded(session_factory) -> None:
    notification_id = _queue(session_factory)
    deliver_due(session_factory, SmtpMailer(None, "tellus@council.example"))
    with session_factory() as session:
        assert "TELLUS_SMTP_URL" in session.get(Notification, notification_id).last_error
