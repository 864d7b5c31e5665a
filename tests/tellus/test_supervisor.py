"""The supervisor's promises, checked with small real servers instead of Rasa (fast, same code)."""

from __future__ import annotations

import os
import sys
import time

import pytest
from rasa.__main__ import create_argument_parser

from tellus.config import load_settings
from tellus.supervisor import MAX_RESTARTS, Service, ServiceDied, Supervisor, build_services
from tests.ports import free_port


def _http_server(tmp_path, name: str) -> Service:
    port = free_port()
    return Service(
        name=name,
        argv=[
            sys.executable,
            "-m",
            "http.server",
            str(port),
            "--bind",
            "127.0.0.1",
            "--directory",
            str(tmp_path),
        ],
        health_url=f"http://127.0.0.1:{port}/",
        env=dict(os.environ),
        log_path=tmp_path / f"{name}.log",
    )


def test_starts_all_waits_for_health_and_stops_all(tmp_path) -> None:
    services = [_http_server(tmp_path, "one"), _http_server(tmp_path, "two")]
    supervisor = Supervisor(services)
    supervisor.start(timeout=30)
    assert all(s.is_healthy() for s in services)
    supervisor.stop()
    assert all(s.exit_code() is not None for s in services)


def test_when_one_dies_it_says_which_and_stops_the_others(tmp_path) -> None:
    survivor, victim = _http_server(tmp_path, "survivor"), _http_server(tmp_path, "victim")
    supervisor = Supervisor([survivor, victim])
    supervisor.start(timeout=30)
    victim.process.kill()
    victim.process.wait()
    with pytest.raises(ServiceDied, match="victim"):
        supervisor.check_alive()
    assert survivor.exit_code() is not None


def test_a_service_that_dies_while_running_is_started_again(tmp_path) -> None:
    survivor, victim = _http_server(tmp_path, "survivor"), _http_server(tmp_path, "victim")
    supervisor = Supervisor([survivor, victim])
    supervisor.start(timeout=30)
    try:
        first = victim.process.pid
        victim.process.kill()
        victim.process.wait()
        supervisor.keep_alive()
        assert victim.process.pid != first
        _wait_until(victim.is_healthy)
        assert survivor.exit_code() is None
    finally:
        supervisor.stop()


def test_a_service_that_keeps_dying_stops_everything(tmp_path) -> None:
    survivor, victim = _http_server(tmp_path, "survivor"), _http_server(tmp_path, "victim")
    supervisor = Supervisor([survivor, victim])
    supervisor.start(timeout=30)
    with pytest.raises(ServiceDied, match="victim"):
        for _ in range(MAX_RESTARTS + 1):
            victim.process.kill()
            victim.process.wait()
            supervisor.keep_alive(now=100.0)  # all within one restart window
    assert survivor.exit_code() is not None


def _wait_until(condition, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_a_service_that_never_becomes_healthy_is_reported(tmp_path) -> None:
    sleeper = Service(
        name="sleeper",
        argv=[sys.executable, "-c", "import time; time.sleep(60)"],
        health_url=f"http://127.0.0.1:{free_port()}/",
        env=dict(os.environ),
        log_path=tmp_path / "sleeper.log",
    )
    supervisor = Supervisor([sleeper])
    started = time.monotonic()
    with pytest.raises(ServiceDied, match="sleeper did not become healthy"):
        supervisor.start(timeout=2)
    assert time.monotonic() - started < 10
    assert sleeper.exit_code() is not None


def test_rasa_reads_a_token_that_starts_with_a_dash(tmp_path) -> None:
    # token_urlsafe starts with "-" one time in 64; Rasa's parser then saw no token and refused
    # to start, which once failed a whole test session.
    token = "-starts-with-a-dash"
    settings = load_settings({"TELLUS_VAR_DIR": str(tmp_path), "TELLUS_RASA_TOKEN": token})
    model = tmp_path / "model.tar.gz"
    rasa = next(s for s in build_services(settings, model) if s.name.startswith("Rasa server"))
    arguments = create_argument_parser().parse_args(rasa.argv[rasa.argv.index("run") :])
    assert arguments.auth_token == token
