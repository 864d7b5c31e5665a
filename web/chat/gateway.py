"""The gateway's handling of one chat message: record, then route to the bot or to staff.

The person's message is committed before Rasa is asked anything, so an outage further on never
loses it; what the bot says back is recorded in a second transaction.
"""

from __future__ import annotations

from flask_babel import gettext

from handoff.conversations import (
    OutgoingMessage,
    check_user_message,
    do_record_bot_messages,
    do_record_user_message,
    find_or_start_conversation,
)
from handoff.db import transaction
from web.chat.requests import ChatMessage
from web.rasa import RasaUnavailable
from web.services import tellus


def handle_chat_message(message: ChatMessage) -> list[OutgoingMessage]:
    services = tellus()
    with transaction(services.session_factory) as session:
        conversation = find_or_start_conversation(
            session, message.sender_id, language=message.language
        )
        check_user_message(conversation, message.text)
        do_record_user_message(session, conversation, message.text)
        mode = conversation.mode
    if mode != "bot":
        # A person is handling this conversation: the bot stays silent and staff see the message.
        return []
    try:
        replies = services.rasa.send(message.sender_id, message.text, {"lang": message.language})
    except RasaUnavailable:
        replies = [
            OutgoingMessage(
                gettext(
                    "Sorry, I can't answer right now. Your message is saved. "
                    "Please try again in a few minutes."
                )
            )
        ]
    with transaction(services.session_factory) as session:
        conversation = find_or_start_conversation(
            session, message.sender_id, language=message.language
        )
        do_record_bot_messages(session, conversation, replies)
    return replies
