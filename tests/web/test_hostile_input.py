"""Hostile input (issue 8): whatever arrives, the answer is a clear 4xx, never a 500, nothing is
half-recorded, and nothing anyone typed runs in a staff member's browser."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handoff.conversations import find_conversation
from handoff.staff import do_issue_token
from tests.factories import add_staff, new_sender, submit_case
from tests.web.staff_sign_in import sign_in

WEBHOOK = "/webhooks/rest/webhook"
SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _post_raw(client, path: str, data: bytes):
    return client.post(path, data=data, headers={"Content-Type": "application/json"})


def test_an_oversized_body_is_refused_with_413(client) -> None:
    body = json.dumps({"sender": new_sender(), "message": "x" * 200_000}).encode()
    response = _post_raw(client, WEBHOOK, body)
    assert response.status_code == 413
    assert response.get_json()["error"]


@pytest.mark.parametrize(
    "raw",
    [b"{", b'{"sender": "abcdefgh", "message": }', b"\xff\xfe\x00garbage", b"null", b"[]", b""],
)
def test_malformed_json_and_invalid_utf8_get_a_clear_400(client, raw: bytes) -> None:
    response = _post_raw(client, WEBHOOK, raw)
    assert response.status_code == 400
    assert response.get_json()["error"]


@pytest.mark.parametrize(("ascii_only", "status"), [(False, 400), (True, 413)])
def test_ten_thousand_emoji_are_refused_clearly_and_nothing_is_kept(
    client, app, ascii_only: bool, status: int
) -> None:
    # As a browser sends them (UTF-8, 40 KB): too long. As \\uXXXX escapes (120 KB): too large.
    sender = new_sender()
    body = json.dumps({"sender": sender, "message": "😀" * 10_000}, ensure_ascii=ascii_only)
    response = _post_raw(client, WEBHOOK, body.encode())
    assert response.status_code == status
    assert response.get_json()["error"]
    with app.extensions["tellus"].session_factory() as session:
        assert find_conversation(session, sender) is None


def test_a_long_emoji_message_within_the_limit_goes_through(client, fake_rasa) -> None:
    response = client.post(WEBHOOK, json={"sender": new_sender(), "message": "😀" * 4_000})
    assert response.status_code == 200
    assert fake_rasa.received[-1][1] == "😀" * 4_000


@pytest.mark.parametrize("command", ["/restart", "/session_start", "/disclose_risk", "/affirm"])
def test_typed_commands_never_reach_the_bot(client, fake_rasa, command: str) -> None:
    response = client.post(WEBHOOK, json={"sender": new_sender(), "message": command})
    assert response.status_code == 422
    assert fake_rasa.received == []


def test_script_in_a_message_is_escaped_wherever_staff_see_it(client, app) -> None:
    sender = new_sender()
    assert client.post(WEBHOOK, json={"sender": sender, "message": SCRIPT}).status_code == 200
    with app.extensions["tellus"].session_factory() as session, session.begin():
        email = add_staff(session).email
        chatted = find_conversation(session, sender).case.reference
        submitted = submit_case(session, summary=SCRIPT).reference
    sign_in(client, email)
    for page in ("/staff", f"/staff/cases/{chatted}", f"/staff/cases/{submitted}"):
        html = client.get(page).get_data(as_text=True)
        assert "<script>alert" not in html and "<img src=x" not in html, page
        assert "&lt;script&gt;alert" in html, page


def test_every_page_carries_a_strict_content_security_policy(client) -> None:
    for page in ("/", "/staff/login", "/complaint"):
        policy = client.get(page).headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy


def test_staff_pages_are_never_cached(client, app) -> None:
    with app.extensions["tellus"].session_factory() as session, session.begin():
        email = add_staff(session).email
    sign_in(client, email)
    assert client.get("/staff").headers["Cache-Control"] == "no-store"


def test_guessing_a_status_code_gets_the_same_answer_and_then_a_limit(client, app) -> None:
    with app.extensions["tellus"].session_factory() as session, session.begin():
        submitted = submit_case(session)
    wrong_code = client.post(
        "/api/status", json={"reference": submitted.reference, "code": "ZZZZZZ"}
    )
    wrong_reference = client.post("/api/status", json={"reference": "TU-ZZZZ-ZZZZ", "code": "X1"})
    assert wrong_code.status_code == wrong_reference.status_code == 404
    assert wrong_code.get_json() == wrong_reference.get_json()

    answers = [
        client.post(
            "/api/status", json={"reference": submitted.reference, "code": f"ZZZZ{i:02d}"}
        ).status_code
        for i in range(6)
    ]
    assert answers[-1] == 429
    right = client.post(
        "/api/status", json={"reference": submitted.reference, "code": submitted.status_code}
    )
    assert right.status_code == 429  # the limit holds even for the right code: no oracle


def test_one_conversation_cannot_flood_the_bot(client, fake_rasa) -> None:
    sender = new_sender()
    codes = [
        client.post(WEBHOOK, json={"sender": sender, "message": f"message {i}"}).status_code
        for i in range(31)
    ]
    assert codes[:30] == [200] * 30 and codes[30] == 429
    refused = client.post(WEBHOOK, json={"sender": sender, "message": "x"})
    assert "wait a few minutes" in refused.get_json()["error"]
    # When the minute's window ends, in whole seconds.
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    # Another child in the same school (same address) is not blocked by it.
    other = client.post(WEBHOOK, json={"sender": new_sender(), "message": "hello"})
    assert other.status_code == 200


def test_the_limits_hold_while_the_shared_store_is_down(settings, fake_rasa, caplog) -> None:
    """With Redis gone, a message still goes through, and a flood is still stopped, counted by
    the web worker on its own until the store is back."""
    from dataclasses import replace

    from tests.ports import free_port
    from web import create_app

    no_redis = replace(settings, redis_url=f"redis://127.0.0.1:{free_port()}/0")
    client = create_app({"SETTINGS": no_redis, "TESTING": True}).test_client()
    client.application.extensions["tellus"].rasa = fake_rasa
    sender = new_sender()
    codes = [
        client.post(WEBHOOK, json={"sender": sender, "message": f"message {i}"}).status_code
        for i in range(31)
    ]
    assert codes[:30] == [200] * 30 and codes[30] == 429
    assert "rate limit store unavailable" in caplog.text


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
BODIES = st.one_of(
    JSON_VALUES,
    st.fixed_dictionaries(
        {"sender": st.text(max_size=140), "message": JSON_VALUES},
        optional={"metadata": JSON_VALUES},
    ),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=BODIES)
def test_fuzzed_bodies_never_cause_a_server_error(app, body) -> None:
    client = app.test_client()
    with app.extensions["tellus"].session_factory() as session, session.begin():
        member = add_staff(session, email=f"fuzz-{new_sender()}@council.example")
        token = do_issue_token(session, member.email)
    headers = {"Authorization": f"Bearer {token}"}
    for method, path in [
        ("POST", WEBHOOK),
        ("POST", "/api/status"),
        ("POST", "/api/cases/TU-AAAA-AAAA/messages"),
        ("GET", "/api/cases"),
    ]:
        response = client.open(path, method=method, json=body, headers=headers)
        assert response.status_code < 500, (path, body, response.get_data(as_text=True))
        if response.status_code >= 400:
            assert response.get_json()["error"]


def test_behind_a_proxy_each_person_has_their_own_limit(settings, fake_rasa) -> None:
    from dataclasses import replace

    from web import create_app

    proxied = create_app({"SETTINGS": replace(settings, proxy_hops=1), "TESTING": True})
    proxied.extensions["tellus"].rasa = fake_rasa
    client = proxied.test_client()

    def status_check(address: str, attempt: int) -> int:
        return client.post(
            "/api/status",
            json={"reference": f"TU-ZZZZ-ZZ{attempt:02d}", "code": "ZZZZZZ"},
            headers={"X-Forwarded-For": address},
        ).status_code

    assert [status_check("203.0.113.7", i) for i in range(11)][-1] == 429
    assert status_check("198.51.100.9", 99) == 404  # another person behind the same proxy


def test_a_limit_on_a_view_that_does_not_exist_stops_the_app_starting(settings, monkeypatch):
    from web import create_app, security

    monkeypatch.setitem(security.LIMITS, "chat.renamed_webhook", [("1 per minute", str)])
    with pytest.raises(RuntimeError, match=r"chat\.renamed_webhook"):
        create_app({"SETTINGS": settings, "TESTING": True})
