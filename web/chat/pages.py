"""The chat's HTML side: the page, the same conversation as plain form posts, the simple complaint
form, the person's reading preferences, the body's theme and quick exit.

Everything works without JavaScript; web/static/chat.js enhances the same markup. The sender id
of the page's conversation lives in the Flask session cookie, the only cookie the chat sets, so the
no-JavaScript posts and the JavaScript webhook calls talk about the same conversation.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field

from flask import (
    Blueprint,
    Response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import format_number, get_locale, gettext
from flask_wtf.csrf import CSRFError

from handoff.conversations import Button, OutgoingMessage, do_record_bot_messages, find_conversation
from handoff.db import transaction
from handoff.errors import ConversationClosed, InvalidInput, PayloadNotOffered
from handoff.form_intake import FormReceipt, do_submit_form_complaint, form_can_join
from handoff.models import Conversation, utcnow
from handoff.protection import safeguarding_recipients
from handoff.safety_message import safety_message
from tellus.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGE_NAMES,
    format_long_date,
    html_lang,
    supported_language,
    text_direction,
)
from web import csrf
from web.chat.forms import ComplaintForm
from web.chat.gateway import handle_chat_message
from web.chat.language import LANGUAGE_KEY, do_follow_language
from web.chat.requests import MAX_MESSAGE_CHARS, SENDER_PATTERN, check_chat_message
from web.services import tellus

bp = Blueprint("pages", __name__)

SENDER_KEY = "chat_sender"
RECEIPT_KEY = "form_receipt"
PREFERENCES = ("easy_read", "read_aloud")
NO_STORE = {"Cache-Control": "no-store"}
# Where the language picker may send the person back to (never an address from outside).
PICKER_RETURNS = ("/", "/complaint")
# Where a sentence ends, for easy read's one-sentence-per-line (chat.js splits the same way).
SENTENCE_END = re.compile(r"[.!?]+[\"'\u2019\u201d)]*(\s+)")


# --- the page's conversation --------------------------------------------------------------------


def current_sender() -> str:
    """The page's conversation id, made on the first visit (32 characters of A-Z a-z 0-9 _ -)."""
    sender = session.get(SENDER_KEY)
    if not isinstance(sender, str) or not SENDER_PATTERN.match(sender):
        sender = secrets.token_urlsafe(24)
        session[SENDER_KEY] = sender
    return sender


def _language() -> str:
    """The page's language as a conversation language ("en", not Babel's "en_GB")."""
    return supported_language(str(get_locale() or "")) or DEFAULT_LANGUAGE


def remember_language(sender: str, language: str) -> None:
    """After a message in this page's own conversation, the page speaks its language (a language
    button in the chat changes the page too). Another client's conversation changes nothing."""
    if session.get(SENDER_KEY) == sender and session.get(LANGUAGE_KEY) != language:
        session[LANGUAGE_KEY] = language


@dataclass(frozen=True)
class Sentence:
    text: str
    space: str  # the whitespace that followed it, kept so that line breaks survive


@dataclass(frozen=True)
class ShownMessage:
    id: int
    author: str  # user | bot | staff
    sentences: list[Sentence]


@dataclass(frozen=True)
class ChatState:
    sender: str
    mode: str  # "new" before the first message, then the conversation's mode
    messages: list[ShownMessage] = field(default_factory=list)
    choices: list[Button] = field(default_factory=list)

    @property
    def staff_present(self) -> bool:
        """A person has replied since the bot last spoke. Human mode alone is not enough: after a
        disclosure the bot falls silent before anyone has read the chat."""
        if self.mode != "human":
            return False
        said = [m.author for m in self.messages if m.author != "user"]
        return bool(said) and said[-1] == "staff"

    @property
    def last_id(self) -> int:
        return self.messages[-1].id if self.messages else 0


def sentences(text: str) -> list[Sentence]:
    pieces, start = [], 0
    for match in SENTENCE_END.finditer(text):
        pieces.append(Sentence(text[start : match.start(1)], match.group(1)))
        start = match.end()
    if start < len(text) or not pieces:
        pieces.append(Sentence(text[start:], ""))
    return pieces


def _current_choices(conversation: Conversation) -> list[Button]:
    """The buttons of the bot's latest reply, while they are still what it accepts."""
    if conversation.mode != "bot":
        return []
    offered = set(conversation.offered_payloads or [])
    latest: list[Button] = []
    for message in reversed(conversation.messages):
        if message.author == "user":
            break
        latest[:0] = [
            Button(b["title"], b["payload"])
            for b in message.buttons or []
            if b.get("payload") in offered
        ]
    return latest


def load_chat_state(sender: str) -> ChatState:
    with transaction(tellus().session_factory) as db:
        conversation = find_conversation(db, sender)
        if conversation is None:
            return ChatState(sender=sender, mode="new")
        return ChatState(
            sender=sender,
            mode=conversation.mode,
            messages=[
                ShownMessage(m.id, m.author, sentences(m.text))
                for m in conversation.messages
                if m.text
            ],
            choices=_current_choices(conversation),
        )


def render_chat_page(*, typed: str = "", error: str | None = None, status: int = 200):
    """`GET /`, and the same page again with the person's words when a post needs fixing."""
    chat = load_chat_state(current_sender())
    # The bot matters only while it is the one answering; in human mode staff answer without it.
    bot_up = chat.mode not in ("new", "bot") or tellus().rasa.is_up()
    form = ComplaintForm(formdata=None) if not bot_up else None
    page = render_template(
        "chat/index.html", chat=chat, bot_up=bot_up, form=form, typed=typed, error=error
    )
    return page, status, NO_STORE


@bp.post("/chat")
def send_message():
    """The no-JavaScript chat: one message, then Post/Redirect/Get back to the transcript."""
    if request.form.get("new_conversation"):
        session.pop(SENDER_KEY, None)
        return redirect(url_for("chat.chat_page"), 303)
    typed = request.form.get("message", "")
    if not typed.strip():
        return render_chat_page(error=gettext("Please write a message first."), status=400)
    if len(typed) > MAX_MESSAGE_CHARS:
        error = gettext(
            "That message is too long. Please send it in parts of up to %(max)s characters.",
            max=format_number(MAX_MESSAGE_CHARS),
        )
        return render_chat_page(typed=typed, error=error, status=400)
    try:
        message = check_chat_message(
            {"sender": current_sender(), "message": typed, "metadata": {"lang": _language()}}
        )
        answer = handle_chat_message(message)
        remember_language(message.sender_id, answer.language)
    except PayloadNotOffered:
        error = gettext("That answer is not available any more. Please choose again or type it.")
        return render_chat_page(error=error, status=422)
    except ConversationClosed:
        error = gettext("This conversation has ended. You can start a new one.")
        return render_chat_page(error=error, status=409)
    except InvalidInput:
        error = gettext("Sorry, we could not read that message. Please try again.")
        return render_chat_page(typed=typed, error=error, status=400)
    return redirect(url_for("chat.chat_page", _anchor="latest"), 303)


# --- the simple complaint form --------------------------------------------------------------------


def _receipt_messages(receipt: FormReceipt, safety_text: str | None) -> list[OutgoingMessage]:
    told = OutgoingMessage(
        gettext(
            "Thank you. We have your complaint. Your reference is %(reference)s and your secret "
            "code is %(code)s. Keep them safe: you need both to check on your complaint. We "
            "will reply by %(due)s.",
            reference=receipt.reference,
            code=receipt.status_code,
            due=format_long_date(receipt.due_on, _language()),
        )
    )
    return [OutgoingMessage(safety_text), told] if safety_text else [told]


@bp.route("/complaint", methods=["GET", "POST"])
def complaint_form():
    if request.method == "GET" and RECEIPT_KEY in session:
        # Shown once, after Post/Redirect/Get; afterwards the transcript keeps what was said.
        receipt = session.pop(RECEIPT_KEY)
        return render_template("chat/complaint_sent.html", receipt=receipt), 200, NO_STORE
    form = ComplaintForm()
    if form.validate_on_submit():
        receipt = _submit_complaint(form)
        session[RECEIPT_KEY] = receipt
        return redirect(url_for("chat.pages.complaint_form"), 303)
    status = 400 if request.method == "POST" else 200
    bot_up = tellus().rasa.is_up()
    return render_template("chat/complaint.html", form=form, bot_up=bot_up), status, NO_STORE


def _submit_complaint(form: ComplaintForm) -> dict:
    services = tellus()
    settings = services.settings
    now = utcnow()
    with transaction(services.session_factory) as db:
        sender = current_sender()
        if not form_can_join(db, sender):
            # This chat's complaint was already sent: the form starts a new one.
            sender = secrets.token_urlsafe(24)
            session[SENDER_KEY] = sender
        receipt = do_submit_form_complaint(
            db,
            sender_id=sender,
            complaint=form.complaint(),
            now=now,
            recipients=safeguarding_recipients(db, settings.safeguarding_emails),
            case_url=lambda reference: f"{settings.public_url}/staff/cases/{reference}",
            language=_language(),
        )
        safety_text = (
            safety_message(
                language=_language(),
                adult=receipt.speaks_as_adult,
                now=now,
                staffed_hours=settings.staffed_hours,
            )
            if receipt.flagged
            else None
        )
        do_record_bot_messages(
            db, find_conversation(db, sender), _receipt_messages(receipt, safety_text)
        )
    if receipt.flagged:
        services.rasa.pause_in_background(sender)
    return {
        "reference": receipt.reference,
        "code": receipt.status_code,
        "due_on": format_long_date(receipt.due_on, _language()),
        "safety_text": safety_text,
    }


# --- language ------------------------------------------------------------------------------------


@bp.post("/language")
def choose_language():
    """The language picker (a plain form: no JavaScript needed). The conversation goes on where it
    was: the session keeps its id, the page and the bot switch from the next message on, and
    the case records the new language for staff."""
    language = supported_language(request.form.get("lang"))
    if language:
        session[LANGUAGE_KEY] = language
        sender = session.get(SENDER_KEY)
        if isinstance(sender, str) and SENDER_PATTERN.match(sender):
            with transaction(tellus().session_factory) as db:
                conversation = find_conversation(db, sender)
                if conversation is not None and conversation.mode != "closed":
                    do_follow_language(conversation, language)
    back = request.form.get("next")
    target = back if back in PICKER_RETURNS else url_for("chat.chat_page")
    return redirect(target + ("#latest" if target == "/" else ""), 303)


@dataclass(frozen=True)
class PageLanguage:
    code: str  # en, gd, pl, uk, ar
    html: str  # the lang attribute: en-GB, gd, ...
    direction: str  # ltr or rtl
    name: str  # in itself


def page_language() -> PageLanguage:
    code = _language()
    return PageLanguage(code, html_lang(code), text_direction(code), LANGUAGE_NAMES[code])


# --- preferences, theme and quick exit ------------------------------------------------------------


@bp.post("/preferences")
def preferences():
    """Easy read and read aloud, kept in the session cookie (cleared by quick exit)."""
    for name in PREFERENCES:
        value = request.form.get(name)
        if value in ("on", "off"):
            session[name] = value == "on"
    if request.form.get("js"):
        return "", 204, NO_STORE
    return redirect(url_for("chat.chat_page"), 303)


@bp.post("/exit")
# Exempt on purpose: a stale page (an expired CSRF token) must never stop someone leaving, and
# the worst a forged post can do is end a session.
@csrf.exempt
def quick_exit():
    session.clear()
    response = redirect(tellus().settings.exit_url, 303)
    response.headers.update(NO_STORE)
    # Storage only: "cookies" would clear every cookie of the body's whole domain, not just ours;
    # our one cookie is removed by the session's own Set-Cookie.
    response.headers["Clear-Site-Data"] = '"storage"'
    return response


def _luminance(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_colour_on(colour: str) -> str:
    """Black or white text on the body's colour: whichever contrasts more (WCAG's formula)."""
    lum = _luminance(colour)
    on_white = (1.05) / (lum + 0.05)
    on_black = (lum + 0.05) / (_luminance("#0b0c0c") + 0.05)
    return "#ffffff" if on_white >= on_black else "#0b0c0c"


@bp.get("/theme.css")
def theme():
    """The body's colour as a stylesheet, not an inline style, so a strict CSP can forbid those."""
    colour = tellus().settings.body_colour
    css = f":root {{ --accent: {colour}; --on-accent: {text_colour_on(colour)}; }}\n"
    return Response(css, mimetype="text/css", headers={"Cache-Control": "public, max-age=3600"})


@dataclass(frozen=True)
class Theme:
    body_name: str
    logo_url: str | None
    exit_url: str


@bp.app_context_processor
def page_context() -> dict:
    settings = tellus().settings
    return {
        "theme": Theme(settings.body_name, settings.logo_url, settings.exit_url),
        "preferences": {name: bool(session.get(name)) for name in PREFERENCES},
        "page_language": page_language(),
        "languages": [
            PageLanguage(code, html_lang(code), text_direction(code), name)
            for code, name in LANGUAGE_NAMES.items()
        ],
    }


@bp.errorhandler(CSRFError)
def stale_form(error: CSRFError):
    """A page left open too long: ask again kindly and keep what they wrote."""
    notice = gettext("Sorry, that took a while. Please check your answer and send it again.")
    if request.endpoint == "chat.pages.send_message":
        return render_chat_page(typed=request.form.get("message", ""), error=notice, status=400)
    if request.endpoint == "chat.pages.complaint_form":
        form = ComplaintForm()
        page = render_template(
            "chat/complaint.html", form=form, bot_up=tellus().rasa.is_up(), notice=notice
        )
        return page, 400, NO_STORE
    return redirect(url_for("chat.chat_page"), 303)
