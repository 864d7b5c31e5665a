"""`tellus report --quarter 2026Q1 --format csv|json|text`, run in-process on a test database."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from sqlalchemy import select

from handoff.models import AuditEntry, Case, CaseStage
from tellus.cli import main


@pytest.fixture
def tellus(settings, session_factory, monkeypatch, capsys):
    """Runs the command with these settings; returns (exit status, stdout, stderr)."""
    for name, value in settings.environment().items():
        monkeypatch.setenv(name, value)
    # One Stage 1 complaint: Mon 12 Jan to Fri 16 Jan 2026 = 4 working days, in time.
    with session_factory() as session, session.begin():
        case = Case(
            reference="TU-AAAA-CCCC",
            status="closed",
            outcome="upheld",
            service_area="housing",
            received_on=date(2026, 1, 12),
            due_on=date(2026, 1, 19),
        )
        session.add(case)
        session.flush()
        session.add(
            CaseStage(
                case_id=case.id,
                stage="stage_1",
                started_on=date(2026, 1, 12),
                standard_due_on=date(2026, 1, 19),
                due_on=date(2026, 1, 19),
                closed_on=date(2026, 1, 16),
                outcome="upheld",
            )
        )

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["report", *args])
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return run


def test_csv(tellus) -> None:
    status, out, _ = tellus("--quarter", "2026Q1", "--format", "csv")
    assert status == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["quarter", "indicator", "stage", "value"]
    assert ["2026Q1", "received", "all", "1"] in rows
    assert ["2026Q1", "average_working_days", "stage_1", "4.0"] in rows
    assert ["2026Q1", "closed_within_timescale_pct", "stage_1", "100.0"] in rows
    assert ["2025Q4", "received", "all", "0"] in rows


def test_json(tellus) -> None:
    status, out, _ = tellus("--quarter", "2026q1", "--format", "json")
    assert status == 0
    report = json.loads(out)
    assert report["quarter"] == "2026Q1"
    assert report["stages"]["stage_1"]["outcomes"]["upheld"] == 1
    assert report["stages"]["stage_2"]["average_working_days"] is None
    assert len(report["trend"]) == 5


def test_text_is_the_default_format(tellus) -> None:
    status, out, _ = tellus("--quarter", "2026Q1")
    assert status == 0
    assert out.startswith("Complaints indicators for 2026Q1 (2026-01-01 to 2026-03-31)")
    assert "Average working days to close" in out and "4.0" in out


def test_the_export_is_audited(tellus, session_factory) -> None:
    tellus("--quarter", "2026Q1", "--format", "csv")
    with session_factory() as session:
        (entry,) = session.execute(select(AuditEntry)).scalars()
    assert (entry.action, entry.staff_member_id) == ("report.exported", None)
    assert entry.detail == {"quarter": "2026Q1", "format": "csv", "via": "tellus report"}


@pytest.mark.parametrize("quarter", ["2026Q5", "Q3", "next"])
def test_a_bad_quarter_exits_2_with_a_clear_message(tellus, quarter) -> None:
    status, out, err = tellus("--quarter", quarter, "--format", "csv")
    assert status == 2
    assert out == ""
    assert f"tellus: {quarter!r} is not a quarter" in err
    assert "like 2026Q3" in err


def test_an_unknown_format_is_refused_by_the_parser(tellus) -> None:
    with pytest.raises(SystemExit) as exited:
        tellus("--quarter", "2026Q1", "--format", "xlsx")
    assert exited.value.code == 2
