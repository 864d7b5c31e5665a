"""The two entry points: one message, or a conversation so far. Neither raises on any input."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from .engine import SCREENER, Hit
from .learned import prepare, without_disguises
from .result import Match, ScreenResult, not_flagged
from .training import current_model
from .verdict import combine

_log = logging.getLogger(__name__)


def screen(text: object, lang: str = "en") -> ScreenResult:
    """Screen one message.

    `lang` is only a hint: every language's rules run on every message, because a child may write
    English with lang="pl", or Scots, or mix languages in one sentence.
    """
    try:
        text = as_text(text)
        return _with_learned_view(combine(SCREENER.hits(text)), lambda: _learned_verdict(text))
    except Exception:
        # A bug must not lose a disclosure: fail closed (flagged) so that a person looks at it.
        _log.exception("safeguarding screen failed; flagging the message for a person to review")
        return _fail_closed()


def screen_conversation(messages: Sequence[object], lang: str = "en") -> ScreenResult:
    """The verdict on a conversation so far; spans carry `message_index` into `messages`.

    A groomer rarely says everything in one message: "he says it's our secret", later "he buys me
    stuff", later "he wants me to send pics". Each is a weak sign; together they flag. So do a
    plan and the intent to use it in different messages, and an answer that completes the
    question before it ("who hurts you?" / "my stepdad" / "hits me"). Pure in the message list,
    so the gateway, which stores the transcript, can call it after every message.
    """
    try:
        texts = [as_text(message) for message in messages]
        hits: list[Hit] = []
        for index, text in enumerate(texts):
            hits.extend(replace(hit, message_index=index) for hit in _message_hits(text))
        for index in range(len(texts) - 1):
            hits.extend(_hits_across(texts[index], texts[index + 1], index + 1))
        return _with_learned_view(combine(hits), lambda: _learned_in_conversation(texts))
    except Exception:
        _log.exception("safeguarding conversation screen failed; flagging it for review")
        return _fail_closed()


# The gateway screens the whole conversation after every message, so earlier messages repeat.
@lru_cache(maxsize=4096)
def _message_hits(text: str) -> tuple[Hit, ...]:
    return tuple(SCREENER.hits(text, complete=True))


def as_text(value: object) -> str:
    """What a caller passed, as text to screen (bytes are decoded, None is empty)."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    return str(value)


def _with_learned_view(rules: ScreenResult, learned: Callable[[], ScreenResult]) -> ScreenResult:
    """The rules' verdict, with the learned second net's view where the rules are not sure.

    When the rules flag nothing, the model may. When they grade a message only medium (two weak
    signs, or a disclosure graded medium), the model can still see immediate danger in the whole
    message ("stoję na moście. przepraszam wszystkich", a chip pan on fire and a dad who won't
    wake): then staff must see it as immediate, with what the model saw. Its plain "high" is no
    such news, and would blur the medium grade that weak signs are meant to carry.
    """
    if rules.flagged and rules.severity != "medium":
        return rules
    second = learned()
    if not rules.flagged:
        return second
    if second.severity != "immediate":
        return rules
    return ScreenResult(
        flagged=True,
        severity=second.severity,
        categories=sorted({*rules.categories, *second.categories}),
        spans=rules.spans,
    )


def _learned_in_conversation(texts: list[str]) -> ScreenResult:
    """The learned view of the latest message the model flags, if any."""
    for index in reversed(range(len(texts))):
        learned = _learned_verdict(texts[index], message_index=index)
        if learned.flagged:
            return learned
    return not_flagged()


def _learned_verdict(text: str, *, message_index: int | None = None) -> ScreenResult:
    """The learned second net's view of a message the rules let through or grade medium."""
    categories = _learned_categories(text)
    if not categories:
        return not_flagged()
    severity = "immediate" if "immediate_danger" in categories else "high"
    # The model weighs the whole message, so the whole message is what staff see marked.
    span = Match(0, len(text), text, categories[0], severity, message_index)
    return ScreenResult(
        flagged=True, severity=severity, categories=sorted(categories), spans=[span]
    )


@lru_cache(maxsize=4096)
def _learned_categories(text: str) -> tuple[str, ...]:
    if not text.strip():
        return ()
    model = current_model()
    prepared = prepare(text)
    found = model.categories_of_prepared(prepared)
    if found:
        return found
    plain = without_disguises(prepared)
    # Undoing leetspeak can spell out a reassurance ("n0t in d4ng3r"): prepared again.
    return model.categories_at_risk(plain) if plain != prepared else ()


def _hits_across(first: str, second: str, second_index: int) -> list[Hit]:
    """Matches that need two consecutive messages ("my stepdad" / "touches me at night").

    They are credited to the second message, the one that completed them, from its start.
    """
    return [replace(hit, message_index=second_index) for hit in _pair_hits(first, second)]


# Like `_message_hits`: every message re-screens the conversation's earlier pairs too.
@lru_cache(maxsize=4096)
def _pair_hits(first: str, second: str) -> tuple[Hit, ...]:
    boundary = len(first) + 1
    across = []
    for hit in SCREENER.hits(f"{first} {second}", complete=True):
        if hit.start < boundary <= hit.end - 1:
            end = hit.end - boundary
            across.append(Hit(hit.rule, 0, end, second[:end]))
    return tuple(across)


def _fail_closed() -> ScreenResult:
    return ScreenResult(flagged=True, severity="medium", categories=[], spans=[])
