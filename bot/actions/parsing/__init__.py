"""Plain functions that turn what people type into the case record's closed values.

Each returns None when it cannot tell: the caller then asks again (with buttons), never guesses.
"""

from bot.actions.parsing.contact import (
    parse_contact_method,
    parse_email,
    parse_mobile,
    parse_postal_address,
    parse_uk_phone,
)
from bot.actions.parsing.needs import (
    ADJUSTMENT_LABELS,
    heads_from_story,
    parse_adjustments,
    parse_urgency,
)
from bot.actions.parsing.people import (
    age_band_for,
    parse_age_band,
    parse_involve,
    parse_name,
    parse_role,
)
from bot.actions.parsing.services import (
    OTHER_ORGANISATIONS,
    parse_other_organisation,
    parse_service_area,
    parse_service_area_choice,
)
from bot.actions.parsing.words import parse_yes_no

__all__ = [
    "ADJUSTMENT_LABELS",
    "OTHER_ORGANISATIONS",
    "age_band_for",
    "heads_from_story",
    "parse_adjustments",
    "parse_age_band",
    "parse_contact_method",
    "parse_email",
    "parse_involve",
    "parse_mobile",
    "parse_name",
    "parse_other_organisation",
    "parse_postal_address",
    "parse_role",
    "parse_service_area",
    "parse_service_area_choice",
    "parse_uk_phone",
    "parse_urgency",
    "parse_yes_no",
]
