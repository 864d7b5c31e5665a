"""Disclosure to queue: how long from a child's disclosure in the chat to an urgent, flagged case
that staff can see through the JSON API."""

from __future__ import annotations

import secrets
import statistics
import time
from dataclasses import dataclass

import requests

from bench.driver import REQUEST_TIMEOUT_SECONDS, new_sender
from handoff.db import make_engine, make_session_factory, transaction
from handoff.staff import do_add_staff, do_issue_token
from tellus.config import Settings

DISCLOSURE = "my stepdad hits me and i'm scared to go home"
TRIALS = 10
VISIBLE_WITHIN_SECONDS = 5  # a trial that takes longer counts as missed
POLL_INTERVAL_SECONDS = 0.01


def issue_staff_token(settings: Settings) -> str:
    """A handler's bearer token in the benchmark's own database."""
    engine = make_engine(settings.database_url, data_key=settings.data_key)
    try:
        with transaction(make_session_factory(engine)) as session:
            do_add_staff(
                session,
                email="bench@council.example",
                role="handler",
                password=secrets.token_urlsafe(24),
            )
            return do_issue_token(session, "bench@council.example")
    finally:
        engine.dispose()


@dataclass(frozen=True)
class DisclosureResult:
    trials: int
    missed: int  # not flagged in the API within VISIBLE_WITHIN_SECONDS
    median_ms: float
    max_ms: float


def _flagged_references(staff: requests.Session, web_url: str) -> set[str]:
    """An API that errs shows nothing: the trial then runs out its time and counts as missed."""
    try:
        response = staff.get(f"{web_url}/api/cases", timeout=REQUEST_TIMEOUT_SECONDS)
    except requests.RequestException:
        return set()
    if response.status_code != 200:
        return set()
    return {c["reference"] for c in response.json()["cases"] if c["safeguarding"]["flagged"]}


def _one_trial(staff: requests.Session, web_url: str, already: set[str]) -> float | None:
    webhook = f"{web_url}/webhooks/rest/webhook"
    sender = new_sender("disclosure")
    with requests.Session() as chat:
        # A conversation already under way, as it would be; only the disclosure itself is timed.
        chat.post(
            webhook, json={"sender": sender, "message": "hello"}, timeout=REQUEST_TIMEOUT_SECONDS
        )
        started = time.perf_counter()
        chat.post(
            webhook, json={"sender": sender, "message": DISCLOSURE}, timeout=REQUEST_TIMEOUT_SECONDS
        )
    while time.perf_counter() - started < VISIBLE_WITHIN_SECONDS:
        new = _flagged_references(staff, web_url) - already
        if new:
            already |= new
            return time.perf_counter() - started
        time.sleep(POLL_INTERVAL_SECONDS)
    return None


def measure_disclosure_to_queue(web_url: str, token: str, trials: int = TRIALS) -> DisclosureResult:
    with requests.Session() as staff:
        staff.headers["Authorization"] = f"Bearer {token}"
        already = _flagged_references(staff, web_url)
        seconds = [_one_trial(staff, web_url, already) for _ in range(trials)]
    seen = [s * 1000 for s in seconds if s is not None]
    return DisclosureResult(
        trials=trials,
        missed=trials - len(seen),
        median_ms=statistics.median(seen) if seen else float("nan"),
        max_ms=max(seen, default=float("nan")),
    )
