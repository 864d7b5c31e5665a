"""The catalogue NLG and the bot's own wording: language and register pick the translation, the
placeholders are filled after it, payloads never change (issue 7)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from rasa.core.nlg.generator import NaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.actions.wording import summary_text
from bot.catalogue import domain_entries
from bot.i18n import Wording, conversation_language
from bot.nlg import CatalogueNaturalLanguageGenerator
from handoff.intake import IntakeAnswers

CASE_CREATED_CHILD = (
    "Thank you. Your complaint is sent. Your reference is {reference}. Your secret code is "
    "{status_code}. Keep them safe. A person will look at it. We will reply by {due_on}."
)
# A made-up "translation" that moves the placeholders, as a real one may.
CASE_CREATED_CHILD_PL = "Odpowiemy do {due_on}. Numer: {reference}. Kod: {status_code}."


@pytest.fixture(scope="module")
def locales(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Polish bot catalogue with a few entries, compiled as `make` compiles the real ones."""
    root = tmp_path_factory.mktemp("locales")
    catalogue = Catalog(locale="pl", domain="bot")
    catalogue.add("First, who is making this complaint?", "Najpierw: kto składa tę skargę?")
    catalogue.add("I'm a parent or carer", "Jestem rodzicem lub opiekunem")
    catalogue.add(CASE_CREATED_CHILD, CASE_CREATED_CHILD_PL, context="child")
    catalogue.add("Here is what you told me.", "Oto co mi powiedziałeś.", context="child")
    catalogue.add("We will email you at %(detail)s.", "Napiszemy na adres %(detail)s.")
    folder = root / "pl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "bot.mo").open("wb") as file:
        write_mo(file, catalogue)
    return root


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load("bot/domain.yml")


@pytest.fixture
def nlg(domain: Domain, locales: Path) -> NaturalLanguageGenerator:
    # As Rasa makes it from endpoints.yml: `nlg: {type: bot.nlg.CatalogueNaturalLanguageGenerator}`.
    config = EndpointConfig(type="bot.nlg.CatalogueNaturalLanguageGenerator", locales=str(locales))
    return NaturalLanguageGenerator.create(config, domain)


def tracker(domain: Domain, *, lang: str | None = None, **slots: object) -> DialogueStateTracker:
    events = [UserUttered("hi", metadata={"lang": lang} if lang else {})]
    events += [SlotSet(name, value) for name, value in slots.items()]
    return DialogueStateTracker.from_events("nlg-test", events, slots=domain.slots)


def generate(nlg, name: str, conversation: DialogueStateTracker, **values: object) -> dict:
    return asyncio.run(nlg.generate(name, conversation, "rest", **values))


def test_rasa_makes_our_generator_from_the_endpoint_configuration(nlg) -> None:
    assert isinstance(nlg, CatalogueNaturalLanguageGenerator)


def test_text_and_button_titles_are_translated_and_payloads_kept(nlg, domain) -> None:
    reply = generate(nlg, "utter_ask_complainant_role", tracker(domain, lang="pl"))
    assert reply["text"] == "Najpierw: kto składa tę skargę?"
    titles = {b["payload"]: b["title"] for b in reply["buttons"]}
    assert titles["parent or carer"] == "Jestem rodzicem lub opiekunem"
    # Not translated yet: the English stands in, never a blank.
    assert titles["young person"] == "I'm a child or young person"


def test_placeholders_are_filled_after_translating(nlg, domain) -> None:
    reply = generate(
        nlg,
        "utter_case_created",
        tracker(domain, lang="pl"),
        reference="TU-AB3C-4DEF",
        status_code="K7QP2M",
        due_on="piątek, 4 grudnia 2026",
    )
    assert reply["text"] == "Odpowiemy do piątek, 4 grudnia 2026. Numer: TU-AB3C-4DEF. Kod: K7QP2M."


def test_the_register_is_the_message_context(nlg, domain) -> None:
    adult = tracker(domain, lang="pl", register="adult")
    reply = generate(nlg, "utter_case_created", adult, reference="R", status_code="C", due_on="D")
    # Only the child version is translated in this catalogue: the adult one stays English.
    assert reply["text"].startswith("Thank you. Your complaint has been received.")


@pytest.mark.parametrize(
    ("metadata_lang", "slot", "chosen", "expected"),
    [
        ("pl", None, None, "pl"),
        (None, "pl", None, "pl"),  # a channel that sends no metadata: the slot
        ("en", "pl", None, "en"),  # the gateway's latest word wins over the slot
        ("en", "en", "pl", "pl"),  # a language picked in this very turn
        ("xx", None, None, "en"),
    ],
)
def test_the_language_comes_from_the_turn_the_gateway_or_the_slot(
    metadata_lang, slot, chosen, expected
) -> None:
    metadata = {"lang": metadata_lang} if metadata_lang else {}
    assert conversation_language(slot=slot, metadata=metadata, chosen=chosen) == expected


def test_a_language_chosen_this_turn_is_used_at_once(nlg, domain) -> None:
    reply = generate(nlg, "utter_ask_complainant_role", tracker(domain, lang="en"), language="pl")
    assert reply["text"] == "Najpierw: kto składa tę skargę?"


def test_language_buttons_and_their_payloads_are_left_alone(nlg, domain) -> None:
    reply = generate(nlg, "utter_choose_language", tracker(domain, lang="pl"))
    assert [b["title"] for b in reply["buttons"]][:3] == ["English", "Gàidhlig", "Polski"]
    assert reply["buttons"][2]["payload"] == '/change_language{"language": "pl"}'


def test_actions_word_their_own_sentences_in_the_language_and_register(locales) -> None:
    answers = IntakeAnswers(
        summary="The bins were not emptied.",
        heads_of_complaint=[],
        contact_method="email",
        contact_detail="sam@example.org",
    )
    text = summary_text(answers, Wording("pl", "child", locales))
    assert text.splitlines()[0] == "Oto co mi powiedziałeś."
    assert "Napiszemy na adres sam@example.org." in text
    adult = summary_text(answers, Wording("pl", "adult", locales))
    assert adult.splitlines()[0] == "Here is a summary of your complaint."


def test_every_response_with_an_adult_version_has_both_contexts() -> None:
    entries = domain_entries()
    contexts = {e.context for e in entries if "utter_case_created" in e.responses}
    assert contexts == {"child", "adult"}
    neutral = [e for e in entries if "utter_ask_lookup_reference" in e.responses]
    assert [e.context for e in neutral] == [None]
    buttons = [e for e in entries if e.kind == "button"]
    assert buttons and all(e.context is None for e in buttons)
    assert not [e for e in entries if e.msgid in ("Polski", "{summary_text}")]
