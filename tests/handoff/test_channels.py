import pytest
import requests

from handoff.channels import (
    ChannelNotConfigured,
    DeliveryRefused,
    EmailChannel,
    SmsChannel,
    channels_from_settings,
    international_number,
)
from tellus.config import ConfigError, load_settings
from tests.ports import free_port
from tests.sms_gateway import sms_gateway
from tests.smtp import smtp_server


def test_a_text_message_is_posted_to_the_gateway_as_json() -> None:
    with sms_gateway() as gateway:
        channel = SmsChannel(gateway.url, token="s3cret", sender="Council")
        channel.send(recipient="07700 900123", subject="ignored", body="Your complaint TU-1")
    assert gateway.received == [
        {"to": "+447700900123", "body": "Your complaint TU-1", "from": "Council"}
    ]
    assert gateway.headers[0]["Authorization"] == "Bearer s3cret"
    assert gateway.headers[0]["Content-Type"] == "application/json"


def test_without_a_token_or_sender_none_is_sent() -> None:
    with sms_gateway() as gateway:
        SmsChannel(gateway.url).send(recipient="07700 900123", subject="s", body="b")
    assert gateway.received == [{"to": "+447700900123", "body": "b"}]
    assert "Authorization" not in gateway.headers[0]


@pytest.mark.parametrize("status", [400, 429, 500, 503])
def test_a_gateway_that_refuses_says_how(status: int) -> None:
    with sms_gateway(answers=[status]) as gateway:
        with pytest.raises(DeliveryRefused, match=f"answered {status}"):
            SmsChannel(gateway.url).send(recipient="07700 900123", subject="s", body="b")


def test_a_redirect_is_a_refusal_not_a_success() -> None:
    # Following it would resend as a GET to some page that answers 200: a message "sent" to no one.
    with sms_gateway(answers=[302]) as gateway:
        with pytest.raises(DeliveryRefused, match="answered 302"):
            SmsChannel(gateway.url).send(recipient="07700 900123", subject="s", body="b")
    assert len(gateway.received) == 1


def test_a_gateway_that_is_down_or_slow_raises_an_os_error() -> None:
    down = SmsChannel(f"http://127.0.0.1:{free_port()}/send", timeout=2)
    with pytest.raises(OSError):
        down.send(recipient="07700 900123", subject="s", body="b")
    with sms_gateway(delay_seconds=3) as gateway:
        with pytest.raises(requests.Timeout) as slow:
            SmsChannel(gateway.url, timeout=0.3).send(
                recipient="07700 900123", subject="s", body="b"
            )
    assert isinstance(slow.value, OSError)


def test_a_channel_that_is_not_set_up_names_its_variable() -> None:
    with pytest.raises(ChannelNotConfigured, match="TELLUS_SMS_URL"):
        SmsChannel(None).send(recipient="07700 900123", subject="s", body="b")
    with pytest.raises(ChannelNotConfigured, match="TELLUS_SMTP_URL"):
        EmailChannel(None, "tellus@council.example").send(
            recipient="a@b.example", subject="s", body="b"
        )


def test_email_goes_out_over_real_smtp() -> None:
    with smtp_server() as (url, inbox):
        EmailChannel(url, "tellus@council.example").send(
            recipient="parent@example.org", subject="Complaint TU-1: received", body="Hello"
        )
    [message] = inbox.messages
    assert (message["From"], message["To"], message["Subject"]) == (
        "tellus@council.example",
        "parent@example.org",
        "Complaint TU-1: received",
    )
    assert message.get_payload().strip() == "Hello"


@pytest.mark.parametrize(
    ("typed", "international"),
    [
        ("07700 900123", "+447700900123"),
        ("07700900123", "+447700900123"),
        ("+44 7700 900123", "+447700900123"),
        ("447700900123", "+447700900123"),
    ],
)
def test_uk_mobiles_are_sent_in_international_form(typed: str, international: str) -> None:
    assert international_number(typed) == international


def test_the_channels_come_from_the_environment(tmp_path) -> None:
    environ = {
        "TELLUS_VAR_DIR": str(tmp_path),
        "TELLUS_SMTP_URL": "smtp://127.0.0.1:2525",
        "TELLUS_MAIL_FROM": "complaints@council.example",
        "TELLUS_SMS_URL": "https://sms.council.example/send",
        "TELLUS_SMS_TOKEN": "t0ken",
        "TELLUS_SMS_FROM": "Council",
    }
    settings = load_settings(environ)
    channels = channels_from_settings(settings)
    assert channels["email"] == EmailChannel("smtp://127.0.0.1:2525", "complaints@council.example")
    assert channels["sms"] == SmsChannel("https://sms.council.example/send", "t0ken", "Council")
    # The notifier is a child process: it must load the very same settings.
    assert load_settings(settings.environment()) == settings


def test_without_sms_settings_the_sms_channel_is_not_set_up(tmp_path) -> None:
    settings = load_settings({"TELLUS_VAR_DIR": str(tmp_path)})
    assert (settings.sms_url, settings.sms_token, settings.sms_from) == (None, None, None)
    with pytest.raises(ChannelNotConfigured):
        channels_from_settings(settings)["sms"].send(
            recipient="07700 900123", subject="s", body="b"
        )


def test_a_malformed_gateway_address_fails_loudly(tmp_path) -> None:
    with pytest.raises(ConfigError, match="TELLUS_SMS_URL"):
        load_settings({"TELLUS_VAR_DIR": str(tmp_path), "TELLUS_SMS_URL": "sms.example/send"})
