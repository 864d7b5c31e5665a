"""Text the actions compose from answers (the summary read back), from the message catalogs."""

from __future__ import annotations

from rasa_sdk import Tracker

from handoff.intake import IntakeAnswers
from tellus.i18n import translations

SUPPORTED_LANGUAGES = ("en", "gd", "pl", "uk", "ar")


def conversation_language(tracker: Tracker) -> str:
    """The language chosen in the chat (a slot) or sent by the client (message metadata)."""
    chosen = tracker.get_slot("language")
    sent = (tracker.latest_message.get("metadata") or {}).get("lang")
    for language in (chosen, sent):
        if language in SUPPORTED_LANGUAGES:
            return language
    return "en"


def contact_method_label(method: str | None, language: str) -> str:
    _ = translations(language).gettext
    labels = {
        "chat": _("this chat"),
        "email": _("email"),
        "phone": _("a phone call"),
        "text": _("text message"),
        "letter": _("letter"),
        "in_person": _("meeting in person"),
        "via_trusted_adult": _("an adult you trust"),
    }
    return labels.get(method or "chat", labels["chat"])


def summary_text(answers: IntakeAnswers, language: str, register: str | None) -> str:
    _ = translations(language).gettext
    adult = register == "adult"
    lines = [_("Here is a summary of your complaint.") if adult else _("Here is what you told me.")]
    if answers.heads_of_complaint:
        lines.append(_("Your complaint is that:") if adult else _("You are unhappy that:"))
        lines += [f"{n}. {head}" for n, head in enumerate(answers.heads_of_complaint, start=1)]
    else:
        lines.append(_("What happened: %(story)s") % {"story": answers.summary})
    if answers.outcomes_sought:
        lines.append(
            (_("Outcome you want: %(outcome)s") if adult else _("You would like: %(outcome)s"))
            % {"outcome": "; ".join(answers.outcomes_sought)}
        )
    method = contact_method_label(answers.contact_method, language)
    if answers.contact_detail:
        lines.append(
            _("We will contact you by %(method)s: %(detail)s")
            % {"method": method, "detail": answers.contact_detail}
        )
    else:
        lines.append(_("We will contact you by %(method)s.") % {"method": method})
    lines.append(_("Shall I send it?") if not adult else _("Shall I submit it?"))
    return "\n".join(lines)
