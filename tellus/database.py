"""Each process's way into the database, built from its settings in one place."""

from __future__ import annotations

from sqlalchemy.orm import sessionmaker

from handoff.complainant_notices import set_up_notices
from handoff.db import make_engine, make_session_factory
from tellus.config import Settings


def connect(settings: Settings) -> sessionmaker:
    """Sessions on DATABASE_URL, with personal data decrypted by TELLUS_DATA_KEY and complainant
    notices told which channels this body has set up."""
    factory = make_session_factory(make_engine(settings.database_url, data_key=settings.data_key))
    set_up_notices(factory, settings)
    return factory
