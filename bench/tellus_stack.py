"""Tell Us as `make run` starts it (the same `build_services` and `Supervisor`), on free loopback
ports with its own database and logs in a temporary folder, serving the project's trained model."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.processes import tree_rss_mb
from handoff.migrate import upgrade
from tellus.config import Settings, load_settings
from tellus.supervisor import Supervisor, build_services
from tellus.training import train_if_stale
from tests.ports import free_port, free_port_pair


def time_training(var_dir: Path) -> float:
    """Trains our model from nothing (an empty models folder and Rasa cache under `var_dir`)
    through the project's own `train_if_stale`; the project's cached model is untouched."""
    started = time.monotonic()
    train_if_stale(load_settings({"TELLUS_VAR_DIR": str(var_dir)}))
    return time.monotonic() - started


@dataclass(frozen=True)
class RunningTellUs:
    settings: Settings
    supervisor: Supervisor
    startup_seconds: float  # from starting the processes to every health check answering

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.web_port}"

    @property
    def gateway_webhook_url(self) -> str:
        return f"{self.web_url}/webhooks/rest/webhook"

    @property
    def rasa_webhook_url(self) -> str:
        return f"{self.settings.rasa_urls[0]}/webhooks/rest/webhook"

    def rss_mb(self) -> dict[str, float]:
        return {
            service.name: tree_rss_mb(service.process.pid)
            for service in self.supervisor.services
            if service.process is not None
        }


@contextmanager
def run_tellus(
    var_dir: Path, model: Path, environ: dict[str, str] | None = None
) -> Iterator[RunningTellUs]:
    """`environ` adds settings (a database, Redis, several Rasa servers) to the defaults."""
    web_port, actions_port = free_port(), free_port()
    settings = load_settings(
        {
            "TELLUS_VAR_DIR": str(var_dir),
            "PORT": str(web_port),
            # Consecutive ports for Rasa replicas, clear of the two just handed out.
            "RASA_PORT": str(free_port_pair(taken=(web_port, actions_port))),
            "ACTIONS_PORT": str(actions_port),
            **(environ or {}),
        }
    )
    var_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.database_url, data_key=settings.data_key)
    # The default web workers, as `make run` starts them: this is what is being measured.
    supervisor = Supervisor(build_services(settings, model))
    try:
        started = time.monotonic()
        supervisor.start()
        yield RunningTellUs(settings, supervisor, time.monotonic() - started)
    finally:
        supervisor.stop()
