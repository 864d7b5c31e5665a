"""A REST conversation driver: scripted conversations to a Rasa REST webhook, timed per message.

The same driver and script serve the stock assistant, our gateway and our bare Rasa server, so the
figures differ only by what answers. Each conversation is one person: its own sender id, its own
HTTP session (one keep-alive connection, as a browser tab would have) and one message at a time.
"""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import requests

from bench.stats import LatencySummary

# Typical of a child's complaint to Tell Us; the stock assistant answers it with its own intents
# (greet, mood, goodbye) and that is fine: only latency is compared. Plain text only, because the
# gateway refuses a '/' payload the bot never offered.
SCRIPT = (
    "hello",
    "the school bus keeps leaving without me",
    "email",
    "yes",
    "thanks",
    "bye",
)
SERIAL_CONVERSATIONS = 20
CONCURRENT_CONVERSATIONS = 20
CONCURRENT_ROUNDS = 3
WARM_UP_CONVERSATIONS = 4  # concurrently, so both gunicorn workers and their Rasa clients warm up
REQUEST_TIMEOUT_SECONDS = 30


def new_sender(label: str) -> str:
    """Unique per conversation and within the gateway's `^[A-Za-z0-9_-]{8,128}$`."""
    return f"bench-{label}-{uuid.uuid4().hex[:16]}"


@dataclass(frozen=True)
class Exchange:
    sent: str
    latency_seconds: float
    ok: bool  # HTTP 200 with a JSON list
    replies: tuple[str, ...]


def run_conversation(
    webhook_url: str, sender: str, script: tuple[str, ...], http: requests.Session
) -> list[Exchange]:
    exchanges = []
    for text in script:
        started = time.perf_counter()
        try:
            response = http.post(
                webhook_url,
                json={"sender": sender, "message": text, "metadata": {"lang": "en"}},
                timeout=REQUEST_TIMEOUT_SECONDS,
            )
            answer = response.json() if response.status_code == 200 else None
        except (requests.RequestException, ValueError):
            answer = None
        elapsed = time.perf_counter() - started
        ok = isinstance(answer, list)
        replies = tuple(str(r.get("text") or "") for r in answer or [] if isinstance(r, dict))
        exchanges.append(Exchange(text, elapsed, ok, replies))
    return exchanges


def _one_conversation(
    webhook_url: str, label: str, start: threading.Barrier | None
) -> list[Exchange]:
    with requests.Session() as http:
        if start is not None:
            start.wait(REQUEST_TIMEOUT_SECONDS)
        return run_conversation(webhook_url, new_sender(label), SCRIPT, http)


@dataclass(frozen=True)
class LoadResult:
    conversations: int
    messages: int
    failed: int  # no 200 answer within the timeout: excluded from the latencies
    silent: int  # answered 200 with no bot message at all
    wall_seconds: float
    messages_per_second: float
    latency: LatencySummary

    @classmethod
    def of(cls, conversations: list[list[Exchange]], wall_seconds: float) -> LoadResult:
        exchanges = [e for conversation in conversations for e in conversation]
        answered = [e.latency_seconds for e in exchanges if e.ok]
        return cls(
            conversations=len(conversations),
            messages=len(exchanges),
            failed=sum(not e.ok for e in exchanges),
            silent=sum(e.ok and not any(e.replies) for e in exchanges),
            wall_seconds=wall_seconds,
            # Only answered messages count: a refused or timed-out one served nobody.
            messages_per_second=len(answered) / wall_seconds if wall_seconds else float("nan"),
            latency=LatencySummary.of_seconds(answered),
        )


def run_serial(
    webhook_url: str, label: str, conversations: int = SERIAL_CONVERSATIONS
) -> LoadResult:
    started = time.perf_counter()
    runs = [_one_conversation(webhook_url, label, None) for _ in range(conversations)]
    return LoadResult.of(runs, time.perf_counter() - started)


def run_concurrent(
    webhook_url: str,
    label: str,
    conversations: int = CONCURRENT_CONVERSATIONS,
    rounds: int = CONCURRENT_ROUNDS,
) -> LoadResult:
    """`rounds` waves of `conversations` people chatting at once; throughput counts only the time
    a wave is running, so the pause between waves does not dilute it."""
    runs: list[list[Exchange]] = []
    wall = 0.0
    with ThreadPoolExecutor(max_workers=conversations) as pool:
        for _ in range(rounds):
            # The barrier lets every conversation start together instead of as threads appear.
            start = threading.Barrier(conversations + 1)
            futures = [
                pool.submit(_one_conversation, webhook_url, label, start)
                for _ in range(conversations)
            ]
            start.wait(REQUEST_TIMEOUT_SECONDS)
            started = time.perf_counter()
            runs.extend(f.result() for f in futures)
            wall += time.perf_counter() - started
    return LoadResult.of(runs, wall)


@dataclass(frozen=True)
class AssistantLoad:
    """What one assistant did under the scripted load, with one transcript to show it answered."""

    serial: LoadResult
    concurrent: LoadResult
    sample: list[Exchange]


def measure_assistant(webhook_url: str, label: str) -> AssistantLoad:
    # Warm-up: the first messages load models and open connections; they are not measured.
    with requests.Session() as http:
        sample = run_conversation(webhook_url, new_sender(f"{label}-warm"), SCRIPT, http)
    run_concurrent(webhook_url, f"{label}-warm", conversations=WARM_UP_CONVERSATIONS, rounds=1)
    serial = run_serial(webhook_url, label)
    concurrent = run_concurrent(webhook_url, label)
    return AssistantLoad(serial=serial, concurrent=concurrent, sample=sample)
