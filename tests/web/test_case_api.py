"""The JSON API's case handling: the same do_* calls as the case page, behind a bearer token."""

from datetime import date

import pytest

from handoff.staff import do_issue_token
from tests.factories import add_staff, submit_case

RECEIVED = date(2026, 12, 22)
TODAY = date(2026, 12, 23)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr("web.api.views.today_in_scotland", lambda: TODAY)


@pytest.fixture
def seeded(app):
    with app.extensions["tellus"].session_factory.begin() as session:
        member = add_staff(session)
        token = do_issue_token(session, member.email)
        reference = submit_case(session, today=RECEIVED).reference
    return {"Authorization": f"Bearer {token}"}, reference


def test_claim_acknowledge_extend_close_and_escalate(client, seeded) -> None:
    headers, reference = seeded
    url = f"/api/cases/{reference}"
    claimed = client.post(f"{url}/claim", headers=headers).get_json()
    assert claimed["assigned_to"] == "handler@council.example"
    acknowledged = client.post(f"{url}/acknowledge", headers=headers).get_json()
    assert acknowledged["stages"][0]["acknowledged_on"] == "2026-12-23"
    extended = client.post(
        f"{url}/extend",
        headers=headers,
        json={"new_due_on": "2027-01-08", "reason": "Records", "note": "We need more time."},
    ).get_json()
    assert (extended["due_on"], extended["stages"][0]["standard_due_on"]) == (
        "2027-01-08",
        "2026-12-31",
    )
    closed = client.post(
        f"{url}/close", headers=headers, json={"outcome": "resolved", "response": "Agreed."}
    ).get_json()
    assert (closed["status"], closed["outcome"], closed["closed_on"]) == (
        "closed",
        "resolved",
        "2026-12-23",
    )
    escalated = client.post(f"{url}/escalate", headers=headers, json={}).get_json()
    assert (escalated["stage"], escalated["status"], escalated["due_on"]) == (
        "stage_2",
        "new",
        # 20 working days after Wed 23 Dec 2026: 24 and 29-31 Dec (4), 5-8 Jan (8), 11-15 Jan
        # (13), 18-22 Jan (18), then 25 and 26 Jan.
        "2027-01-26",
    )
    assert [s["stage"] for s in escalated["stages"]] == ["stage_1", "stage_2"]


def test_bad_input_is_a_clear_400_and_no_token_is_401(client, seeded) -> None:
    headers, reference = seeded
    url = f"/api/cases/{reference}"
    bad_date = client.post(f"{url}/extend", headers=headers, json={"new_due_on": "soon"})
    assert bad_date.status_code == 400 and "new_due_on" in bad_date.get_json()["error"]
    bad_outcome = client.post(f"{url}/close", headers=headers, json={"outcome": 3})
    assert bad_outcome.status_code == 400
    assert client.post(f"{url}/claim").status_code == 401
    record = client.get(url, headers=headers).get_json()
    assert (record["status"], record["assigned_to"]) == ("new", None)
