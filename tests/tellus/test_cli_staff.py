"""`tellus staff add | list | token` (CONTRACT §1), run in-process against the test database."""

import io
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from handoff.models import StaffMember
from handoff.staff import MAX_FAILED_LOGINS, do_log_in, staff_for_token
from tellus.cli import main
from tests.factories import PASSWORD


@pytest.fixture
def tellus(settings, monkeypatch, capsys):
    """Runs `tellus ARGS` with `stdin` as its input; returns (exit status, stdout, stderr)."""
    monkeypatch.setenv("TELLUS_VAR_DIR", str(settings.var_dir))
    monkeypatch.setenv("DATABASE_URL", settings.database_url)

    def run(*args: str, stdin: str = ""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return run


def _member(session, email) -> StaffMember:
    return session.execute(select(StaffMember).where(StaffMember.email == email)).scalar_one()


def test_staff_add_takes_the_password_from_stdin_and_a_name_and_team(tellus, session) -> None:
    status, out, _ = tellus(
        "staff", "add", "Morag@Council.Example", "--role", "safeguarding_lead",
        "--name", "Morag Campbell", "--team", "Child protection",
        stdin=PASSWORD + "\n",
    )  # fmt: skip

    assert status == 0
    assert out == "Staff member morag@council.example (safeguarding_lead) saved.\n"
    member = _member(session, "morag@council.example")
    assert (member.display_name, member.team, member.role) == (
        "Morag Campbell",
        "Child protection",
        "safeguarding_lead",
    )
    assert do_log_in(session, "morag@council.example", PASSWORD).member is member


def test_the_contract_form_without_name_or_team_still_works(tellus) -> None:
    status, out, _ = tellus("staff", "add", "a@council.example", "--role", "admin", stdin=PASSWORD)
    assert status == 0
    assert "a@council.example (admin) saved" in out


def test_a_short_password_is_refused_with_the_reason(tellus, session) -> None:
    status, _, err = tellus("staff", "add", "a@council.example", "--role", "handler", stdin="short")
    assert status == 2
    assert "at least 12 characters" in err
    assert session.execute(select(StaffMember)).first() is None


def test_staff_list_shows_who_is_active_and_who_is_locked(tellus, session_factory) -> None:
    tellus(
        "staff", "add", "b@council.example", "--role", "handler", "--name", "Bea", stdin=PASSWORD
    )
    tellus("staff", "add", "a@council.example", "--role", "admin", "--team", "IT", stdin=PASSWORD)
    now = datetime.now(timezone.utc)
    with session_factory() as session, session.begin():
        for _ in range(MAX_FAILED_LOGINS):
            do_log_in(session, "b@council.example", "not the right password", now=now)

    status, out, _ = tellus("staff", "list")

    assert status == 0
    header, admin, handler = out.splitlines()
    assert header.split() == ["EMAIL", "NAME", "TEAM", "ROLE", "ACTIVE", "LOCKED"]
    assert admin.split() == ["a@council.example", "-", "IT", "admin", "yes", "no"]
    assert handler.split()[:6] == ["b@council.example", "Bea", "-", "handler", "yes", "until"]
    assert (now + timedelta(minutes=15)).strftime("%Y-%m-%d") in handler

    # Adding again is how the command line recovers an account: new password, unlocked.
    tellus("staff", "add", "b@council.example", "--role", "handler", stdin="a new long password")
    assert tellus("staff", "list")[1].splitlines()[2].split()[-1] == "no"


def test_staff_token_prints_a_working_token(tellus, session) -> None:
    tellus("staff", "add", "a@council.example", "--role", "handler", stdin=PASSWORD)
    status, out, _ = tellus("staff", "token", "a@council.example")
    assert status == 0
    assert staff_for_token(session, out.strip()).email == "a@council.example"
