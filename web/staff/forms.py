"""Staff forms (Flask-WTF: every form carries a CSRF token).

The admin forms' limits follow the staff_members columns (handoff.staff names them), and their
choices come from handoff.vocabulary, which the database's CHECK constraints also read.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from handoff.staff import MAX_EMAIL_CHARS, MAX_NAME_CHARS, MAX_TEAM_CHARS, MINIMUM_PASSWORD_LENGTH
from handoff.vocabulary import STAFF_ROLES

MAX_CLOSURE_REASON_CHARS = 200  # closure_days.reason

ROLE_CHOICES = [
    ("handler", _l("Complaints handler")),
    ("safeguarding_lead", _l("Safeguarding lead")),
    ("admin", _l("Administrator")),
]
assert [value for value, _ in ROLE_CHOICES] == list(STAFF_ROLES)


class LoginForm(FlaskForm):
    email = EmailField(
        _l("Email"),
        validators=[DataRequired(_l("Enter your email address.")), Length(max=MAX_EMAIL_CHARS)],
        render_kw={"autocomplete": "username"},
    )
    password = PasswordField(
        _l("Password"),
        validators=[DataRequired(_l("Enter your password.")), Length(max=1024)],
        render_kw={"autocomplete": "current-password"},
    )


class AddStaffForm(FlaskForm):
    email = EmailField(
        _l("Email"),
        validators=[InputRequired(_l("Enter the email address.")), Length(max=MAX_EMAIL_CHARS)],
        render_kw={"autocomplete": "off"},
    )
    display_name = StringField(
        _l("Name (optional)"), validators=[Optional(), Length(max=MAX_NAME_CHARS)]
    )
    team = StringField(_l("Team (optional)"), validators=[Optional(), Length(max=MAX_TEAM_CHARS)])
    role = SelectField(_l("Role"), choices=ROLE_CHOICES, validators=[InputRequired()])
    password = PasswordField(
        _l("Initial password"),
        description=_l(
            "At least %(count)d characters. Give it to the person in a safe way.",
            count=MINIMUM_PASSWORD_LENGTH,
        ),
        validators=[
            InputRequired(_l("Enter an initial password.")),
            Length(
                min=MINIMUM_PASSWORD_LENGTH,
                max=1024,
                message=_l(
                    "The password must be at least %(count)d characters.",
                    count=MINIMUM_PASSWORD_LENGTH,
                ),
            ),
        ],
        render_kw={"autocomplete": "new-password"},
    )


class ClosureDayForm(FlaskForm):
    day = DateField(
        _l("Date"),
        description=_l("For example 2026-12-24."),
        validators=[InputRequired(_l("Enter the date as year-month-day."))],
    )
    reason = StringField(
        _l("Reason"),
        description=_l("For example: offices closed for the winter break."),
        validators=[
            InputRequired(_l("Say why the body is closed that day.")),
            Length(max=MAX_CLOSURE_REASON_CHARS),
        ],
    )


class RemoveClosureDayForm(FlaskForm):
    day = DateField(_l("Date"), validators=[InputRequired()])


class AuditFilterForm(FlaskForm):
    """Read from the query string: a search changes nothing, so it needs no CSRF token and can
    be bookmarked."""

    class Meta:
        csrf = False

    email = StringField(_l("Staff email"), validators=[Optional(), Length(max=MAX_EMAIL_CHARS)])
    reference = StringField(_l("Case reference"), validators=[Optional(), Length(max=40)])
    action = StringField(
        _l("Action"),
        description=_l("An action such as staff.login, or the start of one such as case."),
        validators=[Optional(), Length(max=48)],
    )
