"""The JSON API leaves the same audit trail as the pages: who viewed or replied to which case."""

from sqlalchemy import select

from handoff.models import AuditEntry
from handoff.staff import do_issue_token
from tests.factories import add_staff, submit_case


def test_viewing_and_replying_through_the_api_are_audited(app, client) -> None:
    with app.extensions["tellus"].session_factory() as session, session.begin():
        member = add_staff(session)
        token = do_issue_token(session, member.email)
        reference = submit_case(session).reference
    headers = {"Authorization": f"Bearer {token}"}

    assert client.get(f"/api/cases/{reference}", headers=headers).status_code == 200
    reply = client.post(
        f"/api/cases/{reference}/messages", json={"text": "Hello, I'm Morag."}, headers=headers
    )
    assert reply.status_code == 201
    assert client.get("/api/cases/TU-AAAA-AAAA", headers=headers).status_code == 404

    with app.extensions["tellus"].session_factory() as session:
        entries = session.execute(
            select(AuditEntry).where(AuditEntry.action.startswith("case.")).order_by(AuditEntry.id)
        ).scalars()
        seen = [
            (e.action, e.staff_member_id, e.case_id is not None, e.detail.get("via"), e.ip_address)
            for e in entries
        ]
    assert seen == [
        ("case.viewed", member.id, True, "api", "127.0.0.1"),
        ("case.replied", member.id, True, "api", "127.0.0.1"),
    ]
