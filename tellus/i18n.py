"""Message catalogs for code outside a Flask request (the action server, the notifier).

The web app reads the same catalogs through Flask-Babel; both look in locales/.
"""

from __future__ import annotations

from functools import lru_cache

from babel.support import NullTranslations, Translations

from tellus.config import PROJECT_ROOT

LOCALES = PROJECT_ROOT / "locales"


@lru_cache(maxsize=16)
def translations(language: str) -> NullTranslations:
    return Translations.load(str(LOCALES), [language, "en"], domain="messages")


def babel_locale(language: str) -> str:
    """Babel's locale for a conversation language: English here is British English."""
    return "en_GB" if language == "en" else language
