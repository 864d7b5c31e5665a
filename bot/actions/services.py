"""The action server's settings and connection to the case store, made on first use."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.orm import sessionmaker

from tellus.config import Settings, load_settings
from tellus.database import connect


@lru_cache(maxsize=1)
def settings() -> Settings:
    return load_settings()


@lru_cache(maxsize=1)
def session_factory() -> sessionmaker:
    return connect(settings())
