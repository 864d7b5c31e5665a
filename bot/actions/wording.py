"""The sentences actions compose themselves (the summary read back, a complaint's progress), in
the conversation's language and register, from the "bot" catalogues (bot/i18n.py).

Anything an action can say as a whole response lives in bot/domain.yml instead; what is here is
built from the person's answers. `wording_for(tracker)` is the one way in.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from bot import i18n
from bot.i18n import LANGUAGE_ENTITY, LANGUAGE_EXTRACTOR, Wording
from handoff.intake import IntakeAnswers
from tellus.i18n import supported_language


def conversation_language(tracker: Tracker) -> str:
    """The gateway's `lang` on the latest message, else the `language` slot, else English."""
    return i18n.conversation_language(
        slot=tracker.get_slot("language"),
        metadata=(tracker.latest_message or {}).get("metadata") or {},
    )


def chosen_language(tracker: Tracker) -> str | None:
    """A language the person picked with a language button in this message (not the one the
    gateway sends with every message: bot.components.language)."""
    for entity in tracker.latest_message.get("entities") or []:
        if (
            entity.get("entity") == LANGUAGE_ENTITY
            and entity.get("extractor") != LANGUAGE_EXTRACTOR
        ):
            return supported_language(entity.get("value"))
    return None


def wording_for(tracker: Tracker) -> Wording:
    return Wording(conversation_language(tracker), i18n.register_of(tracker.get_slot("register")))


def contact_sentence(method: str | None, detail: str | None, wording: Wording) -> str:
    """How we will get in touch, as a whole sentence per method (so each language can say
    "by email" or "in this chat" in its own grammar)."""
    _ = wording.gettext
    if detail:
        # Translators: %(detail)s is an email address, a phone number or a postal address.
        with_detail = {
            "email": _("We will email you at %(detail)s.", detail=detail),
            "phone": _("We will phone you on %(detail)s.", detail=detail),
            "text": _("We will send a text message to %(detail)s.", detail=detail),
            "letter": _("We will write to you at %(detail)s.", detail=detail),
            "in_person": _("We will set up a meeting with you through %(detail)s.", detail=detail),
            "via_trusted_adult": _("We will contact you through %(detail)s.", detail=detail),
        }
        if method in with_detail:
            return with_detail[method]
    without_detail = {
        "email": _("We will email you."),
        "phone": _("We will phone you."),
        "text": _("We will send you a text message."),
        "letter": _("We will write you a letter."),
        "in_person": _("We will set up a meeting with you."),
        "via_trusted_adult": _("We will contact you through an adult you trust."),
    }
    return without_detail.get(method or "chat", _("We will reply to you in this chat."))


def summary_text(answers: IntakeAnswers, wording: Wording) -> str:
    """What the person is asked to confirm, one line per point."""
    _, pgettext = wording.gettext, wording.pgettext
    adult = wording.adult
    lines = [
        pgettext("adult", "Here is a summary of your complaint.")
        if adult
        else pgettext("child", "Here is what you told me.")
    ]
    if answers.heads_of_complaint:
        lines.append(
            # Translators: a numbered list of the person's own points follows, one per line.
            pgettext("adult", "Your complaint is that:")
            if adult
            else pgettext("child", "You are unhappy that:")
        )
        lines += [f"{n}. {head}" for n, head in enumerate(answers.heads_of_complaint, start=1)]
    else:
        # Translators: %(story)s is the person's own words, not translated.
        lines.append(_("What happened: %(story)s", story=answers.summary))
    if answers.outcomes_sought:
        outcome = "; ".join(answers.outcomes_sought)
        lines.append(
            # Translators: %(outcome)s is the person's own words, not translated.
            pgettext("adult", "Outcome you want: %(outcome)s", outcome=outcome)
            if adult
            else pgettext("child", "You would like: %(outcome)s", outcome=outcome)
        )
    lines.append(contact_sentence(answers.contact_method, answers.contact_detail, wording))
    lines.append(
        pgettext("adult", "Shall I submit it?") if adult else pgettext("child", "Shall I send it?")
    )
    return "\n".join(lines)


def progress_sentences(
    *, reference: str, status: str, stage: str, due_on: str | None, wording: Wording
) -> dict[str, Any]:
    """The three sentences of utter_status: where the complaint is, its stage, its next date."""
    _ = wording.gettext
    statuses = {
        "draft": _("Your complaint %(reference)s has not been sent yet.", reference=reference),
        "new": _(
            "Your complaint %(reference)s is waiting for someone to look at it.",
            reference=reference,
        ),
        "handoff": _(
            "Your complaint %(reference)s is with a member of staff.", reference=reference
        ),
        "in_progress": _("We are looking at your complaint %(reference)s.", reference=reference),
        "awaiting_complainant": _(
            "Your complaint %(reference)s is waiting for an answer from you.", reference=reference
        ),
        "closed": _("Your complaint %(reference)s is finished.", reference=reference),
        "withdrawn": _("Your complaint %(reference)s was stopped.", reference=reference),
    }
    stages = {
        "stage_1": _("It is at Stage 1. This is where we try to sort things out fast."),
        "stage_2": _("It is at Stage 2. This is where we look at it again, more closely."),
        "spso": _("It is with the SPSO."),
    }
    due = ""
    if due_on and status not in ("closed", "withdrawn"):
        # Translators: %(date)s is a date already written in your language.
        due = _("We aim to reply by %(date)s.", date=due_on)
    return {
        "status_sentence": statuses.get(status, statuses["new"]),
        "stage_sentence": stages.get(stage, ""),
        "due_sentence": due,
    }
