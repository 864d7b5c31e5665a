"""A disclosure through the real processes: urgent in the staff API and emailed to the lead."""

from __future__ import annotations

import time

import pytest
import requests

from tests.e2e.conftest import SAFEGUARDING_LEAD
from tests.factories import new_sender

pytestmark = pytest.mark.e2e


def _wait_for(condition, timeout: float, interval: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(interval)
    return None


def test_a_disclosure_mid_complaint_is_urgent_in_the_api_and_emailed(
    web_url, staff_headers, mail
) -> None:
    _, inbox = mail
    sender = new_sender()
    chat = f"{web_url}/webhooks/rest/webhook"
    requests.post(chat, json={"sender": sender, "message": "hi"}, timeout=30)

    started = time.monotonic()
    reply = requests.post(
        chat,
        json={"sender": sender, "message": "my mums boyfriend hits me wen shes out"},
        timeout=30,
    ).json()
    assert "0800 1111" in reply[0]["text"] and "999" in reply[0]["text"]

    def urgent_case():
        cases = requests.get(f"{web_url}/api/cases", headers=staff_headers, timeout=5).json()
        return next((c for c in cases["cases"] if c["safeguarding"]["flagged"]), None)

    case = _wait_for(urgent_case, timeout=1.0)
    assert case is not None, "the urgent case did not reach the staff API within 1 s"
    assert case["priority"] == "urgent"
    assert (
        requests.get(f"{web_url}/api/cases", headers=staff_headers, timeout=5).json()["cases"][0][
            "reference"
        ]
        == case["reference"]
    ), "safeguarding comes first in the queue"

    mail_arrived = _wait_for(
        lambda: [m for m in inbox.messages if case["reference"] in m["Subject"]], timeout=5.0
    )
    assert mail_arrived, "the safeguarding lead was not emailed within 5 s"
    assert mail_arrived[0]["To"] == SAFEGUARDING_LEAD
    print(f"disclosure to email: {time.monotonic() - started:.2f} s")

    # The bot stays silent: later messages wait for a person.
    later = requests.post(chat, json={"sender": sender, "message": "hello?"}, timeout=30)
    assert later.json() == []
