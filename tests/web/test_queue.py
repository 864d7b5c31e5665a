"""The staff queue page, its live JSON, the API's filters, staff attribution in the chat, and the
queue's query counts pinned."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event

from handoff.conversations import (
    OutgoingMessage,
    do_record_bot_messages,
    do_record_staff_message,
    do_start_conversation,
)
from handoff.staff import do_issue_token
from tests.factories import PASSWORD, add_staff, new_sender
from tests.handoff.test_queue import open_case, staff_member

TODAY = date(2026, 12, 9)  # a Wednesday
ME = "handler@council.example"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch) -> None:
    for module in ("web.staff.queue", "web.api.views"):
        monkeypatch.setattr(f"{module}.today_in_scotland", lambda: TODAY)


@contextmanager
def _database(app) -> Iterator:
    with app.extensions["tellus"].session_factory() as session, session.begin():
        yield session


def _sign_in(client) -> None:
    page = client.get("/staff/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    answer = client.post(
        "/staff/login", data={"csrf_token": token, "email": ME, "password": PASSWORD}
    )
    assert answer.status_code == 302


@pytest.fixture
def seeded(app) -> dict[str, str]:
    """Me (signed in), Sam (another handler) and a case for each thing the page shows."""
    with _database(app) as session:
        me = add_staff(session, ME)
        me.display_name = "Alex Handler"
        sam = staff_member(
            session, "sam@council.example", display_name="Sam Jones", team="Education"
        )
        cases = {
            "urgent": open_case(
                session,
                "A child said they are not safe at home.",
                safeguarding_flagged=True,
                safeguarding_severity="immediate",
                priority="urgent",
                status="handoff",
                child_friendly=True,
                due_on=date(2026, 12, 16),
            ),
            "sams": open_case(
                session,
                "The school bus is late every day " * 10,
                assigned_to=sam,
                child_friendly=True,
                due_on=date(2026, 12, 14),
            ),
            "overdue": open_case(session, "Nobody answered my emails.", due_on=date(2026, 12, 4)),
            "mine": open_case(
                session,
                "<b>Bins</b> not collected.",
                assigned_to=me,
                stage="stage_2",
                status="in_progress",
                due_on=TODAY,
            ),
            "closed": open_case(session, "An old one.", status="closed", outcome="resolved"),
        }
        token = do_issue_token(session, ME)
        references = {name: case.reference for name, case in cases.items()}
    return references | {"token": token}


def _rows(html: str) -> list[str]:
    body = html.split('<tbody id="queue-rows">', 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr.*?</tr>", body, flags=re.S)


def _count(html: str, key: str) -> int:
    found = re.search(rf'data-count="{key}".*?class="count-number">(\d+)<', html, flags=re.S)
    return int(found.group(1))


def test_the_queue_shows_each_column_in_words(client, seeded) -> None:
    _sign_in(client)
    html = client.get("/staff").get_data(as_text=True)
    rows = _rows(html)
    order = [seeded[name] for name in ("urgent", "overdue", "mine", "sams")]
    assert [re.search(r"TU-[A-Z0-9-]+", row).group(0) for row in rows] == order
    urgent, overdue, mine, sams = rows
    assert f'href="/staff/cases/{seeded["urgent"]}"' in urgent
    assert "<strong>Immediate</strong>" in urgent and "<strong>Urgent</strong>" in urgent
    assert 'class="urgent"' in urgent
    assert "Asked for a person" in urgent and "Unassigned" in urgent
    assert "5 working days left" in urgent
    assert "Overdue by 3 working days" in overdue and "due-text overdue" in overdue
    assert '<time datetime="2026-12-04">Fri 4 Dec 2026</time>' in overdue
    assert "Stage 2" in mine and "In progress" in mine and "Alex Handler" in mine
    assert "Due today" in mine
    assert "&lt;b&gt;Bins&lt;/b&gt;" in mine  # autoescaped, never markup
    assert "Sam Jones" in sams and "<td>Yes</td>" in sams and "3 working days left" in sams
    summary = re.findall(r"<td>([^<]*)</td>\s*</tr>", sams)[0]
    assert summary.endswith("\u2026") and len(summary) <= 121
    assert seeded["closed"] not in html


def test_the_counts_are_at_the_top(client, seeded) -> None:
    _sign_in(client)
    html = client.get("/staff?stage=stage_2").get_data(as_text=True)
    # Counts cover the whole open queue, whatever the filters show.
    expected = {"open": 4, "urgent": 1, "overdue": 1, "unassigned": 2, "mine": 1, "due_soon": 1}
    assert {key: _count(html, key) for key in expected} == expected
    assert html.index('id="queue-counts"') < html.index('id="queue-rows"')
    assert 'aria-live="polite"' in html
    assert 'href="/staff?overdue=true"' in html and 'href="/staff?assignee=me"' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("stage=stage_2", ["mine"]),
        ("status=closed", ["closed"]),
        ("status=open&status=closed", ["urgent", "overdue", "mine", "sams", "closed"]),
        ("assignee=me", ["mine"]),
        ("assignee=unassigned", ["urgent", "overdue"]),
        ("assignee=sam%40council.example", ["sams"]),
        ("child_friendly=true", ["urgent", "sams"]),
        ("child_friendly=false", ["overdue", "mine"]),
        ("overdue=true", ["overdue"]),
        ("safeguarding=true", ["urgent"]),
        ("child_friendly=true&assignee=unassigned&safeguarding=true", ["urgent"]),
        ("stage=stage_1&overdue=false&child_friendly=false", []),
        ("stage=&status=open&assignee=&child_friendly=", ["urgent", "overdue", "mine", "sams"]),
    ],
)
def test_filters_on_the_page_the_json_and_the_api(client, seeded, query, expected) -> None:
    _sign_in(client)
    wanted = [seeded[name] for name in expected]
    page = client.get(f"/staff?{query}").get_data(as_text=True)
    assert [re.search(r"TU-[A-Z0-9-]+", row).group(0) for row in _rows(page) if "TU-" in row] == (
        wanted
    )
    live = client.get(f"/staff/queue.json?{query}").get_json()
    assert [row["reference"] for row in live["rows"]] == wanted
    api = client.get(f"/api/cases?{query}", headers={"Authorization": f"Bearer {seeded['token']}"})
    assert [case["reference"] for case in api.get_json()["cases"]] == wanted


def test_the_form_works_without_javascript_and_keeps_the_choices(client, seeded) -> None:
    _sign_in(client)
    html = client.get("/staff?stage=stage_2&assignee=me&overdue=true").get_data(as_text=True)
    form = html.split('class="queue-filters" method="get"', 1)[1].split("</form>", 1)[0]
    for name in ("stage", "status", "assignee", "child_friendly"):
        assert (
            f'<label for="filter-{name}">' in form and f'id="filter-{name}" name="{name}"' in form
        )
    assert '<option value="stage_2" selected>' in form
    assert '<option value="me" selected>' in form
    assert '<option value="sam@council.example">Sam Jones</option>' in form
    assert re.search(r'id="filter-overdue" name="overdue" value="true" checked', form)
    assert not re.search(r'id="filter-safeguarding"[^>]* checked', form)
    assert 'href="/staff?stage=stage_2&amp;assignee=me&amp;overdue=true">Refresh</a>' in html
    assert (
        'data-poll-url="/staff/queue.json?stage=stage_2&amp;assignee=me&amp;overdue=true"' in html
    )
    # No inline script: the strict Content-Security-Policy to come allows files only.
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", html))


def test_a_bad_filter_is_a_clear_400(client, seeded) -> None:
    _sign_in(client)
    page = client.get("/staff?stage=stage_9")
    assert page.status_code == 400
    assert "stage must be one of stage_1, stage_2, spso" in page.get_data(as_text=True)
    assert client.get("/staff/queue.json?overdue=maybe").status_code == 400


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("stge=stage_1", "Unknown filter 'stge'. The filters are: stage, status, assignee"),
        ("status=pending", "status must be open or one of draft, new, handoff"),
        ("assignee=nobody%40council.example", "No staff member has the email"),
        ("assignee=me&assignee=unassigned", "Give assignee only once."),
        ("child_friendly=yes", "child_friendly must be true or false"),
        ("safeguarding=1", "safeguarding must be true or false"),
    ],
)
def test_the_api_refuses_unknown_filters_with_json(client, seeded, query, message) -> None:
    answer = client.get(
        f"/api/cases?{query}", headers={"Authorization": f"Bearer {seeded['token']}"}
    )
    assert answer.status_code == 400
    assert message in answer.get_json()["error"]
    assert answer.get_json()["code"] == "invalid_input"


def test_the_api_without_parameters_is_the_open_queue_as_before(client, seeded) -> None:
    cases = client.get(
        "/api/cases", headers={"Authorization": f"Bearer {seeded['token']}"}
    ).get_json()["cases"]
    assert [c["reference"] for c in cases] == [
        seeded[name] for name in ("urgent", "overdue", "mine", "sams")
    ]
    # The case summary is unchanged: the same keys, the assignee still by email.
    assert set(cases[0]) == {
        "reference",
        "created_at",
        "updated_at",
        "status",
        "stage",
        "priority",
        "child_friendly",
        "service_area",
        "summary",
        "safeguarding",
        "received_on",
        "due_on",
        "assigned_to",
    }
    assert cases[3]["assigned_to"] == "sam@council.example"


def test_the_live_json_has_rows_counts_and_every_urgent_case(client, app, seeded) -> None:
    assert client.get("/staff/queue.json").status_code == 302  # signed out: to the login page
    _sign_in(client)
    live = client.get("/staff/queue.json?assignee=me").get_json()
    assert [row["reference"] for row in live["rows"]] == [seeded["mine"]]
    assert live["rows"][0] | {"summary": "", "url": ""} == {
        "reference": seeded["mine"],
        "url": "",
        "urgent": False,
        "flagged": False,
        "safeguarding": "None",
        "priority": "Normal",
        "urgent_priority": False,
        "stage": "Stage 2",
        "status": "In progress",
        "child_friendly": "No",
        "assigned_to": "Alex Handler",
        "due_on": "2026-12-09",
        "due_date": "Wed 9 Dec 2026",
        "due_text": "Due today",
        "overdue": False,
        "summary": "",
    }
    assert live["shown"] == "1 case shown"
    assert {count["key"]: count["number"] for count in live["counts"]} == {
        "open": 4,
        "urgent": 1,
        "overdue": 1,
        "unassigned": 2,
        "mine": 1,
        "due_soon": 1,
    }
    # The urgent case is filtered out of the rows but still reported, so the page can alert.
    assert live["urgent"] == [
        {
            "reference": seeded["urgent"],
            "url": f"/staff/cases/{seeded['urgent']}",
            "why": "Safeguarding concern: Immediate",
        }
    ]
    with _database(app) as session:
        open_case(session, "A new urgent one.", priority="urgent")
    later = client.get("/staff/queue.json?assignee=me").get_json()
    assert [u["why"] for u in later["urgent"]] == [
        "Safeguarding concern: Immediate",
        "Urgent priority",
    ]


def test_the_page_carries_what_the_live_script_needs(client, seeded) -> None:
    _sign_in(client)
    html = client.get("/staff").get_data(as_text=True)
    assert f'data-known-urgent="{seeded["urgent"]}"' in html
    assert '<div id="queue-alert" class="queue-alert" role="alert"></div>' in html
    assert 'src="/static/staff-queue.js"' in html
    assert 'href="/static/staff-queue.css"' in html
    assert client.get("/static/staff-queue.js").status_code == 200


def test_staff_messages_in_the_chat_say_who_wrote_them(client, app) -> None:
    sender = new_sender()
    with _database(app) as session:
        named = staff_member(
            session, "sam@council.example", display_name="Sam Jones", team="Education"
        )
        unnamed = staff_member(session, "pat@council.example")
        conversation = do_start_conversation(session, sender, language="en")
        do_record_bot_messages(session, conversation, [OutgoingMessage("Hello.")])
        do_record_staff_message(session, conversation, staff_member_id=named.id, text="Hi, Sam.")
        do_record_staff_message(session, conversation, staff_member_id=unnamed.id, text="Hi.")
    answer = client.get(f"/api/chat/{sender}/messages")
    messages = answer.get_json()["messages"]
    assert [m["from"] for m in messages] == ["bot", "staff", "staff"]
    assert "staff" not in messages[0]
    assert messages[1]["staff"] == {"name": "Sam Jones", "team": "Education"}
    assert messages[2]["staff"] == {"name": None, "team": None}
    assert set(messages[1]) == {"id", "from", "text", "buttons", "at", "staff"}
    assert "@" not in answer.get_data(as_text=True)  # never an email address


# --- query counts: the queue must not grow queries with its length ----------------------------


def _seed_many(app, how_many: int) -> str:
    """`how_many` open cases over every combination the queue shows, and a token."""
    with _database(app) as session:
        me = add_staff(session, ME)
        others = [
            staff_member(session, f"staff{n}@council.example", display_name=f"Staff {n}")
            for n in range(3)
        ]
        assignees = [None, me, *others]
        for n in range(how_many):
            open_case(
                session,
                f"Case number {n}",
                assigned_to=assignees[n % len(assignees)],
                stage=("stage_1", "stage_2")[n % 2],
                status=("new", "handoff", "in_progress", "awaiting_complainant")[n % 4],
                priority=("urgent", "high", "normal", "low")[n % 4],
                child_friendly=n % 3 == 0,
                safeguarding_flagged=n % 5 == 0,
                safeguarding_severity="high" if n % 5 == 0 else "none",
                due_on=date(2026, 12, 1 + n % 28),
            )
        return do_issue_token(session, ME)


def _statements(app, client, url: str, **options: object) -> int:
    engine = app.extensions["tellus"].session_factory.kw["bind"]
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        assert client.get(url, **options).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(seen)


# Signed-in user (1), closure days (1), the queue with its assignees joined (1), the counts (1),
# the urgent cases (1), and on the page the staff for the filter (1) and undelivered alerts (1).
PAGE_STATEMENTS = 7
JSON_STATEMENTS = 5
# The token and its staff member (2) and its last use written (1), the queue (1).
API_STATEMENTS = 4


@pytest.mark.parametrize("how_many", [1, 50])
def test_the_queue_runs_the_same_few_queries_for_1_or_50_cases(app, client, how_many) -> None:
    token = _seed_many(app, how_many)
    _sign_in(client)
    assert len(client.get("/staff/queue.json").get_json()["rows"]) == how_many
    headers = {"Authorization": f"Bearer {token}"}
    assert _statements(app, client, "/staff") == PAGE_STATEMENTS
    assert _statements(app, client, "/staff/queue.json") == JSON_STATEMENTS
    assert _statements(app, client, "/staff/queue.json?assignee=me&overdue=true") == (
        JSON_STATEMENTS
    )
    assert _statements(app, client, "/api/cases", headers=headers) == API_STATEMENTS
