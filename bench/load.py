"""`make load`: 50 people chatting at once for 5 minutes through the gateway.

Each simulated person holds one conversation at a time, one message at a time, reads and types
for 1 to 3 seconds between a reply and their next message, and starts a new conversation when a
script ends. They reach Tell Us through a proxy (X-Forwarded-For), each from their own address,
as a public deployment sees them. About one conversation in twelve carries a disclosure. At the
end the database is checked: every message sent is stored, every conversation that carried a
disclosure is flagged, and nothing was refused. The figures go to bench/load-results.json and
bench/load-results.md (not committed).

    python -m bench.load [--people 50] [--minutes 5]
                         [--database-url URL --redis-url URL --replicas N]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import requests
from sqlalchemy import func, select

from bench.stats import LatencySummary
from bench.tellus_stack import run_tellus
from handoff.db import make_engine, make_session_factory
from handoff.models import Case, Conversation, Message
from tellus.config import Settings, load_settings
from tellus.training import train_if_stale

HERE = Path(__file__).resolve().parent
# Plain words as children and parents type them; the bot's questions are answered loosely, as
# people do, so the conversations wander through the form's re-asks as well as its happy path.
OPENERS = ["hello", "hi", "i want to complain", "can i make a complaint", "hiya"]
STORY = [
    "the school bus keeps leaving without me",
    "the library closes early every saturday",
    "our flat has mould in the bedroom and nobody comes",
    "my son has waited 14 months for a camhs appointment",
    "the swimming pool changing rooms are filthy",
    "the teacher shouted at me in front of everyone",
]
ANSWERS = ["I'm 13", "skip", "yes", "no", "email", "reader@example.org", "after school", "nobody"]
DISCLOSURES = [
    "my stepdad hits me when mum is out",
    "i dont want to be alive anymore",
    "a man online keeps asking me for pics and says its our secret",
    "theres no food at home and mum has been gone for 3 days",
]
DISCLOSURE_SHARE = 1 / 12
THINK_SECONDS = (1.0, 3.0)
TIMEOUT_SECONDS = 30


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    sent_by_sender: dict[str, int] = field(default_factory=dict)
    disclosed: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _script(rng: random.Random) -> tuple[list[str], bool]:
    messages = [rng.choice(OPENERS), rng.choice(STORY)]
    messages += rng.sample(ANSWERS, k=rng.randint(3, 6))
    disclosing = rng.random() < DISCLOSURE_SHARE
    if disclosing:
        messages.insert(rng.randint(1, len(messages)), rng.choice(DISCLOSURES))
    return messages, disclosing


def _person(url: str, index: int, deadline: float, tally: Tally) -> None:
    rng = random.Random(index)  # noqa: S311 (a repeatable script, not a secret)
    conversation = 0
    address = f"10.0.{index // 250}.{index % 250 + 1}"
    with requests.Session() as http:
        http.headers["X-Forwarded-For"] = address
        while time.monotonic() < deadline:
            conversation += 1
            sender = f"load-{index:03d}-{conversation:04d}-{rng.getrandbits(32):08x}"
            messages, disclosing = _script(rng)
            for text in messages:
                time.sleep(rng.uniform(*THINK_SECONDS))
                if time.monotonic() >= deadline:
                    break
                started = time.perf_counter()
                try:
                    response = http.post(
                        url,
                        json={"sender": sender, "message": text, "metadata": {"lang": "en"}},
                        timeout=TIMEOUT_SECONDS,
                    )
                    ok = response.status_code == 200 and isinstance(response.json(), list)
                    problem = "" if ok else f"{response.status_code} {response.text[:100]}"
                except (requests.RequestException, ValueError) as error:
                    ok, problem = False, repr(error)
                elapsed = time.perf_counter() - started
                with tally.lock:
                    tally.sent_by_sender[sender] = tally.sent_by_sender.get(sender, 0) + 1
                    if ok:
                        tally.latencies.append(elapsed)
                    else:
                        tally.refused.append(f"{sender}: {problem}")
                    if disclosing and text in DISCLOSURES:
                        tally.disclosed.add(sender)


@dataclass(frozen=True)
class Checks:
    messages_sent: int
    messages_stored: int
    conversations: int
    disclosures_seeded: int
    disclosures_flagged: int


def _check_database(settings: Settings, tally: Tally) -> Checks:
    engine = make_engine(settings.database_url, data_key=settings.data_key)
    with make_session_factory(engine)() as session:
        stored = dict(
            session.execute(
                select(Conversation.sender_id, func.count(Message.id))
                .join(Message, Message.conversation_id == Conversation.id)
                .where(Message.author == "user", Conversation.sender_id.like("load-%"))
                .group_by(Conversation.sender_id)
            ).all()
        )
        flagged = set(
            session.execute(
                select(Conversation.sender_id)
                .join(Case, Case.id == Conversation.case_id)
                .where(Case.safeguarding_flagged.is_(True))
            ).scalars()
        )
    engine.dispose()
    return Checks(
        messages_sent=sum(tally.sent_by_sender.values()),
        messages_stored=sum(min(stored.get(s, 0), n) for s, n in tally.sent_by_sender.items()),
        conversations=len(tally.sent_by_sender),
        disclosures_seeded=len(tally.disclosed),
        disclosures_flagged=len(tally.disclosed & flagged),
    )


def _settings_for(args: argparse.Namespace) -> dict[str, str]:
    environ = {"RASA_REPLICAS": str(args.replicas), "TELLUS_PROXY_HOPS": "1"}
    if args.database_url:
        environ["DATABASE_URL"] = args.database_url
    if args.redis_url:
        environ["REDIS_URL"] = args.redis_url
    return environ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--database-url")
    parser.add_argument("--redis-url")
    parser.add_argument("--replicas", type=int, default=1)
    args = parser.parse_args()

    model = train_if_stale(load_settings())
    with (
        tempfile.TemporaryDirectory(prefix="tellus-load-") as folder,
        run_tellus(Path(folder), model, _settings_for(args)) as running,
    ):
        url = running.gateway_webhook_url
        print(f"==> {args.people} people for {args.minutes:g} minutes through {url}", flush=True)
        tally = Tally()
        started = time.monotonic()
        deadline = started + args.minutes * 60
        people = [
            threading.Thread(target=_person, args=(url, i, deadline, tally), daemon=True)
            for i in range(args.people)
        ]
        for person in people:
            person.start()
        for person in people:
            person.join()
        wall = time.monotonic() - started
        running.supervisor.check_alive()  # a service that died during the run makes it invalid
        checks = _check_database(running.settings, tally)

    latency = LatencySummary.of_seconds(tally.latencies)
    results = {
        "people": args.people,
        "minutes": args.minutes,
        "think_seconds": list(THINK_SECONDS),
        "rasa_replicas": args.replicas,
        "database": "postgresql" if args.database_url else "sqlite",
        "messages_per_second": round(len(tally.latencies) / wall, 1),
        "latency_ms": {k: round(v, 1) for k, v in asdict(latency).items() if k != "count"},
        "answered": latency.count,
        "refused_or_failed": len(tally.refused),
        "first_failures": tally.refused[:5],
        **asdict(checks),
    }
    (HERE / "load-results.json").write_text(json.dumps(results, indent=2) + "\n")
    (HERE / "load-results.md").write_text(_markdown(results))
    print(_markdown(results))
    lost = checks.messages_sent - checks.messages_stored
    missed = checks.disclosures_seeded - checks.disclosures_flagged
    return 0 if not tally.refused and not lost and not missed else 1


def _markdown(results: dict) -> str:
    rows = [
        ("people at once", results["people"]),
        (
            "seconds between a reply and the next message",
            "{} to {}".format(*results["think_seconds"]),
        ),
        ("minutes", results["minutes"]),
        ("database / Rasa servers", f"{results['database']} / {results['rasa_replicas']}"),
        ("messages answered", results["answered"]),
        ("throughput (msg/s)", results["messages_per_second"]),
        (
            "latency p50 / p95 / p99 (ms)",
            "{p50_ms} / {p95_ms} / {p99_ms}".format(**results["latency_ms"]),
        ),
        ("refused or failed", results["refused_or_failed"]),
        ("messages sent / stored", f"{results['messages_sent']} / {results['messages_stored']}"),
        ("conversations", results["conversations"]),
        (
            "disclosures seeded / flagged",
            f"{results['disclosures_seeded']} / {results['disclosures_flagged']}",
        ),
    ]
    lines = ["| measure | value |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
