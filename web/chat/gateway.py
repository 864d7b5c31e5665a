"""The gateway's handling of one chat message: screen, record, then route to the bot or to staff.

The safeguarding screen runs first and the person's message is committed before Rasa is asked
anything, so a disclosure reaches a person and no message is lost even when Rasa is down. What the
bot says back is recorded in a second transaction.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from flask_babel import force_locale, gettext

from handoff.conversations import (
    OutgoingMessage,
    check_user_message,
    do_record_bot_messages,
    do_record_user_message,
    find_or_start_chat,
    recent_user_texts,
)
from handoff.db import transaction
from handoff.models import utcnow
from handoff.protection import do_protection_handoff, safeguarding_recipients, speaks_as_adult
from handoff.safeguarding import ScreenResult, screen_conversation
from handoff.safety_message import safety_message
from tellus.i18n import DEFAULT_LANGUAGE, babel_locale
from web.chat.language import conversation_language, do_follow_language
from web.chat.requests import ChatMessage
from web.rasa import RasaUnavailable
from web.services import tellus

# Risk that builds slowly (grooming, coercion) is judged over this many of the person's messages.
SCREENED_HISTORY = 30


def _screen_with_history(earlier: list[str], message: ChatMessage) -> ScreenResult:
    return screen_conversation([*earlier, message.text], lang=message.language)


def _spans_in_last_message(result: ScreenResult, index: int) -> list[dict]:
    return [
        {k: v for k, v in span.as_dict().items() if k != "message_index"}
        for span in result.spans
        if span.message_index == index
    ]


@dataclass(frozen=True)
class GatewayAnswer:
    replies: list[OutgoingMessage]
    language: str  # the conversation's language now (a language button may just have changed it)


def handle_chat_message(message: ChatMessage) -> GatewayAnswer:
    services = tellus()
    settings = services.settings
    with transaction(services.session_factory) as session:
        conversation = find_or_start_chat(
            session, message.sender_id, language=message.language or DEFAULT_LANGUAGE
        )
        check_user_message(conversation, message.text)
        language = conversation_language(
            conversation, text=message.text, requested=message.language
        )
        do_follow_language(conversation, language)
        message = dataclasses.replace(message, language=language)
        earlier = recent_user_texts(session, conversation, SCREENED_HISTORY)
        result = _screen_with_history(earlier, message)
        spans = _spans_in_last_message(result, len(earlier))
        # A risk in this message, or one that only the whole conversation shows (a slow build).
        # Earlier flagged messages alone do not re-trigger: staff may have handed back to the bot.
        raises_concern = result.flagged and (
            bool(spans) or not conversation.case.safeguarding_flagged
        )
        do_record_user_message(
            session, conversation, message.text, flagged=raises_concern, flagged_spans=spans
        )
        if raises_concern:
            now = utcnow()
            handoff = do_protection_handoff(
                session,
                conversation,
                result,
                now=now,
                recipients=safeguarding_recipients(session, settings.safeguarding_emails),
                case_url=f"{settings.public_url}/staff/cases/{conversation.case.reference}",
            )
            replies = []
            if handoff.escalated:
                text = safety_message(
                    language=message.language,
                    adult=speaks_as_adult(conversation.case),
                    now=now,
                    staffed_hours=settings.staffed_hours,
                )
                replies = [OutgoingMessage(text)]
                do_record_bot_messages(session, conversation, replies)
            services.rasa.pause_in_background(message.sender_id)
            return GatewayAnswer(replies, language)
    if conversation.mode != "bot":
        # A person is handling this conversation: the bot stays silent and staff see the message.
        return GatewayAnswer([], language)
    try:
        replies = services.rasa.send(message.sender_id, message.text, {"lang": language})
        if not replies:
            # In bot mode the bot always answers; silence means a part of it is down (the action
            # server, usually), and the person must not be left waiting with no word.
            raise RasaUnavailable("the bot answered with nothing")
    except RasaUnavailable:
        with force_locale(babel_locale(language)):
            sorry = gettext(
                "Sorry, I can't answer right now. Your message is saved. "
                "Please try again in a few minutes."
            )
        replies = [OutgoingMessage(sorry)]
    with transaction(services.session_factory) as session:
        # The conversation as the first transaction left it, without reading it again: only the
        # bot's offer changes here, so nothing anyone else changed meanwhile is overwritten.
        session.add(conversation)
        do_record_bot_messages(session, conversation, replies)
    return GatewayAnswer(replies, language)
