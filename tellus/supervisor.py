"""Starts the action server, the Rasa server(s) and the web app; stops them all together.

One supervisor serves `tellus run` and the end-to-end tests, so both start the services the same
way. Each child runs in its own session and is told to die with the supervisor (PR_SET_PDEATHSIG),
so neither Ctrl-C nor a crash leaves orphans listening on a port.
"""

from __future__ import annotations

import ctypes
import json
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from tellus.config import PROJECT_ROOT, Settings
from tellus.rasa_stores import rasa_stores
from tellus.training import rasa_environment

_PR_SET_PDEATHSIG = 1
STARTUP_TIMEOUT_SECONDS = 240
# A service that dies while running is started again (another Rasa server carries its
# conversations meanwhile); one that keeps dying is a fault to report, not to hide.
MAX_RESTARTS = 3
RESTART_WINDOW_SECONDS = 300


def _die_with_parent() -> None:
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Service:
    name: str
    argv: list[str]
    health_url: str | None  # None: a worker with no HTTP port, healthy while it runs
    env: dict[str, str]
    log_path: Path
    process: subprocess.Popen | None = field(default=None, repr=False)
    restarted_at: list[float] = field(default_factory=list, repr=False)

    def may_restart(self, now: float) -> bool:
        self.restarted_at = [t for t in self.restarted_at if now - t < RESTART_WINDOW_SECONDS]
        return len(self.restarted_at) < MAX_RESTARTS

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            self.argv,
            cwd=PROJECT_ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        log.close()

    def exit_code(self) -> int | None:
        return None if self.process is None else self.process.poll()

    def is_healthy(self) -> bool:
        if self.health_url is None:
            return self.process is not None and self.process.poll() is None
        try:
            return requests.get(self.health_url, timeout=2).status_code == 200
        except requests.RequestException:
            return False

    def stop(self, grace_seconds: float = 10) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(grace_seconds)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def log_tail(self, lines: int = 20) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


class ServiceDied(RuntimeError):
    pass


def write_rasa_endpoints(settings: Settings) -> Path:
    """Rasa reads its endpoints from a file and does not expand environment variables in it,
    so the file is written from the settings each time the services start."""
    path = settings.var_dir / "rasa" / "endpoints.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    endpoints = {
        # The action server reads the domain itself (bot/actions/domain.py): Rasa need not send
        # it, 35 KB, with every call.
        "action_endpoint": {
            "url": f"{settings.actions_url}/webhook",
            "enable_selective_domain": True,
        },
        # Replies translated in-process from the "bot" catalogues (bot/nlg.py says why).
        "nlg": {"type": "bot.nlg.CatalogueNaturalLanguageGenerator"},
        **rasa_stores(settings),
    }
    path.write_text(json.dumps(endpoints, indent=2))  # JSON is valid YAML
    return path


def build_services(settings: Settings, model: Path, *, web_workers: int = 2) -> list[Service]:
    python = sys.executable
    env = rasa_environment(settings)
    logs = settings.var_dir / "log"
    endpoints = write_rasa_endpoints(settings)
    services = [
        Service(
            name="action server",
            argv=[
                python,
                "-m",
                "rasa_sdk",
                "--actions",
                "bot.actions",
                "--port",
                str(settings.actions_port),
            ],
            health_url=f"{settings.actions_url}/health",
            env={**env, "SANIC_HOST": "127.0.0.1"},
            log_path=logs / "actions.log",
        )
    ]
    for index, url in enumerate(settings.rasa_urls):
        port = url.rsplit(":", 1)[1]
        services.append(
            Service(
                name=f"Rasa server {index + 1}" if settings.rasa_replicas > 1 else "Rasa server",
                argv=[
                    python,
                    "-m",
                    "bot.server",  # Rasa's command line, repaired for speed (see module)
                    "run",
                    "--enable-api",
                    # One argument, so a token that starts with "-" (one generated token in 64)
                    # is not read as an option.
                    f"--auth-token={settings.rasa_token}",
                    "--interface",
                    "127.0.0.1",
                    "--port",
                    port,
                    "--model",
                    str(model),
                    "--endpoints",
                    str(endpoints),
                    "--credentials",
                    str(PROJECT_ROOT / "bot" / "credentials.yml"),
                ],
                health_url=f"{url}/",
                env=env,
                log_path=logs / f"rasa-{port}.log",
            )
        )
    services.append(
        Service(
            name="notifier",
            argv=[python, "-m", "tellus.cli", "notify"],
            health_url=None,
            env=env,
            log_path=logs / "notifier.log",
        )
    )
    services.append(
        Service(
            name="web app",
            argv=[
                python,
                "-m",
                "gunicorn",
                "--bind",
                f"{settings.web_host}:{settings.web_port}",
                "--workers",
                str(web_workers),
                "--worker-class",
                "gthread",
                "--threads",
                "8",
                # Longer than people take between messages: gunicorn's 2 s default closed kept-alive
                # connections while a client was about to reuse them (a reset, a lost message).
                "--keep-alive",
                "75",
                # No access log: each line would tie a person's address to their conversation
                # (its id is in the polling URL), which the service has no need to keep, and
                # writing it cost every request 0.15 ms. Errors are still logged.
                "web:create_app()",
            ],
            health_url=f"http://127.0.0.1:{settings.web_port}/healthz",
            env=env,
            log_path=logs / "web.log",
        )
    )
    return services


class Supervisor:
    def __init__(self, services: list[Service]) -> None:
        self.services = services

    def start(self, timeout: float = STARTUP_TIMEOUT_SECONDS) -> None:
        """Starts every service and returns once all answer their health check."""
        for service in self.services:
            service.start()
        deadline = time.monotonic() + timeout
        waiting = list(self.services)
        while waiting:
            self.check_alive()
            waiting = [s for s in waiting if not s.is_healthy()]
            if waiting and time.monotonic() > deadline:
                names = ", ".join(s.name for s in waiting)
                self.stop()
                raise ServiceDied(f"{names} did not become healthy within {timeout:.0f} s")
            if waiting:
                time.sleep(0.5)

    def check_alive(self) -> None:
        """While starting: any service that stops is a fault (usually its configuration)."""
        for service in self.services:
            code = service.exit_code()
            if code is not None:
                self._give_up(service, code)

    def keep_alive(self, now: float | None = None) -> None:
        """While running: a service that stops is started again, unless it keeps stopping."""
        now = time.monotonic() if now is None else now
        for service in self.services:
            code = service.exit_code()
            if code is None:
                continue
            if not service.may_restart(now):
                self._give_up(service, code)
            print(f"The {service.name} stopped (exit code {code}); starting it again.", flush=True)
            service.restarted_at.append(now)
            service.start()

    def _give_up(self, service: Service, code: int) -> None:
        self.stop()
        raise ServiceDied(
            f"The {service.name} stopped (exit code {code}). "
            f"Last lines of {service.log_path}:\n{service.log_tail()}"
        )

    def stop(self) -> None:
        # The web app first, so no request reaches a bot that is already going away.
        for service in reversed(self.services):
            service.stop()

    def watch(self) -> None:
        """Blocks until a signal or a dead service; always stops every service on the way out."""

        def request_stop(signum: int, _frame: object) -> None:
            # A second Ctrl-C or TERM while stopping must not cut the shutdown short.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            raise KeyboardInterrupt

        signal.signal(signal.SIGINT, request_stop)
        signal.signal(signal.SIGTERM, request_stop)
        try:
            while True:
                self.keep_alive()
                time.sleep(1)
        except KeyboardInterrupt:
            print("\nStopping Tell Us...")
        finally:
            self.stop()
