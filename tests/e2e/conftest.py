"""Starts the real action server, Rasa server and web app once for the whole test session."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from handoff.migrate import upgrade
from tellus.config import Settings, load_settings
from tellus.supervisor import Supervisor, build_services
from tellus.training import train_if_stale
from tests.ports import free_port
from tests.smtp import Inbox, smtp_server

SAFEGUARDING_LEAD = "lead@council.example"


@pytest.fixture(scope="session")
def mail() -> Iterator[tuple[str, Inbox]]:
    with smtp_server() as server:
        yield server


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory, mail: tuple[str, Inbox]) -> Iterator[Settings]:
    var_dir = tmp_path_factory.mktemp("live-var")
    smtp_url, _ = mail
    settings = load_settings(
        {
            "TELLUS_VAR_DIR": str(var_dir),
            "TELLUS_SMTP_URL": smtp_url,
            "TELLUS_SAFEGUARDING_EMAIL": SAFEGUARDING_LEAD,
            **{name: str(free_port()) for name in ("PORT", "RASA_PORT", "ACTIONS_PORT")},
        }
    )
    upgrade(settings.database_url)
    model = train_if_stale(load_settings())  # the project's model, trained once by set-up
    supervisor = Supervisor(build_services(settings, model, web_workers=1))
    supervisor.start()
    yield settings
    supervisor.stop()


@pytest.fixture(scope="session")
def web_url(live: Settings) -> str:
    return f"http://127.0.0.1:{live.web_port}"


def tellus_cli(settings: Settings, *args: str, stdin: str = "") -> str:
    result = subprocess.run(
        [sys.executable, "-m", "tellus.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=settings.environment(),
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.fixture(scope="session")
def staff_headers(live: Settings) -> dict[str, str]:
    tellus_cli(
        live,
        "staff",
        "add",
        "handler@council.example",
        "--role",
        "handler",
        stdin="a long enough password\n",
    )
    token = tellus_cli(live, "staff", "token", "handler@council.example")
    return {"Authorization": f"Bearer {token}"}
