"""The staff indicators page and CSV, the staff "you said, we did" page, and the public page."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from sqlalchemy import select

from handoff.deadlines import today_in_scotland
from handoff.models import AuditEntry, Case, CaseStage, Improvement
from handoff.quarters import Quarter
from tests.factories import PASSWORD, add_staff


def _db(app):
    return app.extensions["tellus"].session_factory


def _sign_in(client, app, role: str = "handler") -> None:
    email = f"{role}@council.example"
    with _db(app)() as session, session.begin():
        add_staff(session, email, role)
    page = client.get("/staff/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    response = client.post(
        "/staff/login", data={"csrf_token": token, "email": email, "password": PASSWORD}
    )
    assert response.status_code == 302


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _closed_stage_one_case(app, *, reference: str, started: date, closed: date) -> None:
    with _db(app)() as session, session.begin():
        case = Case(
            reference=reference,
            status="closed",
            outcome="upheld",
            service_area="housing",
            child_friendly=True,
            received_on=started,
            due_on=date(2026, 1, 19),
        )
        session.add(case)
        session.flush()
        session.add(
            CaseStage(
                case_id=case.id,
                stage="stage_1",
                started_on=started,
                standard_due_on=date(2026, 1, 19),
                due_on=date(2026, 1, 19),
                closed_on=closed,
                outcome="upheld",
            )
        )


def _audit_actions(app) -> list[tuple[str, dict]]:
    with _db(app)() as session:
        return [
            (entry.action, entry.detail)
            for entry in session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
            if entry.action.startswith(("report.", "improvement."))
        ]


# The indicators page and its CSV.


def test_reports_need_a_staff_login(client) -> None:
    for url in ("/staff/reports", "/staff/reports.csv?quarter=2026Q1"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/staff/login" in response.headers["Location"]


def test_the_page_shows_the_quarters_figures_in_tables_and_charts(client, app) -> None:
    # Mon 12 Jan to Fri 16 Jan 2026 = 4 working days, within the 5-day timescale.
    _closed_stage_one_case(
        app, reference="TU-AAAA-CCCC", started=date(2026, 1, 12), closed=date(2026, 1, 16)
    )
    _sign_in(client, app)
    response = client.get("/staff/reports?quarter=2026q1")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "<h1>Complaints indicators for 2026Q1</h1>" in page
    assert '<option value="2026Q1" selected>' in page
    # Average working days 4.0; 1 of 1 within timescale = 100.0 %; one child-friendly case.
    assert '<td class="number">4.0</td>' in page
    assert '<td class="number">100.0%</td>' in page
    assert "<caption" in page and 'scope="row"' in page and 'scope="col"' in page
    # Charts are inline SVG with a title and a description, and nothing is fetched elsewhere.
    charts = re.findall(r'<svg role="img" aria-labelledby="([\w-]+)-title \1-desc"', page)
    assert len(charts) == 6
    assert "<desc id=" in page and "the same figures" in page
    assert '<script src="http' not in page and "https://" not in page.replace(
        "https://www.bbc.co.uk/weather", ""
    )
    # Earlier quarters are in the trend; nothing to divide shows a dash, not 0 % or an error.
    assert "2025Q1" in page and "&ndash;" in page
    assert _audit_actions(app) == [("report.viewed", {"quarter": "2026Q1"})]


def test_the_page_defaults_to_this_quarter(client, app) -> None:
    _sign_in(client, app)
    page = client.get("/staff/reports").get_data(as_text=True)
    assert Quarter.containing(today_in_scotland()).label in page
    assert "Next quarter" not in page


@pytest.mark.parametrize("url", ["/staff/reports?quarter=2026Q5", "/staff/reports.csv?quarter=Q3"])
def test_a_bad_quarter_is_a_clear_400(client, app, url) -> None:
    _sign_in(client, app)
    response = client.get(url)
    assert response.status_code == 400
    assert "like 2026Q3" in response.get_data(as_text=True)
    assert _audit_actions(app) == []


def test_csv_download(client, app) -> None:
    _closed_stage_one_case(
        app, reference="TU-AAAA-CCCC", started=date(2026, 1, 12), closed=date(2026, 1, 16)
    )
    _sign_in(client, app, role="admin")
    response = client.get("/staff/reports.csv?quarter=2026Q1")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="tellus-indicators-2026Q1.csv"'
    )
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0] == ["quarter", "indicator", "stage", "value"]
    assert ["2026Q1", "average_working_days", "stage_1", "4.0"] in rows
    assert ["2026Q1", "service_area.housing", "all", "1"] in rows
    assert _audit_actions(app) == [("report.exported", {"quarter": "2026Q1", "format": "csv"})]


# "You said, we did".


def _add_entry(client, **fields) -> None:
    page = client.get("/staff/improvements").get_data(as_text=True)
    data = {"csrf_token": _csrf(page), "service_area": "transport", "case_reference": ""}
    data.update(fields)
    return client.post("/staff/improvements", data=data)


def _entry_id(app, we_did: str) -> int:
    with _db(app)() as session:
        return session.execute(select(Improvement.id).filter_by(we_did=we_did)).scalar_one()


def _post(client, url: str, improvement_id: int):
    page = client.get("/staff/improvements").get_data(as_text=True)
    return client.post(url, data={"csrf_token": _csrf(page), "improvement_id": improvement_id})


def test_staff_add_an_entry_and_only_an_admin_publishes_it(client, app) -> None:
    with _db(app)() as session, session.begin():
        session.add(
            Case(
                reference="TU-7KQ4-M3XP",
                status="new",
                received_on=date(2026, 2, 2),
                due_on=date(2026, 2, 9),
                complainant_name="Morven",
            )
        )
    _sign_in(client, app)
    response = _add_entry(
        client,
        you_said="Morven said the bus was late.",
        we_did="We changed the timetable.",
        case_reference="tu 7kq4 m3xp",
    )
    assert response.status_code == 302
    entry = _entry_id(app, "We changed the timetable.")
    listing = client.get("/staff/improvements").get_data(as_text=True)
    assert "not published" in listing and "TU-7KQ4-M3XP" in listing
    assert "/staff/improvements/publish" not in listing  # a handler is not offered it
    assert _post(client, "/staff/improvements/publish", entry).status_code == 403

    client.post("/staff/logout", data={"csrf_token": _csrf(listing)})
    _sign_in(client, app, role="admin")
    refused = _post(client, "/staff/improvements/publish", entry)
    assert refused.status_code == 400
    message = refused.get_data(as_text=True)
    assert "could identify someone" in message and "name (morven)" in message
    assert 'role="alert"' in message

    page = client.get(f"/staff/improvements?edit={entry}").get_data(as_text=True)
    assert "Morven said the bus was late." in page  # the form is filled in to change
    edited = client.post(
        "/staff/improvements/edit",
        data={
            "csrf_token": _csrf(page),
            "improvement_id": entry,
            "service_area": "transport",
            "you_said": "The bus was often late.",
            "we_did": "We changed the timetable.",
            "case_reference": "TU-7KQ4-M3XP",
        },
    )
    assert edited.status_code == 302
    assert _post(client, "/staff/improvements/publish", entry).status_code == 302
    assert [action for action, _ in _audit_actions(app)] == [
        "improvement.added",
        "improvement.edited",
        "improvement.published",
    ]


def test_a_refused_entry_keeps_what_was_typed(client, app) -> None:
    _sign_in(client, app)
    response = _add_entry(client, you_said="The lift broke.", we_did="")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Write what we did." in page and "The lift broke." in page


def test_forms_without_a_csrf_token_are_refused(client, app) -> None:
    _sign_in(client, app)
    response = client.post(
        "/staff/improvements",
        data={"service_area": "transport", "you_said": "a", "we_did": "b"},
    )
    assert response.status_code == 400
    with _db(app)() as session:
        assert session.execute(select(Improvement)).first() is None


def test_the_public_page_shows_only_published_entries_without_the_case(client, app) -> None:
    with _db(app)() as session, session.begin():
        case = Case(
            reference="TU-7KQ4-M3XP",
            status="new",
            received_on=date(2026, 2, 2),
            due_on=date(2026, 2, 9),
        )
        session.add(case)
        session.flush()
        author = add_staff(session)
        entries = [
            ("education", "The classroom was cold.", "We fixed the heating.", date(2026, 1, 5)),
            ("transport", "The bus was late.", "We changed the timetable.", date(2026, 2, 5)),
            ("health", "The waiting room was noisy.", "Not published yet.", None),
        ]
        for area, said, did, published in entries:
            session.add(
                Improvement(
                    case_id=case.id,
                    service_area=area,
                    you_said=said,
                    we_did=did,
                    published_on=published,
                    created_by_id=author.id,
                )
            )

    response = client.get("/you-said-we-did")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "<h1>You said, we did</h1>" in page
    assert page.index("We changed the timetable.") < page.index("We fixed the heating.")
    assert "Not published yet." not in page
    assert "TU-7KQ4-M3XP" not in page and "council.example" not in page
    assert "<script" not in page.replace('<script src="/static/exit.js" defer></script>', "")

    school = client.get("/you-said-we-did?area=education").get_data(as_text=True)
    assert "We fixed the heating." in school and "We changed the timetable." not in school
    assert 'aria-current="page">School and learning (1)' in school
    everything = client.get("/you-said-we-did?area=nonsense").get_data(as_text=True)
    assert "We fixed the heating." in everything and "We changed the timetable." in everything


def test_the_public_page_with_nothing_published(client) -> None:
    page = client.get("/you-said-we-did").get_data(as_text=True)
    assert "There is nothing here yet." in page
