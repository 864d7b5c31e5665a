"""The simple complaint form (Flask-WTF: it carries a CSRF token like every form here).

What it accepts, the database also enforces: the closed choices come from handoff.vocabulary
(CHECK constraints on `cases`), and the lengths match the columns (`contact_detail` is 254).
"""

from __future__ import annotations

import re

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, StopValidation, ValidationError

from handoff.form_intake import FormComplaint
from handoff.vocabulary import AGE_BANDS, COMPLAINANT_ROLES, CONTACT_METHODS
from web.chat.requests import MAX_MESSAGE_CHARS

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# UK numbers as people type them: 07700 900123, +44 7700 900123, (0141) 287 2000.
UK_PHONE = re.compile(r"^(?:\+44|0044|0)\d{9,10}$")

ROLE_CHOICES = [
    ("child", _l("I'm a child or young person (under 18)")),
    ("parent_carer", _l("I'm a parent or carer")),
    ("advocate", _l("I'm helping a young person")),
    ("other_adult", _l("I'm another adult")),
    ("professional", _l("I'm a professional")),
    ("unknown", _l("I'd rather not say")),
]
AGE_CHOICES = [
    ("under_12", _l("Under 12")),
    ("12_15", _l("12 to 15")),
    ("16_17", _l("16 or 17")),
    ("adult", _l("18 or over")),
    ("unknown", _l("I'd rather not say")),
]
CONTACT_CHOICES = [
    ("email", _l("Email")),
    ("phone", _l("Phone call")),
    ("text", _l("Text message")),
    ("letter", _l("Letter")),
    ("via_trusted_adult", _l("Through an adult I trust")),
]
# The form offers a subset of each vocabulary; a choice outside it could not be stored.
assert {value for value, _ in ROLE_CHOICES} <= set(COMPLAINANT_ROLES)
assert {value for value, _ in AGE_CHOICES} <= set(AGE_BANDS)
assert {value for value, _ in CONTACT_CHOICES} <= set(CONTACT_METHODS)


class OneOf:
    """Like AnyOf, with one clear message and no second "Not a valid choice" beside it."""

    def __init__(self, choices: list[tuple[str, object]], message: str) -> None:
        self.values = {value for value, _ in choices}
        self.message = message

    def __call__(self, form: FlaskForm, field: RadioField) -> None:
        if field.data not in self.values:
            raise StopValidation(self.message)


class ComplaintForm(FlaskForm):
    what_happened = TextAreaField(
        _l("What happened?"),
        validators=[
            InputRequired(_l("Tell us what happened.")),
            Length(
                max=MAX_MESSAGE_CHARS,
                message=_l(
                    "Please keep this to %(max)d characters or fewer. You can tell us the "
                    "rest later.",
                    max=MAX_MESSAGE_CHARS,
                ),
            ),
        ],
    )
    contact_method = RadioField(
        _l("How should we contact you?"),
        choices=CONTACT_CHOICES,
        validate_choice=False,
        validators=[OneOf(CONTACT_CHOICES, _l("Choose how we should contact you."))],
    )
    contact_detail = StringField(
        _l("Your email address, phone number or address"),
        validators=[
            InputRequired(_l("Tell us how to reach you.")),
            Length(max=254, message=_l("Please keep this to 254 characters or fewer.")),
        ],
    )
    complainant_role = RadioField(
        _l("Who are you? (you don't have to say)"),
        choices=ROLE_CHOICES,
        default="unknown",
        validate_choice=False,
        validators=[OneOf(ROLE_CHOICES, _l("Choose one of the answers, or leave it."))],
    )
    age_band = RadioField(
        _l("How old are you? (you don't have to say)"),
        choices=AGE_CHOICES,
        default="unknown",
        validate_choice=False,
        validators=[OneOf(AGE_CHOICES, _l("Choose one of the answers, or leave it."))],
    )

    def validate_what_happened(self, field: TextAreaField) -> None:
        if not (field.data or "").strip():
            raise ValidationError(_l("Tell us what happened."))

    def validate_contact_detail(self, field: StringField) -> None:
        detail = (field.data or "").strip()
        method = self.contact_method.data
        if not detail:
            raise ValidationError(_l("Tell us how to reach you."))
        if method == "email" and not EMAIL.match(detail):
            raise ValidationError(_l("Enter an email address like name@example.com."))
        if method in ("phone", "text") and not UK_PHONE.match(re.sub(r"[\s()\-.]", "", detail)):
            raise ValidationError(_l("Enter a UK phone number, like 07700 900123."))
        if method == "letter" and len(detail) < 10:
            raise ValidationError(_l("Enter your address and postcode."))

    def complaint(self) -> FormComplaint:
        return FormComplaint(
            what_happened=self.what_happened.data.strip(),
            contact_method=self.contact_method.data,
            contact_detail=self.contact_detail.data.strip(),
            complainant_role=self.complainant_role.data or "unknown",
            age_band=self.age_band.data or "unknown",
        )
