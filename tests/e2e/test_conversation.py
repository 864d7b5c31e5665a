"""One complaint end to end: chat over HTTP through the gateway, Rasa and the actions, to the
staff API (issue 2's definition of done)."""

from __future__ import annotations

import re

import pytest
import requests

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
        "web": "ok",
        "bot": "ok",
        "actions": "ok",
        "db": "ok",
    }


# A child's whole conversation, answering with buttons' payloads and with their own words.
CHILD_CONVERSATION = [
    ("hello", "who is making this complaint"),
    ("I'm 13", "call you"),
    ("skip", "What happened"),
    ("the library keeps closing early on saturdays", "anything else"),
    ("and the staff were rude to my wee brother", "anything else"),
    ("that's everything", "When did it happen"),
    ("every saturday since october", "urgent"),
    ("no", "unhappy that"),
    ("yes", "make it better"),
    ("open on time please", "get in touch"),
    ("email", "email address"),
    ("reader.kid@example.org", "safe and easy"),
    ("after school", "part of this"),
    ("nobody", "talk to"),
    ("skip", "easier"),
    ("large text", "advocate"),
    ("no", "happy for us to look"),
    ("yes", "parent or carer"),
    ("no", "Shall I send it"),
]


def test_a_complaint_from_hello_to_the_staff_api(live, web_url, staff_headers) -> None:
    sender = new_sender()
    replies: list[dict] = []
    for said, expected in CHILD_CONVERSATION:
        replies = say(web_url, sender, said)
        texts = " / ".join(r.get("text", "") for r in replies)
        assert expected.lower() in texts.lower(), f"after {said!r} the bot said: {texts}"
    assert {b["payload"] for b in replies[-1]["buttons"]} == {"/affirm", "/deny"}

    created = " ".join(r["text"] for r in say(web_url, sender, "/affirm"))
    reference = re.search(r"TU-[A-Z0-9]{4}-[A-Z0-9]{4}", created).group(0)
    code = re.search(r"secret code is ([A-Z0-9]{6})", created).group(1)

    headers = staff_headers
    cases = requests.get(f"{web_url}/api/cases", headers=headers, timeout=5).json()["cases"]
    assert reference in [c["reference"] for c in cases]

    record = requests.get(f"{web_url}/api/cases/{reference}", headers=headers, timeout=5).json()
    assert record["complainant"] == {"role": "child", "age_band": "12_15", "name": None}
    assert record["service_area"] == "leisure"
    assert record["summary"].startswith("the library keeps closing early on saturdays")
    assert len(record["heads_of_complaint"]) == 2
    communication = record["communication"]
    assert (communication["method"], communication["contact"]) == (
        "email",
        "reader.kid@example.org",
    )
    assert communication["involve"] == ["nobody"]
    assert communication["adjustments"] == ["large_text"]
    assert record["consent"]["to_proceed"] is True
    assert record["consent"]["tell_parent_carer"] is False
    assert record["child_friendly"] is True
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
        f"{web_url}/webhooks/rest/webhook",
        json={"sender": sender, "message": "/restart"},
        timeout=5,
    )
    assert response.status_code == 422
