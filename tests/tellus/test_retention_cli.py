"""`tellus purge [--dry-run]` and `tellus export --reference|--contact`, run in-process."""

from __future__ import annotations

import json
from datetime import date

from handoff.cases import find_case
from tellus.cli import main
from tests.factories import submit_case


def _use(settings, monkeypatch) -> None:
    for name, value in settings.environment().items():
        monkeypatch.setenv(name, value)


def test_purge_lists_first_and_then_removes(settings, session_factory, monkeypatch, capsys):
    _use(settings, monkeypatch)
    monkeypatch.setenv("TELLUS_RETENTION_DAYS", "30")
    with session_factory() as session, session.begin():
        submitted = submit_case(session, today=date(2026, 1, 12), complainant_name="Robin")
        case = find_case(session, submitted.reference)
        case.status, case.outcome, case.closed_on = "closed", "resolved", date(2026, 1, 14)

    assert main(["purge", "--dry-run"]) == 0
    assert f"would remove personal data from 1 case(s)\n    {submitted.reference}" in (
        capsys.readouterr().out
    )
    with session_factory() as session:
        assert find_case(session, submitted.reference).complainant_name == "Robin"

    assert main(["purge"]) == 0
    assert "removed personal data from 1 case(s)" in capsys.readouterr().out
    with session_factory() as session:
        assert find_case(session, submitted.reference).complainant_name is None


def test_export_prints_one_persons_cases_as_json(settings, session_factory, monkeypatch, capsys):
    _use(settings, monkeypatch)
    with session_factory() as session, session.begin():
        submitted = submit_case(session, contact_method="email", contact_detail="kim@example.org")
    assert main(["export", "--contact", "kim@example.org"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [case["reference"] for case in document["cases"]] == [submitted.reference]
    assert main(["export", "--reference", "TU-ZZZZ-ZZZZ"]) == 2
    assert "No case has that reference" in capsys.readouterr().err
