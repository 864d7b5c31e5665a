"""What the bot says, in the conversation's language and register (the "bot" gettext domain).

English is the source language: the texts in bot/domain.yml and in the actions are the msgids,
so a message nobody has translated yet reads as the English original, never as a blank.
Registers are message contexts: a response written twice in the domain (a child version and an
`register: adult` version) becomes two catalogue entries with msgctxt "child" and "adult"; a text
written once for everyone has no context. bot.catalogue decides which is which, for the extractor
and for the NLG alike.

This module is imported by the Rasa server (bot.nlg) and by the action server, so it must not
import either framework.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.support import NullTranslations, Translations

from tellus.i18n import DEFAULT_LANGUAGE, LOCALES, supported_language

BOT_DOMAIN = "bot"
CHILD = "child"
ADULT = "adult"
# The entity bot.components.language adds from the gateway's metadata.lang, and its extractor's
# name (a language button's entity has another, so an action can tell a choice from the default).
LANGUAGE_ENTITY = "language"
LANGUAGE_EXTRACTOR = "ConversationLanguage"


def conversation_language(
    *, slot: object = None, metadata: Mapping[str, Any] | None = None, chosen: object = None
) -> str:
    """The language to answer in.

    `chosen`: a language picked in this very turn (a button), which the slot only holds once the
    action's events are applied. Then the `lang` the gateway sent with the person's latest message:
    the gateway decides the conversation's language for every message (the page's picker, the
    bot's language buttons, Accept-Language), so it is the freshest. Then the `language` slot (it
    follows that metadata; it is all there is on channels that send none). Then English.
    """
    for candidate in (chosen, (metadata or {}).get("lang"), slot):
        language = supported_language(candidate)
        if language:
            return language
    return DEFAULT_LANGUAGE


def register_of(slot_value: object) -> str:
    """The child register until someone is known to be an adult (the domain's default too)."""
    return ADULT if slot_value == ADULT else CHILD


@lru_cache(maxsize=32)
def bot_translations(language: str, locales: str = str(LOCALES)) -> NullTranslations:
    """The compiled bot.mo for a language; without one, the English msgids themselves."""
    return Translations.load(locales, [language], domain=BOT_DOMAIN)


def translate(translations: NullTranslations, message: str, context: str | None = None) -> str:
    return translations.pgettext(context, message) if context else translations.gettext(message)


@dataclass(frozen=True)
class Wording:
    """The sentences an action composes itself, in one conversation's language and register.

    Use it with literal msgids so `make catalogs-extract` finds them: `wording.gettext("...")`
    for words everyone sees, `wording.pgettext("child", "...")` / `("adult", "...")` for a
    register's own version. Placeholders are named (`%(reference)s`) so translators can move them.
    """

    language: str
    register: str = CHILD
    locales: Path = LOCALES

    @property
    def adult(self) -> bool:
        return self.register == ADULT

    @property
    def translations(self) -> NullTranslations:
        return bot_translations(self.language, str(self.locales))

    def gettext(self, message: str, **values: Any) -> str:
        text = self.translations.gettext(message)
        return text % values if values else text

    def pgettext(self, context: str, message: str, **values: Any) -> str:
        text = self.translations.pgettext(context, message)
        return text % values if values else text
