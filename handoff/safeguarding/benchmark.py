"""Speed of the screen: throughput, latency per message, and what a hostile sender could try."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .result import ScreenResult

Screen = Callable[[str], ScreenResult]

# A long rambling complaint with a disclosure buried in the middle: the realistic 20,000 characters.
_FILLER = (
    "I am writing again about the bus to the school, which has been late every morning this term,"
    " and "
    "about the housing repairs that were promised in March and never done. "
)
_BURIED = " Also my stepdad hits me when mum is at work and I am scared to tell anyone. "


def long_message(length: int = 20_000) -> str:
    """A `length`-character complaint with a disclosure halfway through."""
    half = (_FILLER * (length // len(_FILLER) + 1))[: (length - len(_BURIED)) // 2]
    return (half + _BURIED + half)[:length].ljust(length, ".")


# Built to be slow for naive regexes: spaced letters, one endless word, emoji floods, repeats.
ADVERSARIAL: dict[str, str] = {
    "spaced letters": "k i l l " * 2_500,
    "one endless word": "a" * 20_000,
    "emoji flood": "😭🔪💊" * 6_000,
    "repeated risk words": "kill myself tonight pills bridge " * 600,
    "no spaces, no stops": ("mydadhitsme" * 2_000)[:20_000],
}


@dataclass(frozen=True)
class Timing:
    messages_per_second: float
    p50_ms: float
    p99_ms: float
    long_message_ms: float
    long_message_flagged: bool
    adversarial_ms: dict[str, float]


def measure(screen: Screen, texts: Sequence[str], *, min_seconds: float = 1.5) -> Timing:
    """Time `screen` over `texts` (repeated until at least `min_seconds` have passed)."""
    for text in texts[:50]:  # warm the per-word caches as a running server would have them
        screen(text)
    latencies: list[float] = []
    started = time.perf_counter()
    rounds = 0
    while True:
        rounds += 1
        for text in texts:
            # Each round's messages are new texts, so no cache of whole messages can answer them.
            message = f"{text} ({rounds})"
            before = time.perf_counter()
            screen(message)
            latencies.append(time.perf_counter() - before)
        if time.perf_counter() - started >= min_seconds:
            break
    elapsed = time.perf_counter() - started
    latencies.sort()
    long_text = long_message()
    before = time.perf_counter()
    long_result = screen(long_text)
    long_ms = (time.perf_counter() - before) * 1000
    adversarial = {}
    for name, text in ADVERSARIAL.items():
        before = time.perf_counter()
        screen(text)
        adversarial[name] = (time.perf_counter() - before) * 1000
    return Timing(
        messages_per_second=len(latencies) / elapsed,
        p50_ms=statistics.median(latencies) * 1000,
        p99_ms=latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
        long_message_ms=long_ms,
        long_message_flagged=long_result.flagged,
        adversarial_ms=adversarial,
    )
