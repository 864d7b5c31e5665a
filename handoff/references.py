"""Case references and status codes that a child can read aloud and type on a phone.

The alphabet leaves out letters and digits that are easily confused (0/O, 1/I/L, 2/Z, 5/S, 8/B).
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
REFERENCE_PREFIX = "TU"
_SEPARATORS = re.compile(r"[\s\-_.]+")


def new_reference() -> str:
    """`TU-XXXX-XXXX`: 25**8 (about 1.5e11) values, so a guess almost never lands on a real case."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"{REFERENCE_PREFIX}-{body[:4]}-{body[4:]}"


def new_status_code() -> str:
    """Six characters: short enough to note down, checked only together with the reference."""
    return "".join(secrets.choice(ALPHABET) for _ in range(6))


def normalise_reference(typed: str) -> str:
    """Accepts what people type: lower case, spaces or no dashes (`tu 7kq4 m2xp`, `TU7KQ4M2XP`)."""
    compact = _SEPARATORS.sub("", typed).upper()
    if compact.startswith(REFERENCE_PREFIX):
        compact = compact[len(REFERENCE_PREFIX) :]
    if len(compact) != 8:
        return compact
    return f"{REFERENCE_PREFIX}-{compact[:4]}-{compact[4:]}"


def normalise_status_code(typed: str) -> str:
    return _SEPARATORS.sub("", typed).upper()
