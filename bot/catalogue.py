"""The domain's responses as catalogue entries: the msgids, their msgctxt, and what translators
need to know. One set of rules serves the Babel extractor (`make catalogs-extract` writes
locales/bot.pot with it) and the NLG (bot.nlg looks entries up with the same contexts), so the
two cannot disagree.

The rules:
- A response written with a `register: adult` variant is register-specific: that variant's text
  gets msgctxt "adult" and the variant without a condition (what children see) gets "child".
- A response written once is for everyone: no msgctxt.
- Button titles never get a context (a "Yes" is a "Yes"); their payloads are never translated,
  because the bot understands the payloads, whatever the person reads.
- The language buttons name each language in itself and are left alone.
- A text that is only placeholders ("{summary_text}") has nothing to translate.
- A variant may say who sees it with `metadata: {audience: adult}` (a question only adults are
  asked, written once); the reading-age test and the translator comment use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from bot.i18n import ADULT, CHILD

DOMAIN_FILE = Path(__file__).parent / "domain.yml"
PLACEHOLDER = re.compile(r"\{([^{}\n]+)\}")
LANGUAGE_PAYLOAD = "/change_language"
EVERYONE = frozenset({CHILD, ADULT})

# What each placeholder is filled with, for the translator comment beside every message using it.
PLACEHOLDER_NOTES = {
    "reference": "a complaint reference such as TU-AB3C-4DEF",
    "status_code": "a secret code of 6 letters and digits, such as K7QP2M",
    "due_on": "a date already written in your language, such as 'Friday, 4 December 2026'",
    "acknowledge_by": "a date already written in your language",
    "kept_until": "a date already written in your language",
    "day": "a date already written in your language, such as 'Monday, 7 December 2026'",
    "time": "a time of day already written in your language, such as '09:00'",
    "heads_list": "the person's own points, numbered, one per line (not translated)",
    "organisation": "the name of another organisation, in the person's words (not translated)",
}
REGISTER_NOTES = {
    CHILD: "Child register: read by children as young as 8. Reading age about 9: short "
    "sentences, one idea each, everyday words. Keep it as short as the English.",
    ADULT: "Adult register: read by parents, carers and professionals. Plain and polite.",
}
BUTTON_NOTE = (
    "A button label: keep it to a few words. Tapping it sends a fixed answer that the bot "
    "understands in any language, so the label can be worded freely."
)


@dataclass
class CatalogueEntry:
    msgid: str
    context: str | None  # "child", "adult" or None (for everyone)
    kind: str  # "text" or "button"
    seen_by: set[str] = field(default_factory=set)  # of CHILD, ADULT
    responses: list[str] = field(default_factory=list)
    lineno: int = 0

    @property
    def placeholders(self) -> list[str]:
        return PLACEHOLDER.findall(self.msgid)

    def translator_comments(self) -> list[str]:
        comments = [
            f"{'Button in' if self.kind == 'button' else 'Bot message'} "
            f"{', '.join(self.responses)}."
        ]
        if self.context:
            comments.append(REGISTER_NOTES[self.context])
        elif self.seen_by == {ADULT}:
            comments.append("Only adults see this. Plain and polite.")
        elif self.kind == "text":
            comments.append(
                "Children and adults both see this: keep it as short and plain as the English."
            )
        if self.kind == "button":
            comments.append(BUTTON_NOTE)
        for name in dict.fromkeys(self.placeholders):
            note = PLACEHOLDER_NOTES.get(name, "filled in by the bot")
            comments.append(f"{{{name}}}: keep it exactly as it is, braces too; it becomes {note}.")
        return comments


def register_of_variant(variant: Mapping[str, Any]) -> str | None:
    for condition in variant.get("condition") or []:
        if condition.get("type") == "slot" and condition.get("name") == "register":
            return str(condition.get("value"))
    return None


def variant_context(variants: list[Mapping[str, Any]], variant: Mapping[str, Any]) -> str | None:
    """The msgctxt of one variant's text (see the module's rules)."""
    register = register_of_variant(variant)
    if register:
        return register
    return CHILD if any(register_of_variant(v) for v in variants) else None


def has_words(text: object) -> bool:
    return isinstance(text, str) and any(ch.isalpha() for ch in PLACEHOLDER.sub("", text))


def translatable_title(button: Mapping[str, Any]) -> bool:
    payload = str(button.get("payload") or "")
    return has_words(button.get("title")) and not payload.startswith(LANGUAGE_PAYLOAD)


def seen_by(variants: list[Mapping[str, Any]], variant: Mapping[str, Any]) -> set[str]:
    """Who reads this variant: its register, or everyone, unless `metadata: audience` says."""
    audience = (variant.get("metadata") or {}).get("audience")
    if audience in (CHILD, ADULT):
        return {audience}
    context = variant_context(variants, variant)
    return {context} if context else set(EVERYONE)


def catalogue_entries(
    responses: Mapping[str, list[Mapping[str, Any]]], lines: Mapping[str, int] | None = None
) -> list[CatalogueEntry]:
    """Every translatable text and button title, once per (msgctxt, msgid), in domain order."""
    entries: dict[tuple[str | None, str], CatalogueEntry] = {}

    def add(msgid: str, context: str | None, kind: str, response: str, seen: set[str]) -> None:
        entry = entries.setdefault(
            (context, msgid),
            CatalogueEntry(msgid, context, kind, lineno=(lines or {}).get(response, 0)),
        )
        entry.seen_by |= seen
        if response not in entry.responses:
            entry.responses.append(response)

    for name, variants in responses.items():
        for variant in variants:
            seen = seen_by(variants, variant)
            if has_words(variant.get("text")):
                add(variant["text"], variant_context(variants, variant), "text", name, seen)
            for button in variant.get("buttons") or []:
                if translatable_title(button):
                    add(button["title"], None, "button", name, seen)
    return list(entries.values())


def load_responses(source: str) -> dict[str, list[dict[str, Any]]]:
    # As Rasa reads the domain: YAML 1.2, where an unquoted no is a word, not false.
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.version = (1, 2)
    return dict((yaml.load(source) or {}).get("responses") or {})


def response_lines(source: str) -> dict[str, int]:
    """The line of each response's name, for the .pot's "#: bot/domain.yml:N" references."""
    lines: dict[str, int] = {}
    for number, line in enumerate(source.splitlines(), start=1):
        match = re.match(r"^  (utter_[A-Za-z0-9_]+):\s*$", line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def domain_entries(path: Path = DOMAIN_FILE) -> list[CatalogueEntry]:
    source = path.read_text(encoding="utf-8")
    return catalogue_entries(load_responses(source), response_lines(source))


def extract_domain_responses(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Mapping[str, Any]
) -> Iterator[tuple[int, str | None, Any, list[str]]]:
    """Babel extraction method for a Rasa domain (named in locales/babel_bot.cfg)."""
    source = fileobj.read().decode(options.get("encoding", "utf-8"))
    for entry in catalogue_entries(load_responses(source), response_lines(source)):
        comments = entry.translator_comments()
        if entry.context:
            yield entry.lineno, "pgettext", (entry.context, entry.msgid), comments
        else:
            yield entry.lineno, None, entry.msgid, comments
