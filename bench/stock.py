"""The baseline: a stock `rasa init` assistant, created and trained in a temporary folder and served
by `rasa run` the way its documentation says, with no action server (it has no custom actions)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.processes import tree_rss_mb
from tellus.supervisor import Service, Supervisor

INIT_TIMEOUT_SECONDS = 900


def _environment(directory: Path) -> dict[str, str]:
    # No telemetry (no third-party requests) and Rasa's training cache inside the temporary folder.
    return {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "RASA_CACHE_DIRECTORY": str(directory / ".rasa" / "cache"),
        "TF_CPP_MIN_LOG_LEVEL": "2",
    }


@dataclass(frozen=True)
class StockProject:
    directory: Path
    model: Path
    training_seconds: float


def create_stock_project(directory: Path) -> StockProject:
    """`rasa init --no-prompt` scaffolds the project and then trains it (it answers yes to its own
    "train a model?" question), so its wall time is the stock training time: scaffolding is a copy
    of a dozen small files. Training a second time with `rasa train` would only double the wait."""
    directory.mkdir(parents=True)  # rasa init refuses a folder that does not exist
    log_path = directory.parent / "stock-init.log"
    started = time.monotonic()
    with log_path.open("wb") as log:
        completed = subprocess.run(
            [sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(directory)],
            cwd=directory,
            env=_environment(directory),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            timeout=INIT_TIMEOUT_SECONDS,
            check=False,
        )
    training_seconds = time.monotonic() - started
    models = sorted((directory / "models").glob("*.tar.gz"))
    if completed.returncode != 0 or not models:
        tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-20:])
        raise RuntimeError(f"rasa init failed (exit code {completed.returncode}):\n{tail}")
    return StockProject(directory=directory, model=models[-1], training_seconds=training_seconds)


@dataclass(frozen=True)
class RunningStock:
    supervisor: Supervisor
    base_url: str
    startup_seconds: float

    @property
    def webhook_url(self) -> str:
        return f"{self.base_url}/webhooks/rest/webhook"

    def rss_mb(self) -> float:
        (service,) = self.supervisor.services
        assert service.process is not None
        return tree_rss_mb(service.process.pid)


@contextmanager
def serve_stock(project: StockProject, *, port: int) -> Iterator[RunningStock]:
    """Started and watched by our own Supervisor, so it gets the same health wait and the same
    guarantee that it dies with us."""
    base_url = f"http://127.0.0.1:{port}"
    service = Service(
        name="stock Rasa server",
        argv=[
            sys.executable,
            "-m",
            "rasa",
            "run",
            "--enable-api",
            "--interface",
            "127.0.0.1",
            "--port",
            str(port),
            "--model",
            str(project.model),
            "--endpoints",
            str(project.directory / "endpoints.yml"),
            "--credentials",
            str(project.directory / "credentials.yml"),
        ],
        health_url=f"{base_url}/",
        env=_environment(project.directory),
        log_path=project.directory.parent / "stock-rasa.log",
    )
    supervisor = Supervisor([service])
    try:
        started = time.monotonic()
        supervisor.start()
        yield RunningStock(supervisor, base_url, time.monotonic() - started)
    finally:
        supervisor.stop()
