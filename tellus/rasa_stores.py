"""Where Rasa keeps conversations (tracker store) and how its servers take turns (lock store).

Conversations live in the project's own database: SQLite under var/ by default (so a restarted
Rasa server picks a conversation up where it was), PostgreSQL in production. With more than one
Rasa server the lock store must be shared, in Redis, so two servers never handle the same
conversation's messages at once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import make_url

from tellus.config import Settings


def rasa_stores(settings: Settings) -> dict[str, Any]:
    stores: dict[str, Any] = {"tracker_store": tracker_store(settings)}
    if settings.redis_url:
        stores["lock_store"] = lock_store(settings.redis_url)
    return stores


def tracker_store(settings: Settings) -> dict[str, Any]:
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite":
        # A file of its own: Rasa's writes never wait on the gateway's case writes.
        return {
            "type": "bot.tracker_store.TellUsTrackerStore",  # see module
            "dialect": "sqlite",
            "db": str(settings.var_dir / "rasa" / "tracker.db"),
        }
    store = {
        "type": "bot.tracker_store.TellUsTrackerStore",
        "dialect": url.drivername,
        "url": url.host or "localhost",  # Rasa passes `url` on as the host
        "db": url.database,
        "username": url.username,
        "password": url.password,
    }
    if url.port:
        store["port"] = url.port
    return {key: value for key, value in store.items() if value is not None}


def lock_store(redis_url: str) -> dict[str, Any]:
    url = make_url(redis_url)
    store = {
        "type": "redis",
        "url": url.host or "localhost",
        "port": url.port or 6379,
        "db": int(url.database or 0),
        "password": url.password,
        "use_ssl": url.drivername == "rediss",
    }
    return {key: value for key, value in store.items() if value is not None}
