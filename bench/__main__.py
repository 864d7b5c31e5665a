"""`python -m bench` (`make bench`): every measurement of the issue in one run, then the table.

The order matters on a small machine: the CPU-bound measurements that need no server (the screen,
training) run first, and the stock assistant is stopped before Tell Us starts, so neither competes
with the other for the two cores.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

from bench.disclosure import issue_staff_token, measure_disclosure_to_queue
from bench.driver import AssistantLoad, Exchange, measure_assistant
from bench.report import BenchResults, build_rows, write
from bench.screen import ScreenSkipped, measure_screen
from bench.stock import create_stock_project, serve_stock
from bench.tellus_stack import run_tellus, time_training
from tellus.config import load_settings
from tellus.supervisor import Supervisor
from tellus.training import train_if_stale
from tests.ports import free_port


def _step(text: str) -> None:
    print(f"==> {text}", flush=True)


def _show(name: str, sample: list[Exchange]) -> None:
    """One conversation as the assistant answered it, so a reader can see it really answered."""
    print(f"    {name}, one conversation:")
    for exchange in sample:
        replies = " / ".join(r[:70] for r in exchange.replies) or "(no reply)"
        print(f"      > {exchange.sent}\n        {replies}")


def _load_summary(name: str, load: AssistantLoad) -> None:
    for kind, run in (("serial", load.serial), ("20 concurrent", load.concurrent)):
        print(
            f"    {name}, {kind}: p50 {run.latency.p50_ms:.0f} ms, "
            f"p95 {run.latency.p95_ms:.0f} ms, {run.messages_per_second:.1f} msg/s, "
            f"{run.failed} failed, {run.silent} silent"
        )


def _check(name: str, load: AssistantLoad, supervisor: Supervisor) -> None:
    """A dead service stops the run; failed messages are shown with the logs that explain them,
    since every figure of a run with failures is suspect."""
    supervisor.check_alive()
    _load_summary(name, load)
    if load.serial.failed or load.concurrent.failed:
        for service in supervisor.services:
            print(f"    last lines of the {service.name}'s log:\n{service.log_tail(10)}")


def run(scratch: Path) -> BenchResults:
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    started = time.monotonic()
    load_before = os.getloadavg()[0]

    _step("Safeguarding screen alone")
    screen = measure_screen()
    if isinstance(screen, ScreenSkipped):
        print(f"    skipped: {screen.reason}")
    else:
        print(
            f"    {screen.messages_per_second:,.0f} msg/s, p99 {screen.latency.p99_ms:.3f} ms, "
            f"{screen.long_message_chars:,} characters in {screen.long_message_ms:.0f} ms"
        )

    # The project's model first: when it is stale this trains it, as `make bench`'s set-up would.
    model = train_if_stale(load_settings())
    _step("Training our model from nothing into a temporary folder (the project's is untouched)")
    tellus_training = time_training(scratch / "training")

    _step("Stock assistant: rasa init --no-prompt (scaffolds and trains)")
    stock_project = create_stock_project(scratch / "stock")
    with serve_stock(stock_project, port=free_port()) as stock:
        _step(f"Stock assistant served in {stock.startup_seconds:.0f} s; driving it")
        stock_load = measure_assistant(stock.webhook_url, "stock")
        stock_rss = stock.rss_mb()
        _show("stock", stock_load.sample)
        _check("stock", stock_load, stock.supervisor)

    _step("Starting Tell Us as make run does")
    with run_tellus(scratch / "tellus", model) as tellus:
        _step(f"Tell Us healthy in {tellus.startup_seconds:.0f} s; driving the gateway")
        gateway = measure_assistant(tellus.gateway_webhook_url, "gateway")
        _show("Tell Us via the gateway", gateway.sample)
        _check("Tell Us via the gateway", gateway, tellus.supervisor)
        _step("The same conversations straight to our Rasa server")
        bare_rasa = measure_assistant(tellus.rasa_webhook_url, "rasa")
        _check("Tell Us bare Rasa", bare_rasa, tellus.supervisor)
        _step("Disclosure to queue")
        disclosure = measure_disclosure_to_queue(tellus.web_url, issue_staff_token(tellus.settings))
        print(f"    median {disclosure.median_ms:.0f} ms, {disclosure.missed} missed")
        tellus_rss = tellus.rss_mb()

    return BenchResults(
        started_at=started_at,
        duration_seconds=time.monotonic() - started,
        machine={
            "cpus": os.cpu_count(),
            "load_before": round(load_before, 2),
            "load_after": round(os.getloadavg()[0], 2),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "rasa": version("rasa"),
        },
        screen=screen,
        stock_training_seconds=stock_project.training_seconds,
        stock_startup_seconds=stock.startup_seconds,
        stock=stock_load,
        stock_rss_mb=stock_rss,
        tellus_training_seconds=tellus_training,
        tellus_startup_seconds=tellus.startup_seconds,
        gateway=gateway,
        bare_rasa=bare_rasa,
        disclosure=disclosure,
        tellus_rss_mb=tellus_rss,
    )


def main() -> int:
    try:
        with tempfile.TemporaryDirectory(prefix="tellus-bench-") as scratch:
            results = run(Path(scratch))
    except KeyboardInterrupt:
        print("\nbench: interrupted; every process it started is stopped.", file=sys.stderr)
        return 130
    except RuntimeError as failed:  # a service died, or training failed: the reason is in it
        print(f"bench: {failed}", file=sys.stderr)
        return 1
    rows = build_rows(results)
    print()
    print(write(results, rows))
    print("Written to bench/results.json and bench/results.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
