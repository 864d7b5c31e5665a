"""One complaint end to end: chat over HTTP through the gateway, Rasa and the actions, to the
staff API (issue 2's definition of done)."""

from __future__ import annotations

import re

import pytest
import requests

from tests.e2e.conftest import tellus_cli
from tests.factories import new_sender

pytestmark = pytest.mark.e2e


def say(web_url: str, sender: str, text: str) -> list[dict]:
    response = requests.post(
        f"{web_url}/webhooks/rest/webhook",
        json={"sender": sender, "message": text, "metadata": {"lang": "en"}},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_health_shows_every_part_up(web_url) -> None:
    assert requests.get(f"{web_url}/healthz", timeout=5).json() == {
        "web": "ok", "bot": "ok", "actions": "ok", "db": "ok",
    }


def test_a_complaint_from_hello_to_the_staff_api(live, web_url) -> None:
    sender = new_sender()
    opening = say(web_url, sender, "hello")
    assert "taken seriously" in opening[0]["text"]
    assert "What happened" in opening[-1]["text"]

    contact_question = say(web_url, sender, "the library keeps closing early on saturdays")
    assert [b["payload"] for b in contact_question[-1]["buttons"]][:2] == ["chat", "email"]

    summary = say(web_url, sender, "email")
    assert "the library keeps closing early on saturdays" in summary[-1]["text"]
    assert {b["payload"] for b in summary[-1]["buttons"]} == {"/affirm", "/deny"}

    created = say(web_url, sender, "/affirm")[-1]["text"]
    reference = re.search(r"TU-[A-Z0-9]{4}-[A-Z0-9]{4}", created).group(0)
    code = re.search(r"secret code is ([A-Z0-9]{6})", created).group(1)

    tellus_cli(live, "staff", "add", "handler@council.example", "--role", "handler",
               stdin="a long enough password\n")
    token = tellus_cli(live, "staff", "token", "handler@council.example")
    headers = {"Authorization": f"Bearer {token}"}
    cases = requests.get(f"{web_url}/api/cases", headers=headers, timeout=5).json()["cases"]
    assert reference in [c["reference"] for c in cases]

    record = requests.get(f"{web_url}/api/cases/{reference}", headers=headers, timeout=5).json()
    assert record["summary"] == "the library keeps closing early on saturdays"
    assert record["communication"]["method"] == "email"
    assert record["status"] == "new"
    assert [m["from"] for m in record["transcript"]][:2] == ["user", "bot"]

    status = requests.post(
        f"{web_url}/api/status", json={"reference": reference, "code": code}, timeout=5
    )
    assert status.json()["status"] == "new"


def test_a_typed_command_never_reaches_rasa(web_url) -> None:
    sender = new_sender()
    say(web_url, sender, "hi")
    response = requests.post(
        f"{web_url}/webhooks/rest/webhook", json={"sender": sender, "message": "/restart"},
        timeout=5,
    )
    assert response.status_code == 422
