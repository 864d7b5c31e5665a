from tests.factories import submit_case


def test_status_with_the_right_pair(client, app) -> None:
    with app.extensions["tellus"].session_factory() as session, session.begin():
        submitted = submit_case(session)
    response = client.post(
        "/api/status", json={"reference": submitted.reference, "code": submitted.status_code}
    )
    assert response.status_code == 200
    assert response.get_json() == {
        "status": "new",
        "stage": "stage_1",
        "due_on": "2026-12-04",
        "handled_by": None,
    }


def test_a_wrong_pair_is_404_with_the_same_answer_for_either_half(client, app) -> None:
    with app.extensions["tellus"].session_factory() as session, session.begin():
        submitted = submit_case(session)
    wrong_code = client.post("/api/status", json={"reference": submitted.reference, "code": "X"})
    wrong_ref = client.post(
        "/api/status", json={"reference": "TU-AAAA-AAAA", "code": submitted.status_code}
    )
    assert wrong_code.status_code == wrong_ref.status_code == 404
    assert wrong_code.get_json() == wrong_ref.get_json()


def test_missing_fields_are_a_clear_400(client) -> None:
    response = client.post("/api/status", json={"reference": 12})
    assert response.status_code == 400
    assert "reference and code" in response.get_json()["error"]


def test_an_assigned_case_names_who_handles_it_by_name_and_team(client, app) -> None:
    from handoff.cases import find_case
    from tests.factories import add_staff, submit_case

    with app.extensions["tellus"].session_factory() as session, session.begin():
        submitted = submit_case(session)
        member = add_staff(session)
        member.display_name, member.team = "Sam Jones", "Education"
        find_case(session, submitted.reference).assigned_to = member
    answer = client.post(
        "/api/status", json={"reference": submitted.reference, "code": submitted.status_code}
    ).get_json()
    assert answer["handled_by"] == "Sam Jones (Education)"
    assert "@" not in answer["handled_by"]
