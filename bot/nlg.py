"""Rasa's responses, translated from the "bot" catalogues as they are generated.

Rasa picks the variant exactly as its own templated generator does (the `register` condition,
channels), then this class looks the variant's English text and button titles up in the
conversation's language, with the variant's register as msgctxt, and only then fills the
placeholders: a translation may move "{reference}" anywhere, and the values (a reference, a
date already formatted for the locale, the person's own words) are never looked up.

It runs inside the Rasa server (endpoints.yml, written by tellus.supervisor, says
`nlg: {type: bot.nlg.CatalogueNaturalLanguageGenerator}`) rather than as an NLG server over HTTP:
every bot message would otherwise cost another request and another service to keep up, on the
path where each reply must take tens of milliseconds; the catalogues are small and are read once
per language per process.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from babel.support import NullTranslations
from rasa.core.nlg.interpolator import interpolate_text
from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.catalogue import has_words, translatable_title, variant_context
from bot.i18n import bot_translations, conversation_language, translate
from tellus.i18n import LOCALES


class CatalogueNaturalLanguageGenerator(TemplatedNaturalLanguageGenerator):
    def __init__(
        self, endpoint_config: EndpointConfig | None = None, domain: Domain | None = None
    ) -> None:
        super().__init__((domain or Domain.empty()).responses)
        # `locales:` in the endpoint's configuration points elsewhere (the tests use it).
        options = endpoint_config.kwargs if endpoint_config else {}
        self.locales = Path(options.get("locales") or LOCALES)

    async def generate(
        self,
        utter_action: str,
        tracker: DialogueStateTracker,
        output_channel: str,
        **kwargs: Any,
    ) -> dict[str, Any] | None:
        filled_slots = tracker.current_slot_values()
        latest = tracker.latest_message
        language = conversation_language(
            chosen=kwargs.get("language"),
            metadata=(latest.metadata if latest else None) or {},
            slot=filled_slots.get("language"),
        )
        return self.generate_in(language, utter_action, filled_slots, output_channel, kwargs)

    def generate_in(
        self,
        language: str,
        utter_action: str,
        filled_slots: dict[str, Any],
        output_channel: str,
        values: dict[str, Any],
    ) -> dict[str, Any] | None:
        """One response in one language (what `generate` does once it knows the language);
        `values` are the action's own placeholder values (they win over slots)."""
        variant = self._random_response_for(utter_action, output_channel, filled_slots)
        if variant is None:
            return None
        response = copy.deepcopy(variant)
        response.pop("metadata", None)  # notes for translators and tests, not for the channel
        translations = bot_translations(language, str(self.locales))
        context = variant_context(self.responses[utter_action], variant)
        if has_words(response.get("text")):
            response["text"] = translate(translations, response["text"], context)
        buttons = response.pop("buttons", None)
        response = self._fill_response(response, filled_slots, **values)
        if buttons is not None:
            # Titles are translated, then filled; payloads are neither: they are the fixed answers
            # the bot understands (and `/change_language{"language": "pl"}` is no placeholder).
            variables = self._response_variables(filled_slots, values)
            response["buttons"] = [
                {**button, "title": interpolate_text(self._title(button, translations), variables)}
                for button in buttons
            ]
        return response

    @staticmethod
    def _title(button: dict[str, Any], translations: NullTranslations) -> str:
        title = str(button.get("title") or "")
        return translations.gettext(title) if translatable_title(button) else title
