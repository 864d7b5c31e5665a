"""Notifications: queued in the outbox inside the transaction that causes them, delivered after.

The notifier process (`tellus notify`, started by `tellus run`) delivers what is due through the
channel each notification names (handoff.channels) and retries with growing delays, so a mail
server or text message gateway that is down delays a message but never loses it; a failing one
is visible to staff on the queue page.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from handoff.channels import Channel, ChannelNotConfigured, DeliveryRefused
from handoff.models import Case, Notification, utcnow

MAX_ATTEMPTS = 20
MAX_RETRY_DELAY = timedelta(minutes=5)


def do_queue_notification(
    session: Session,
    *,
    case: Case | None,
    recipient: str,
    subject: str,
    body: str,
    channel: str = "email",
) -> Notification:
    notification = Notification(
        case=case, recipient=recipient, subject=subject, body=body, channel=channel
    )
    session.add(notification)
    session.flush()
    return notification


def _retry_delay(attempts: int) -> timedelta:
    return min(timedelta(seconds=2**attempts), MAX_RETRY_DELAY)


def deliver_due(
    session_factory: sessionmaker,
    channels: Mapping[str, Channel],
    *,
    now: datetime | None = None,
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
                channel = channels.get(notification.channel)
                if channel is None:
                    raise ChannelNotConfigured(f"no {notification.channel} channel is set up")
                channel.send(
                    recipient=notification.recipient,
                    subject=notification.subject,
                    body=notification.body,
                )
            except ChannelNotConfigured as error:
                # Settings are read once at start: retrying in this process cannot succeed, so
                # staff see it as failed at once and reach the person another way.
                notification.last_error = str(error)
                notification.status = "failed"
                continue
            # SMTP errors and requests' errors are OSErrors too.
            except (OSError, DeliveryRefused) as error:
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
    """Notifications that have failed at least once and are not yet sent: shown to staff."""
    return list(
        session.execute(
            select(Notification)
            .where(Notification.status != "sent", Notification.last_error.is_not(None))
            .order_by(Notification.id)
        ).scalars()
    )
