"""Test doubles for the one boundary unit tests must not cross: a running Rasa server.

End-to-end tests in tests/e2e/ talk to the real Rasa instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from handoff.conversations import OutgoingMessage
from web.rasa import RasaUnavailable


@dataclass
class FakeRasa:
    replies: list[OutgoingMessage] = field(
        default_factory=lambda: [OutgoingMessage("What happened? Tell me in your own words.")]
    )
    up: bool = True
    received: list[tuple[str, str, dict]] = field(default_factory=list)
    paused: list[str] = field(default_factory=list)
    resumed: list[str] = field(default_factory=list)

    def send(self, sender_id: str, text: str, metadata: dict) -> list[OutgoingMessage]:
        if not self.up:
            raise RasaUnavailable("connection refused")
        self.received.append((sender_id, text, metadata))
        return list(self.replies)

    def is_up(self) -> bool:
        return self.up

    def pause_in_background(self, sender_id: str) -> None:
        self.paused.append(sender_id)

    def resume_in_background(self, sender_id: str) -> None:
        self.resumed.append(sender_id)
