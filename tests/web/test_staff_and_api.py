import re

from handoff.staff import do_issue_token
from tests.factories import PASSWORD, add_staff, submit_case


def _seed(app):
    with app.extensions["tellus"].session_factory() as session, session.begin():
        member = add_staff(session)
        token = do_issue_token(session, member.email)
        submitted = submit_case(session)
    return token, submitted


def test_api_lists_and_shows_cases_with_a_token(client, app) -> None:
    token, submitted = _seed(app)
    headers = {"Authorization": f"Bearer {token}"}
    cases = client.get("/api/cases", headers=headers).get_json()["cases"]
    assert [c["reference"] for c in cases] == [submitted.reference]

    record = client.get(f"/api/cases/{submitted.reference}", headers=headers).get_json()
    assert record["summary"] == "The school bus never comes on time."
    assert record["status"] == "new"
    assert client.get("/api/cases/TU-AAAA-AAAA", headers=headers).status_code == 404


def test_api_refuses_missing_and_wrong_tokens(client, app) -> None:
    _seed(app)
    assert client.get("/api/cases").status_code == 401
    wrong = client.get("/api/cases", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert wrong.get_json()["error"]


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)


def test_staff_log_in_and_see_the_queue(client, app) -> None:
    _, submitted = _seed(app)
    assert client.get("/staff").status_code == 302

    page = client.get("/staff/login").get_data(as_text=True)
    failed = client.post(
        "/staff/login",
        data={
            "csrf_token": _csrf(page),
            "email": "handler@council.example",
            "password": "wrong one",
        },
    )
    assert failed.status_code == 401

    page = client.get("/staff/login").get_data(as_text=True)
    response = client.post(
        "/staff/login",
        data={
            "csrf_token": _csrf(page),
            "email": "handler@council.example",
            "password": PASSWORD,
        },
    )
    assert response.status_code == 302
    queue = client.get("/staff").get_data(as_text=True)
    assert submitted.reference in queue


def test_login_without_a_csrf_token_is_refused(client, app) -> None:
    _seed(app)
    response = client.post(
        "/staff/login",
        data={
            "email": "handler@council.example",
            "password": PASSWORD,
        },
    )
    assert response.status_code in (400, 401)
    assert client.get("/staff").status_code == 302
