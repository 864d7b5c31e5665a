"""Conversations and their messages: what the person and the bot said, and in which mode.

Every inbound message is written before anything is forwarded, so a crash or an outage further on
never loses what the person typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session, joinedload, lazyload, load_only
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql import Select

from handoff.errors import ConversationClosed, PayloadNotOffered
from handoff.models import Case, Conversation, Message
from handoff.references import new_reference
from handoff.stages import do_open_stage


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class OutgoingMessage:
    text: str
    buttons: Sequence[Button] = field(default_factory=tuple)


# Every chat message runs these, so they are built once: SQLAlchemy then reuses the statement's
# cache key too, instead of rebuilding and re-hashing a new statement each time (together about
# a fifth of the gateway's database time).
def _find_statement(*case_options) -> Select:
    return (
        select(Conversation)
        # With its case: every message reads the case's language and safeguarding flag. The
        # case's other conversations (selectin by default, a second query) load only if asked.
        .options(joinedload(Conversation.case).options(lazyload(Case.conversations), *case_options))
        .where(Conversation.sender_id == bindparam("sender_id"))
    )


_FIND_CONVERSATION = _find_statement()
# The gateway reads two columns of the case per message; the complaint's details (most of them
# encrypted, so decrypted on every load) load only when a disclosure's handoff asks for them.
_FIND_FOR_CHAT = _find_statement(load_only(Case.language, Case.safeguarding_flagged))
_INSERT_MESSAGE = insert(Message.__table__)
_INSERT_CASE = insert(Case.__table__)
_INSERT_CONVERSATION = insert(Conversation.__table__)
_UPDATE_OFFERED = (
    update(Conversation.__table__)
    .where(Conversation.__table__.c.id == bindparam("conversation_id"))
    .values(offered_payloads=bindparam("offered_payloads"))
)
_REFERENCE_TAKEN = select(Case.id).where(Case.reference == bindparam("reference"))


def find_conversation(session: Session, sender_id: str) -> Conversation | None:
    return session.execute(_FIND_CONVERSATION, {"sender_id": sender_id}).scalar_one_or_none()


def do_start_conversation(
    session: Session, sender_id: str, *, language: str, channel: str = "web_chat"
) -> Conversation:
    """The conversation and its draft case are created together, so a disclosure in the very
    first message already has a case to mark urgent."""
    return _start(session, sender_id, language=language, channel=channel, found=_FIND_CONVERSATION)


def _start(
    session: Session, sender_id: str, *, language: str, channel: str, found: Select
) -> Conversation:
    # Two Core INSERTs (each table's defaults applied as the ORM would), then the conversation
    # read back as `found` loads it: every first message starts a case, and the unit of work's
    # bookkeeping for two new objects of some sixty columns cost it about 2 ms.
    case_id = session.execute(
        _INSERT_CASE,
        {"reference": _unused_reference(session), "language": language, "channel": channel},
    ).inserted_primary_key[0]
    session.execute(
        _INSERT_CONVERSATION, {"sender_id": sender_id, "case_id": case_id, "language": language}
    )
    return session.execute(found, {"sender_id": sender_id}).scalar_one()


def find_or_start_conversation(
    session: Session, sender_id: str, *, language: str, channel: str = "web_chat"
) -> Conversation:
    return find_conversation(session, sender_id) or do_start_conversation(
        session, sender_id, language=language, channel=channel
    )


def find_or_start_chat(session: Session, sender_id: str, *, language: str) -> Conversation:
    """`find_or_start_conversation` for the gateway's every message: the same conversation, its
    case's other columns loaded only when read."""
    found = session.execute(_FIND_FOR_CHAT, {"sender_id": sender_id}).scalar_one_or_none()
    return found or _start(
        session, sender_id, language=language, channel="web_chat", found=_FIND_FOR_CHAT
    )


def _unused_reference(session: Session) -> str:
    while True:
        reference = new_reference()
        taken = session.execute(_REFERENCE_TAKEN, {"reference": reference}).first()
        if taken is None:
            return reference


def check_user_message(conversation: Conversation, text: str) -> None:
    """A message that looks like a Rasa command must be a button the bot offered."""
    if conversation.mode == "closed":
        raise ConversationClosed("This conversation has ended. Please start a new one.")
    if text.startswith("/") and text not in conversation.offered_payloads:
        raise PayloadNotOffered(
            "Messages starting with '/' must be one of the buttons offered in this conversation."
        )


def do_record_user_message(
    session: Session,
    conversation: Conversation,
    text: str,
    *,
    flagged: bool = False,
    flagged_spans: Iterable[dict] = (),
) -> int:
    """Returns the new message's id."""
    written = session.execute(
        _INSERT_MESSAGE,
        {
            "conversation_id": conversation.id,
            "author": "user",
            "text": text,
            "flagged": flagged,
            "flagged_spans": list(flagged_spans),
        },
    )
    _transcript_changed(session, conversation)
    return written.inserted_primary_key[0]


def do_record_bot_messages(
    session: Session, conversation: Conversation, replies: Sequence[OutgoingMessage]
) -> None:
    if replies:
        session.execute(
            _INSERT_MESSAGE,
            [
                {
                    "conversation_id": conversation.id,
                    "author": "bot",
                    "text": reply.text,
                    "buttons": [{"title": b.title, "payload": b.payload} for b in reply.buttons],
                }
                for reply in replies
            ],
        )
        _transcript_changed(session, conversation)
    # Only the latest offer counts: a button from three questions ago is not a valid answer now.
    offered = [b.payload for reply in replies for b in reply.buttons]
    if offered != conversation.offered_payloads:
        # Only when it changed, and as a Core UPDATE like the messages' INSERTs: the unit of
        # work's flush of this one column cost each reply about a quarter of a millisecond. The
        # object is told the new value as already saved, so it does not write it a second time.
        session.execute(
            _UPDATE_OFFERED, {"conversation_id": conversation.id, "offered_payloads": offered}
        )
        set_committed_value(conversation, "offered_payloads", offered)


def _transcript_changed(session: Session, conversation: Conversation) -> None:
    # Messages are written with Core INSERTs: nobody reads them back as objects in the same
    # transaction, and an ORM object per message cost each reply about 1 ms of unit-of-work
    # bookkeeping. A transcript this session had already loaded must be read again to show them.
    session.expire(conversation, ["messages"])


def recent_user_texts(session: Session, conversation: Conversation, limit: int) -> list[str]:
    """The person's last `limit` messages, oldest first (without loading the whole transcript)."""
    texts = session.execute(
        _recent_user_texts(limit), {"conversation_id": conversation.id}
    ).scalars()
    return list(reversed(list(texts)))


@lru_cache(maxsize=8)
def _recent_user_texts(limit: int):
    return (
        select(Message.text)
        .where(Message.conversation_id == bindparam("conversation_id"), Message.author == "user")
        .order_by(Message.id.desc())
        .limit(limit)
    )


def messages_after(session: Session, conversation: Conversation, after_id: int) -> list[Message]:
    return list(
        session.execute(
            select(Message)
            .where(Message.conversation_id == conversation.id, Message.id > after_id)
            .order_by(Message.id)
        ).scalars()
    )


def do_record_staff_message(
    session: Session, conversation: Conversation, *, staff_member_id: int, text: str
) -> Message:
    """A staff reply into the live chat; from now on the bot stays silent (human mode)."""
    if conversation.mode == "closed":
        raise ConversationClosed("This conversation has ended.")
    message = Message(
        conversation=conversation, author="staff", text=text, staff_member_id=staff_member_id
    )
    conversation.mode = "human"
    session.add(message)
    session.flush()
    return message


def do_hand_back_to_bot(session: Session, conversation: Conversation) -> None:
    if conversation.mode == "closed":
        raise ConversationClosed("This conversation has ended.")
    conversation.mode = "bot"
    session.flush()


def do_request_person(session: Session, conversation: Conversation, *, today: date) -> None:
    """ "Talk to a person": the case joins the staff queue and the bot falls silent."""
    case = conversation.case
    if case.status == "draft":
        do_open_stage(session, case, "stage_1", today)
        case.status = "handoff"
    conversation.mode = "human"
    session.flush()
