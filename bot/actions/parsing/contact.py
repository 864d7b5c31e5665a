"""How to contact the person, and checking the detail for that method."""

from __future__ import annotations

import re

from bot.actions.parsing.words import first_match

# ---- contact ---------------------------------------------------------------------------------

_CONTACT_METHODS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "via_trusted_adult",
        ("trusted adult", "through an adult", "through my", "via my", "ask my", "tell my"),
    ),
    ("text", ("text message", "texting", "text me", "txt", "sms", "text", "texts")),
    ("email", ("e-mail", "email", "e mail", "mail me", "gmail", "hotmail", "outlook")),
    ("phone", ("phone", "call", "ring", "mobile", "telephone", "fone", "phone call")),
    ("letter", ("letter", "post", "write to", "by post", "letters")),
    ("in_person", ("in person", "face to face", "meet", "visit", "see someone", "meeting")),
    ("chat", ("this chat", "chat", "here", "online", "on here", "this")),
)


def parse_contact_method(typed: str) -> str | None:
    """The contact method a person named, or None when we cannot tell."""
    if "@" in typed:
        return "email"
    return first_match(typed, _CONTACT_METHODS)


_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def parse_email(typed: str) -> str | None:
    found = _EMAIL.search(typed.strip())
    return found.group(0).lower() if found else None


def parse_uk_phone(typed: str) -> str | None:
    """A UK phone number in the national form `07700 900123`, from any usual way of typing it."""
    digits = re.sub(r"[^\d+]", "", typed)
    if digits.startswith("+44"):
        digits = "0" + digits[3:]
    elif digits.startswith("0044"):
        digits = "0" + digits[4:]
    elif digits.startswith("44") and len(digits) == 12:
        digits = "0" + digits[2:]
    if digits.startswith("0(0"):
        digits = "0" + digits[3:]
    if not re.fullmatch(r"0[1-9]\d{8,9}", digits):
        return None
    if digits.startswith("07"):
        return f"{digits[:5]} {digits[5:]}"
    return f"{digits[:4]} {digits[4:7]} {digits[7:]}" if len(digits) == 11 else digits


def parse_mobile(typed: str) -> str | None:
    """A UK mobile number (texts can only go to mobiles)."""
    number = parse_uk_phone(typed)
    return number if number and number.startswith("07") else None


_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", re.IGNORECASE)


def parse_postal_address(typed: str) -> str | None:
    """An address with a UK postcode; kept as typed, tidied of extra spaces."""
    tidy = " ".join(typed.split())
    return tidy if _POSTCODE.search(tidy) and len(tidy) >= 10 else None
