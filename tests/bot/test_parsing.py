import pytest

from bot.actions.parsing import parse_contact_method


@pytest.mark.parametrize(
    ("typed", "method"),
    [
        ("email", "email"),
        ("E-mail me please", "email"),
        ("my email is kid123@example.org", "email"),
        ("phone", "phone"),
        ("can u ring me", "phone"),
        ("call my mobile", "phone"),
        ("text", "text"),
        ("txt me", "text"),
        ("a text message is best", "text"),
        ("letter", "letter"),
        ("by post", "letter"),
        ("chat", "chat"),
        ("just this chat", "chat"),
        ("on here", "chat"),
        ("face to face", "in_person"),
        ("through my mum", "via_trusted_adult"),
    ],
)
def test_contact_methods_in_peoples_words(typed: str, method: str) -> None:
    assert parse_contact_method(typed) == method


@pytest.mark.parametrize("typed", ["", "dunno", "purple", "42"])
def test_unclear_answers_are_not_guessed(typed: str) -> None:
    assert parse_contact_method(typed) is None


def test_heads_split_on_sentences_not_on_also() -> None:
    from bot.actions.parsing import heads_from_story

    heads = heads_from_story(
        [
            "He was excluded for three days. Nobody explained why",
            "The letter also had the wrong dates",
            "ok",
        ]
    )
    assert heads == [
        "He was excluded for three days",
        "Nobody explained why",
        "The letter also had the wrong dates",
    ]
