"""The gateway's client for Rasa's REST channel.

urllib3 rather than requests (which is built on it): every message passes through here, and
requests' extra layers cost about 0.4 ms of a reply's time for nothing this client uses.
"""

from __future__ import annotations

import json
import logging
import threading
import zlib
from collections.abc import Sequence
from urllib.parse import urlencode

import urllib3
from urllib3.exceptions import HTTPError, NewConnectionError, ProtocolError

from handoff.conversations import Button, OutgoingMessage

logger = logging.getLogger(__name__)


class RasaUnavailable(RuntimeError):
    """Rasa did not answer in time or answered with an error; the gateway falls back kindly."""


class RasaClient:
    def __init__(self, base_urls: Sequence[str], token: str, *, timeout: float = 10.0) -> None:
        self.base_urls = list(base_urls)
        self.token = token
        self.timeout = timeout
        # Kept-alive connections to each Rasa server, shared by the worker's threads: no TCP
        # handshake per message. No retries: a message is never handled twice.
        self._http = urllib3.PoolManager(maxsize=16, retries=False)

    def urls_for(self, sender_id: str) -> list[str]:
        """The conversation's own server first (a stable hash, not Python's), then the others.

        Every server reads the conversation from the shared tracker store, so when the first is
        down the next one carries on where it left off.
        """
        first = zlib.crc32(sender_id.encode()) % len(self.base_urls)
        return self.base_urls[first:] + self.base_urls[:first]

    def _post(self, sender_id: str, path: str, body: dict) -> urllib3.BaseHTTPResponse:
        """Posts to the conversation's server, or the next one up when it refuses connections.

        Only a refused or dropped connection moves on: Rasa saves a conversation's events after
        it has handled the message, so a server that died mid-message saved nothing of it.
        """
        last_error: HTTPError | None = None
        for base_url in self.urls_for(sender_id):
            try:
                return self._http.request(
                    "POST",
                    f"{base_url}{path}",
                    body=json.dumps(body).encode(),
                    headers={"Content-Type": "application/json"},
                    timeout=self.timeout,
                )
            except (NewConnectionError, ProtocolError) as error:
                last_error = error
        assert last_error is not None
        raise last_error

    def send(self, sender_id: str, text: str, metadata: dict) -> list[OutgoingMessage]:
        try:
            response = self._post(
                sender_id,
                "/webhooks/rest/webhook",
                {"sender": sender_id, "message": text, "metadata": metadata},
            )
            if response.status != 200:
                raise RasaUnavailable(f"Rasa answered HTTP {response.status}")
            replies = json.loads(response.data)
        except (HTTPError, ValueError) as error:
            raise RasaUnavailable(str(error)) from error
        if not isinstance(replies, list):
            raise RasaUnavailable("Rasa answered something other than a list of messages")
        return [
            _outgoing(reply)
            for reply in replies
            if isinstance(reply, dict) and (reply.get("text") or reply.get("buttons"))
        ]

    def pause_in_background(self, sender_id: str) -> None:
        """Tells Rasa the bot is paused (its `pause` event) without delaying the person's reply.

        Best effort: the gateway's own human mode is what keeps the bot silent, so a Rasa that is
        down changes nothing for the person.
        """
        self._post_event_in_background(sender_id, {"event": "pause"})

    def resume_in_background(self, sender_id: str) -> None:
        self._post_event_in_background(sender_id, {"event": "resume"})

    def _post_event_in_background(self, sender_id: str, event: dict) -> None:
        def post() -> None:
            try:
                self._post(
                    sender_id,
                    f"/conversations/{sender_id}/tracker/events?{urlencode({'token': self.token})}",
                    event,
                )
            except HTTPError as error:
                logger.warning("could not send %s to Rasa for %s: %s", event, sender_id, error)

        threading.Thread(target=post, daemon=True).start()

    def is_up(self) -> bool:
        try:
            return all(
                self._http.request("GET", f"{url}/", timeout=1).status == 200
                for url in self.base_urls
            )
        except HTTPError:
            return False


def _outgoing(reply: dict) -> OutgoingMessage:
    buttons = tuple(
        Button(title=str(b.get("title", "")), payload=str(b.get("payload", "")))
        for b in reply.get("buttons") or []
    )
    return OutgoingMessage(text=str(reply.get("text") or ""), buttons=buttons)
