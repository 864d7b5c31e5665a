"""The ways a notification leaves Tell Us: email over SMTP, and text messages through a gateway.

Each channel sends one message and raises if it could not; the outbox (handoff.notifications)
decides when to try again. A body adds a channel by setting it up in the environment
(tellus.config), not by changing code.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

import requests

from tellus.config import Settings


class Channel(Protocol):
    def send(self, *, recipient: str, subject: str, body: str) -> None: ...


class ChannelNotConfigured(RuntimeError):
    """The body has not set this channel up; trying again in this process cannot help."""


class DeliveryRefused(RuntimeError):
    """The service answered but would not take the message."""


@dataclass(frozen=True)
class EmailChannel:
    """`smtp://host:port`, `smtp://user:pass@host:587?starttls=1` or `smtps://host:465`."""

    url: str | None
    sender: str
    timeout: float = 10.0

    def send(self, *, recipient: str, subject: str, body: str) -> None:
        if not self.url:
            raise ChannelNotConfigured("no mail server is configured (TELLUS_SMTP_URL)")
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


@dataclass(frozen=True)
class SmsChannel:
    """Posts `{"to": "+447700900123", "body": "...", "from": "..."}` as JSON to a text message
    gateway; any 2xx answer means it was accepted.

    One small generic shape, so a body can put any provider behind it (a few lines of adapter,
    or a provider that takes JSON webhooks) without Tell Us knowing each provider's API.
    """

    url: str | None
    token: str | None = None
    sender: str | None = None
    timeout: float = 10.0

    def send(self, *, recipient: str, subject: str, body: str) -> None:
        # A text message has no subject line; every notice's body names the reference itself.
        if not self.url:
            raise ChannelNotConfigured("no text message service is set up (TELLUS_SMS_URL)")
        message = {"to": international_number(recipient), "body": body}
        if self.sender:
            message["from"] = self.sender
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        # A redirect is refused rather than followed: following it would turn the POST into a
        # GET and report a message as sent that never was.
        answer = requests.post(
            self.url, json=message, headers=headers, timeout=self.timeout, allow_redirects=False
        )
        if not 200 <= answer.status_code < 300:
            raise DeliveryRefused(
                f"the text message service answered {answer.status_code}: {answer.text[:200]}"
            )


def international_number(uk_mobile: str) -> str:
    """`07700 900123` (how the conversation stores a mobile) as `+447700900123`."""
    digits = "".join(character for character in uk_mobile if character.isdigit())
    if uk_mobile.strip().startswith("+"):
        return f"+{digits}"
    return f"+44{digits[1:]}" if digits.startswith("0") else f"+{digits}"


def channels_from_settings(settings: Settings) -> dict[str, Channel]:
    """Every channel by the name a Notification records; one not set up says so when used."""
    return {
        "email": EmailChannel(settings.smtp_url, settings.mail_from),
        "sms": SmsChannel(settings.sms_url, settings.sms_token, settings.sms_from),
    }
