"""The action server's connection to the case store, made on first use (not at import)."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.orm import sessionmaker

from handoff.db import make_engine, make_session_factory
from tellus.config import load_settings


@lru_cache(maxsize=1)
def session_factory() -> sessionmaker:
    return make_session_factory(make_engine(load_settings().database_url))
