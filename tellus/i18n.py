"""The languages Tell Us speaks, and its message catalogs for code outside a Flask request.

Two gettext domains live under locales/: "messages" (the web pages, the domain's own sentences
such as the safety message and notices) and "bot" (everything the chat bot says; see bot/i18n.py).
The web app reads "messages" through Flask-Babel; the action server and the notifier use
`translations()` here. Both look in the same files.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from functools import lru_cache

from babel.dates import format_date, format_time
from babel.support import NullTranslations, Translations

from tellus.config import PROJECT_ROOT

LOCALES = PROJECT_ROOT / "locales"

# English (British), Scottish Gaelic, Polish, Ukrainian, Arabic. The first is the source language
# and the fallback; adding one here and running `make catalogs-update` creates its catalogues.
SUPPORTED_LANGUAGES = ("en", "gd", "pl", "uk", "ar")
DEFAULT_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar"})
# Each language named in itself, as a language picker must (never translated).
LANGUAGE_NAMES = {
    "en": "English",
    "gd": "Gàidhlig",
    "pl": "Polski",
    "uk": "Українська",
    "ar": "العربية",
}
# The `lang` attribute for each: English here is British English.
HTML_LANG = {"en": "en-GB"}


def supported_language(value: object) -> str | None:
    """A supported language from what a client or a browser said ("pl", "en-GB", "uk_UA")."""
    if not isinstance(value, str):
        return None
    primary = value.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in SUPPORTED_LANGUAGES else None


def text_direction(language: str) -> str:
    return "rtl" if language in RIGHT_TO_LEFT else "ltr"


def html_lang(language: str) -> str:
    return HTML_LANG.get(language, language)


@lru_cache(maxsize=16)
def translations(language: str) -> NullTranslations:
    return Translations.load(str(LOCALES), [language, DEFAULT_LANGUAGE], domain="messages")


def babel_locale(language: str) -> str:
    """Babel's locale for a conversation language: English here is British English."""
    return "en_GB" if language == "en" else language


def format_long_date(day: date, language: str) -> str:
    """A date as people read it in that language: "Friday, 4 December 2026", "piątek, 4 grudnia
    2026". Every date the chat shows goes through here, so they all look alike."""
    return format_date(day, format="full", locale=babel_locale(language))


def format_clock_time(moment: datetime, language: str, *, tz: tzinfo) -> str:
    """A time of day on the locale's clock: "09:00" in Britain, "9:00 ص" in Arabic. A sentence
    that needs a day and a time takes them as two placeholders, so each language words it."""
    return format_time(
        moment.astimezone(tz), format="short", tzinfo=tz, locale=babel_locale(language)
    )
