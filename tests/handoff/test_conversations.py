import pytest

from handoff.conversations import (
    Button,
    OutgoingMessage,
    check_user_message,
    do_record_bot_messages,
    do_record_user_message,
    find_or_start_chat,
    find_or_start_conversation,
    messages_after,
)
from handoff.errors import ConversationClosed, PayloadNotOffered
from tests.factories import new_sender


def test_a_conversation_starts_with_a_draft_case_and_is_found_again(session) -> None:
    sender = new_sender()
    first = find_or_start_conversation(session, sender, language="en")
    again = find_or_start_conversation(session, sender, language="en")
    assert first.id == again.id
    assert first.case.status == "draft"
    assert first.case.reference.startswith("TU-")


def test_the_gateway_finds_the_same_conversation_with_its_whole_case(session_factory) -> None:
    sender = new_sender()
    with session_factory.begin() as session:
        started = find_or_start_chat(session, sender, language="pl")
        started.case.summary = "the bus never comes"
        started.case.heads_of_complaint = ["transport"]
    with session_factory.begin() as session:
        found = find_or_start_chat(session, sender, language="en")
        assert found.id == started.id and found.case.language == "pl"
        # Columns the chat does not read every time still load when something reads them.
        assert found.case.summary == "the bus never comes"
        assert found.case.heads_of_complaint == ["transport"]
        assert found.case.conversations == [found]


def test_only_payloads_the_bot_offered_are_accepted(session) -> None:
    conversation = find_or_start_conversation(session, new_sender(), language="en")
    with pytest.raises(PayloadNotOffered):
        check_user_message(conversation, "/restart")

    do_record_bot_messages(
        session,
        conversation,
        [OutgoingMessage("Is that right?", (Button("Yes", "/affirm"), Button("No", "/deny")))],
    )
    check_user_message(conversation, "/affirm")
    check_user_message(conversation, "just words are always fine")

    do_record_bot_messages(session, conversation, [OutgoingMessage("Thanks.")])
    with pytest.raises(PayloadNotOffered):
        check_user_message(conversation, "/affirm")  # an old offer no longer counts


def test_a_closed_conversation_takes_no_more_messages(session) -> None:
    conversation = find_or_start_conversation(session, new_sender(), language="en")
    conversation.mode = "closed"
    with pytest.raises(ConversationClosed):
        check_user_message(conversation, "hello?")


def test_messages_after_an_id_come_in_order(session) -> None:
    conversation = find_or_start_conversation(session, new_sender(), language="en")
    first_id = do_record_user_message(session, conversation, "hi")
    do_record_bot_messages(session, conversation, [OutgoingMessage("a"), OutgoingMessage("b")])
    later = messages_after(session, conversation, first_id)
    assert [(m.author, m.text) for m in later] == [("bot", "a"), ("bot", "b")]


def test_a_transcript_already_loaded_shows_messages_recorded_after_it(session) -> None:
    conversation = find_or_start_conversation(session, new_sender(), language="en")
    do_record_user_message(session, conversation, "hi")
    assert [m.text for m in conversation.messages] == ["hi"]
    do_record_bot_messages(session, conversation, [OutgoingMessage("hello")])
    do_record_user_message(session, conversation, "my bus is late")
    assert [(m.author, m.text) for m in conversation.messages] == [
        ("user", "hi"),
        ("bot", "hello"),
        ("user", "my bus is late"),
    ]
