"""The safeguarding screen alone, in this process on one thread: how many messages a second, how
slow the slowest, and how it copes with one very long message."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from bench.stats import LatencySummary
from tellus.config import PROJECT_ROOT

EVALUATION_SET = PROJECT_ROOT / "tests" / "handoff" / "safeguarding" / "evaluation_set.jsonl"
MEASURED_MESSAGES = 20_000
MEASURING_SECONDS_AT_MOST = 20  # bounds the loop should the screen be far slower than expected
LONG_MESSAGE_CHARS = 20_000
LONG_MESSAGE_RUNS = 5

# Used when the evaluation set is not there: ordinary complaints (most of what the screen sees),
# disclosures, and the misspelt, shouted and mixed-up text children really type.
BUILT_IN_CORPUS: tuple[tuple[str, str], ...] = (
    ("hello", "en"),
    ("hi there", "en"),
    ("the school bus keeps leaving without me", "en"),
    ("email", "en"),
    ("yes", "en"),
    ("thanks, bye", "en"),
    ("the library keeps closing early on saturdays", "en"),
    ("my teacher shouted at the whole class for something one boy did", "en"),
    ("we have had mould in the bedroom for six months and the council never comes", "en"),
    ("the swimming pool changing rooms are filthy and the showers are cold", "en"),
    ("nobody answers the phone at the social work office", "en"),
    ("I waited 3 hours at A&E with my son and nobody told us anything", "en"),
    ("the lunch portions are tiny and I'm hungry all afternoon", "en"),
    ("my appointment got cancelled AGAIN!!! third time", "en"),
    ("the lift in our flats has been broken since christmas and my gran cant get out", "en"),
    ("they said they would phone me back and never did", "en"),
    ("i want to complain about the school not letting me sit my exam", "en"),
    ("the park is full of broken glass and the swings are broken", "en"),
    ("this homework is killing me lol", "en"),
    ("my wee brother got left behind on the school trip", "en"),
    ("my stepdad hits me and i'm scared to go home", "en"),
    ("i dont want to be alive anymore", "en"),
    ("sometimes i cut myself when things get bad", "en"),
    ("an older guy online keeps asking for pics and says he'll share them if i dont", "en"),
    ("mum's boyfriend comes in my room at night and touches me", "en"),
    ("there's no food in the house and mum hasn't been home for 2 days", "en"),
    ("they keep pushing me down the stairs at school and took my phone", "en"),
    ("dad says im going to marry my cousin when we go back home in summer", "en"),
    ("i'm going to take all my mums pills tonight", "en"),
    ("he said he would kill me if i told anyone", "en"),
    ("m y  d a d  h i t s  m e", "en"),
    ("my stepdad h1ts me w1th a belt", "en"),
    ("ppl at skl r so mean 2 me every day 😢", "en"),
    ("I AM SO ANGRY ABOUT THE BINS NOT BEING COLLECTED", "en"),
    ("Szkoła nie odpowiada na moje maile od miesiąca", "pl"),
    ("Ojczym mnie bije i boję się wracać do domu", "pl"),
    # Ukrainian is meant: its letters only look like Latin ones to the linter.
    ("Вітчим мене б'є, і я боюся йти додому", "uk"),  # noqa: RUF001
    ("Автобус до школи знову не приїхав", "uk"),
)

# A long complaint of ordinary prose with one disclosure near its end: the slowest case for a
# screen that walks the whole text, and the place a hurried reader would miss it.
_LONG_FILLER = (
    "The bus to school has been late every morning this term and when I tell the driver he just "
    "shrugs, so I miss registration and the teacher marks me late even though it is not my fault. "
)


def long_message() -> str:
    disclosure = " My stepdad hits me and I'm scared to go home. "
    filler_chars = LONG_MESSAGE_CHARS - len(disclosure)
    filler = (_LONG_FILLER * (filler_chars // len(_LONG_FILLER) + 1))[:filler_chars]
    cut = int(filler_chars * 0.9) // len(_LONG_FILLER) * len(_LONG_FILLER)  # between sentences
    return filler[:cut] + disclosure + filler[cut:]


def _corpus() -> tuple[list[tuple[str, str]], str]:
    if EVALUATION_SET.exists():
        lines = EVALUATION_SET.read_text().splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        pairs = [(str(r["text"]), str(r.get("lang") or "en")) for r in rows if "text" in r]
        if pairs:
            return pairs, str(EVALUATION_SET.relative_to(PROJECT_ROOT))
    return list(BUILT_IN_CORPUS), "built-in list in bench/screen.py"


@dataclass(frozen=True)
class ScreenFigures:
    corpus: str
    corpus_messages: int
    messages_per_second: float
    # The first pass alone: every message new to the screen, so nothing it caches per message
    # (the learned model's verdict on what the rules let through) helps yet.
    first_pass_messages_per_second: float
    latency: LatencySummary  # every call, the first pass over the corpus included
    first_pass: LatencySummary  # each message seen for the first time: the screen's caches cold
    long_message_chars: int
    long_message_ms: float  # the slowest of LONG_MESSAGE_RUNS
    long_message_flagged: bool


@dataclass(frozen=True)
class ScreenSkipped:
    reason: str


def _load_screen() -> Callable[..., object] | str:
    try:
        from handoff.safeguarding import screen
        from handoff.safeguarding.training import current_model
    except ImportError as error:
        return f"handoff.safeguarding not importable ({error})"
    # The web app and Rasa load the learned model when they start (timed under `make run`), so
    # the screen is timed with it loaded, as a running server has it.
    current_model()
    return screen


def measure_screen() -> ScreenFigures | ScreenSkipped:
    screen = _load_screen()
    if isinstance(screen, str):
        return ScreenSkipped(reason=screen)
    corpus, source = _corpus()

    # No warm-up: a real message is usually new to the screen, so the cold first pass over the
    # corpus is measured with the rest (and shown on its own too).
    latencies: list[float] = []
    loop_started = time.perf_counter()
    deadline = loop_started + MEASURING_SECONDS_AT_MOST
    while len(latencies) < MEASURED_MESSAGES and time.perf_counter() < deadline:
        for text, lang in corpus:
            started = time.perf_counter()
            screen(text, lang=lang)
            latencies.append(time.perf_counter() - started)
    elapsed = time.perf_counter() - loop_started

    text = long_message()
    long_runs, flagged = [], False
    for _ in range(LONG_MESSAGE_RUNS):
        started = time.perf_counter()
        result = screen(text, lang="en")
        long_runs.append(time.perf_counter() - started)
        flagged = bool(getattr(result, "flagged", False))

    return ScreenFigures(
        corpus=source,
        corpus_messages=len(corpus),
        messages_per_second=len(latencies) / elapsed,
        first_pass_messages_per_second=len(corpus) / sum(latencies[: len(corpus)]),
        latency=LatencySummary.of_seconds(latencies),
        first_pass=LatencySummary.of_seconds(latencies[: len(corpus)]),
        long_message_chars=len(text),
        long_message_ms=max(long_runs) * 1000,
        long_message_flagged=flagged,
    )
