"""A real text message gateway on loopback (http.server in a thread) that keeps what it receives.

It answers each POST with the next status in `answers` (then 202), so a test can make it refuse,
fail or redirect before it accepts.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.ports import free_port


@dataclass
class Gateway:
    url: str
    answers: list[int] = field(default_factory=list)
    delay_seconds: float = 0.0
    received: list[dict] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client that gave up waiting (the timeout test) is expected, not news


@contextmanager
def sms_gateway(
    *, answers: list[int] | None = None, delay_seconds: float = 0.0
) -> Iterator[Gateway]:
    port = free_port()
    gateway = Gateway(
        url=f"http://127.0.0.1:{port}/send",
        answers=list(answers or []),
        delay_seconds=delay_seconds,
    )
    stop_waiting = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            gateway.received.append(json.loads(self.rfile.read(length)))
            gateway.headers.append(dict(self.headers))
            stop_waiting.wait(gateway.delay_seconds)
            status = gateway.answers.pop(0) if gateway.answers else 202
            self.send_response(status)
            if 300 <= status < 400:
                self.send_header("Location", "/elsewhere")
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps({"status": status}).encode())

        def log_message(self, *_args) -> None:
            pass  # keep test output clean

    server = _Server(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield gateway
    finally:
        stop_waiting.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
