"""The message catalogues (issue 7): complete, consistent, in step with the code, and nothing
a person reads left outside them.

Two gettext domains, each in every language: "messages" (the web pages, the domain's sentences)
and "bot" (what the chat bot says). English is the source, so its catalogues may leave msgstr
empty (the msgid is the English). `test_every_message_is_translated` FAILS until the translators
have filled in Scottish Gaelic, Polish, Ukrainian and Arabic: that is its job, and its message
lists what is missing. Every other test here must pass at all times.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po
from jinja2 import Environment, nodes

from tellus.config import PROJECT_ROOT
from tellus.i18n import SUPPORTED_LANGUAGES

LOCALES = PROJECT_ROOT / "locales"
DOMAINS = ("messages", "bot")
SOURCE_LANGUAGE = "en"
TRANSLATED = tuple(language for language in SUPPORTED_LANGUAGES if language != SOURCE_LANGUAGE)
# How `make catalogs-extract` extracts each domain (keep the two in step).
EXTRACTION = {
    "messages": ["-F", "locales/babel.cfg", "-k", "_l", "-k", "N_"],
    "bot": ["-F", "locales/babel_bot.cfg"],
}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|%[sdif]|\{(\w*)\}")


def catalog(domain: str, language: str | None = None) -> Catalog:
    path = LOCALES / (
        f"{domain}.pot" if language is None else f"{language}/LC_MESSAGES/{domain}.po"
    )
    with path.open("rb") as file:
        return read_po(file, locale=language)


def entries(catalogue: Catalog) -> list[Message]:
    return [message for message in catalogue if message.id]


def key(message: Message) -> tuple[str | None, str]:
    msgid = message.id if isinstance(message.id, str) else message.id[0]
    return message.context, msgid


def texts(value: str | tuple | list) -> list[str]:
    """The non-empty strings of a msgid or msgstr (a plural one is several)."""
    return [text for text in ([value] if isinstance(value, str) else value) if text]


def placeholders(text: str) -> Counter:
    return Counter(match.group(0) for match in PLACEHOLDER.finditer(text))


def _shown(messages: list[Message], limit: int = 15) -> str:
    lines = [f"  [{m.context or '-'}] {key(m)[1][:90]!r}" for m in messages[:limit]]
    more = len(messages) - limit
    return "\n".join(lines + ([f"  ... and {more} more"] if more > 0 else []))


# --- the translations -----------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("domain", DOMAINS)
def test_every_message_is_translated(domain: str, language: str) -> None:
    """Expected to fail until the translators have done locales/<language>/LC_MESSAGES/*.po."""
    messages = entries(catalog(domain, language))
    missing = [
        m for m in messages if len(texts(m.string)) < (1 if isinstance(m.string, str) else 2)
    ]
    fuzzy = [m for m in messages if m.fuzzy]
    assert not missing and not fuzzy, (
        f"locales/{language}/LC_MESSAGES/{domain}.po: {len(missing)} of {len(messages)} "
        f"messages untranslated, {len(fuzzy)} fuzzy (check them, then remove the fuzzy flag)."
        f"\nUntranslated:\n{_shown(missing)}\nFuzzy:\n{_shown(fuzzy)}"
    )


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_translations_keep_every_placeholder(domain: str, language: str) -> None:
    """A translation must keep each %(name)s and {name} of its msgid, no more and no fewer:
    the code fills them in by name, so a lost one drops a reference or a date."""
    wrong = []
    for message in entries(catalog(domain, language)):
        expected = placeholders(texts(message.id)[0])
        for translated in texts(message.string):
            if placeholders(translated) != expected:
                wrong.append(f"  {key(message)}: {translated!r}")
    assert not wrong, "placeholders differ from the English:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_every_language_has_every_message(domain: str, language: str) -> None:
    """Each .po holds every msgid of its .pot (run `make catalogs-update` after extracting)."""
    template = {key(m) for m in entries(catalog(domain))}
    translated = {key(m) for m in entries(catalog(domain, language))}
    absent = sorted(template - translated, key=str)
    assert not absent, f"run `make catalogs-update`; missing from {language}: {absent[:10]}"


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_templates_are_up_to_date_with_the_code(domain: str, tmp_path: Path) -> None:
    """locales/<domain>.pot has exactly what the code and bot/domain.yml say today."""
    extracted = tmp_path / f"{domain}.pot"
    pybabel = [sys.executable, "-c", "from babel.messages.frontend import main; main()"]
    subprocess.run(
        [*pybabel, "extract", *EXTRACTION[domain], "-o", str(extracted), "."],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
    with extracted.open("rb") as file:
        fresh = {key(m) for m in entries(read_po(file))}
    stored = {key(m) for m in entries(catalog(domain))}
    assert fresh == stored, (
        f"locales/{domain}.pot is out of date: run `make catalogs-update`.\n"
        f"new in the code: {sorted(fresh - stored, key=str)[:10]}\n"
        f"gone from the code: {sorted(stored - fresh, key=str)[:10]}"
    )


def test_the_bot_catalogue_holds_both_registers() -> None:
    contexts = Counter(m.context for m in entries(catalog("bot")))
    assert contexts["child"] > 40 and contexts["adult"] > 40 and contexts[None] > 100


# --- nothing a person reads is left outside the catalogues ------------------------------------

CHAT_TEMPLATES = [
    *sorted((PROJECT_ROOT / "web/templates/chat").glob("*.html")),
    PROJECT_ROOT / "web/templates/base.html",
]
CHAT_VIEWS = sorted((PROJECT_ROOT / "web/chat").glob("*.py"))
BOT_ACTIONS = sorted((PROJECT_ROOT / "bot/actions").rglob("*.py"))
TRANSLATING = {"_", "gettext", "ngettext", "pgettext", "lazy_gettext", "_l", "npgettext"}
# Attributes whose values people read (or hear, with a screen reader).
READ_ATTRIBUTES = re.compile(r"""\b(?:alt|title|aria-label|placeholder)\s*=\s*"([^"]*)\"""")
MARKER = re.compile(r"\x00(\d+)\x01")
# Blocks and macros whose output goes inside an attribute (CSS classes, ids), not on the page.
ATTRIBUTE_BLOCKS = {"body_class", "described_by"}
# A short, explicit list of string literals in views and actions that no person reads.
ALLOWED_CODE_LITERALS = {
    # Errors for API clients (JSON, for developers): the chat page shows its own catalogue text.
    ("web/chat/requests.py", "InvalidInput"),
    ("web/chat/views.py", "InvalidInput"),
    ("web/chat/views.py", "NotFound"),
}


def _template_skeleton(template: nodes.Template) -> tuple[str, dict[int, list[str]]]:
    """The template's literal text in order, each expression replaced by a marker that points
    at the string constants it would print (a literal outside _() shows up there)."""
    parts: list[str] = []
    printed: dict[int, list[str]] = {}

    def constants(expression: nodes.Node) -> list[str]:
        if isinstance(expression, nodes.Call):
            return []  # _("..."), url_for("..."): translated, or not printed as they are
        if isinstance(expression, nodes.Const) and isinstance(expression.value, str):
            return [expression.value]
        return [c for child in expression.iter_child_nodes() for c in constants(child)]

    def walk(node: nodes.Node) -> None:
        if isinstance(node, (nodes.Block, nodes.Macro)) and node.name in ATTRIBUTE_BLOCKS:
            return
        if isinstance(node, nodes.Output):
            for child in node.nodes:
                if isinstance(child, nodes.TemplateData):
                    parts.append(child.data)
                else:
                    printed[len(printed)] = constants(child)
                    parts.append(f"\x00{len(printed) - 1}\x01")
            return
        for child in node.iter_child_nodes():
            walk(child)

    walk(template)
    return "".join(parts), printed


def untranslated_in_template(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    skeleton, printed = _template_skeleton(
        Environment(extensions=["jinja2.ext.i18n"], autoescape=True).parse(source)
    )
    for hidden in (
        r"<script\b.*?</script>",
        r"<style\b.*?</style>",
        r"<svg\b.*?</svg>",
        r"<!--.*?-->",
    ):
        skeleton = re.sub(hidden, " ", skeleton, flags=re.S | re.I)
    read = READ_ATTRIBUTES.findall(skeleton)
    text = re.sub(r"<[^>]*>", " ", skeleton)
    found = []
    for chunk in [*read, text]:
        for number in MARKER.findall(chunk):
            found += printed[int(number)]
        words = re.sub(r"&\w+;|&#\d+;", " ", MARKER.sub(" ", chunk))
        found += [
            piece.strip()
            for piece in re.split(r"\s{2,}|\n", words)
            if re.search(r"[^\W\d_]", piece)
        ]
    return [f for f in found if re.search(r"[^\W\d_]", f)]


@pytest.mark.parametrize("path", CHAT_TEMPLATES, ids=lambda p: p.name)
def test_chat_templates_have_no_text_outside_the_catalogue(path: Path) -> None:
    found = untranslated_in_template(path)
    assert not found, f"wrap these in _() in {path.relative_to(PROJECT_ROOT)}: {found}"


def _called_name(call: ast.Call) -> str:
    function = call.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")


def _is_literal_text(node: ast.AST | None) -> bool:
    """A string a person would read as it stands: a literal with letters, or an f-string."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[^\W\d_]", node.value))
    if isinstance(node, ast.BinOp):
        return _is_literal_text(node.left) or _is_literal_text(node.right)
    return False


def untranslated_in_code(path: Path, *, root: Path = PROJECT_ROOT) -> Iterator[str]:
    relative = str(path.relative_to(root))
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        where = f"{relative}:{node.lineno}"
        if name in TRANSLATING:
            # The msgid must be a literal, or `make catalogs-extract` cannot see it.
            msgid = (
                node.args[1]
                if name in ("pgettext", "npgettext") and len(node.args) > 1
                else (node.args[0] if node.args else None)
            )
            if not (isinstance(msgid, ast.Constant) and isinstance(msgid.value, str)):
                yield f"{where}: {name}() of something that is not a string literal"
            continue
        if (relative, name) in ALLOWED_CODE_LITERALS:
            continue
        said = [*node.args[:1]] if name in ("OutgoingMessage", "flash") else []
        said += [k.value for k in node.keywords if k.arg in ("text", "error", "notice", "title")]
        said += [
            value
            for argument in [*node.args, *(k.value for k in node.keywords)]
            for item in (
                [argument] if isinstance(argument, ast.Dict) else getattr(argument, "elts", [])
            )
            if isinstance(item, ast.Dict)
            for k, value in zip(item.keys, item.values, strict=False)
            if isinstance(k, ast.Constant) and k.value in ("text", "title")
        ]
        for value in said:
            if _is_literal_text(value):
                yield f"{where}: {name}(...) says {ast.unparse(value)[:60]}"


@pytest.mark.parametrize("path", [*CHAT_VIEWS, *BOT_ACTIONS], ids=lambda p: p.name)
def test_chat_views_and_bot_actions_say_nothing_outside_the_catalogue(path: Path) -> None:
    found = list(untranslated_in_code(path))
    assert not found, "\n".join(found)


def test_the_checks_catch_what_they_look_for(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<p>{{ _("Fine") }}</p><p>Not fine</p><img alt="Nor this">{{ "Nor that" }}'
        '<div data-x="{{ \'up\' }}">{{ url_for("x") }}</div>'
    )
    assert sorted(untranslated_in_template(page)) == ["Nor that", "Nor this", "Not fine"]
    action = tmp_path / "action.py"
    action.write_text(
        "dispatcher.utter_message(text='Hello there')\n"
        "dispatcher.utter_message(buttons=[{'title': 'Go', 'payload': '/go'}])\n"
        "dispatcher.utter_message(text=wording.gettext('Fine'))\n"
        "wording.gettext(f'{x} no')\n"
    )
    found = list(untranslated_in_code(action, root=tmp_path))
    assert [line.split(":")[1] for line in found] == ["1", "2", "4"], found
