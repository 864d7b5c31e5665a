"""Notifications: queued in the outbox inside the transaction that causes them, delivered after.

The notifier process (`tellus notify`, started by `tellus run`) delivers what is due and retries
with growing delays, so a mail server that is down delays an alert but never loses it; a failing
alert is visible to staff on the queue page.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from handoff.models import Case, Notification, utcnow

MAX_ATTEMPTS = 20
MAX_RETRY_DELAY = timedelta(minutes=5)


class Mailer(Protocol):
    def send(self, *, recipient: str, subject: str, body: str) -> None: ...


class MailNotConfigured(RuntimeError):
    pass


@dataclass(frozen=True)
class SmtpMailer:
    """`smtp://host:port`, `smtp://user:pass@host:587?starttls=1` or `smtps://host:465`."""

    url: str | None
    sender: str
    timeout: float = 10.0

    def send(self, *, recipient: str, subject: str, body: str) -> None:
        if not self.url:
            raise MailNotConfigured("no mail server is configured (TELLUS_SMTP_URL)")
        parts = urlsplit(self.url)
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.sender, recipient, subject
        message.set_content(body)
        client_class = smtplib.SMTP_SSL if parts.scheme == "smtps" else smtplib.SMTP
        default_port = 465 if parts.scheme == "smtps" else 25
        with client_class(parts.hostname, parts.port or default_port, timeout=self.timeout) as smtp:
            if parse_qs(parts.query).get("starttls") == ["1"]:
                smtp.starttls()
            if parts.username:
                smtp.login(unquote(parts.username), unquote(parts.password or ""))
            smtp.send_message(message)


def do_queue_notification(
    session: Session, *, case: Case | None, recipient: str, subject: str, body: str
) -> Notification:
    notification = Notification(case=case, recipient=recipient, subject=subject, body=body)
    session.add(notification)
    session.flush()
    return notification


def _retry_delay(attempts: int) -> timedelta:
    return min(timedelta(seconds=2**attempts), MAX_RETRY_DELAY)


def deliver_due(
    session_factory: sessionmaker, mailer: Mailer, *, now: datetime | None = None
) -> int:
    """Sends every notification that is due; returns how many were sent."""
    now = now or utcnow()
    with session_factory() as session:
        due_ids = list(
            session.execute(
                select(Notification.id)
                .where(Notification.status == "pending", Notification.next_attempt_at <= now)
                .order_by(Notification.id)
            ).scalars()
        )
    sent = 0
    for notification_id in due_ids:
        # One transaction per message: a crash mid-batch re-sends at most the one in flight.
        with session_factory() as session, session.begin():
            notification = session.get(Notification, notification_id)
            if notification is None or notification.status != "pending":
                continue
            notification.attempts += 1
            try:
                mailer.send(
                    recipient=notification.recipient,
                    subject=notification.subject,
                    body=notification.body,
                )
            except (OSError, smtplib.SMTPException, MailNotConfigured) as error:
                notification.last_error = f"{type(error).__name__}: {error}"[:1000]
                notification.next_attempt_at = now + _retry_delay(notification.attempts)
                if notification.attempts >= MAX_ATTEMPTS:
                    notification.status = "failed"
                continue
            notification.status = "sent"
            notification.sent_at = utcnow()
            notification.last_error = None
            sent += 1
    return sent


def undelivered(session: Session) -> list[Notification]:
    """Alerts that have failed at least once and are not yet sent: shown to staff."""
    return list(
        session.execute(
            select(Notification)
            .where(Notification.status != "sent", Notification.last_error.is_not(None))
            .order_by(Notification.id)
        ).scalars()
    )
