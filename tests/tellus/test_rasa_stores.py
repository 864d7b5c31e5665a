"""Rasa's tracker and lock stores follow DATABASE_URL and REDIS_URL."""

from tellus.config import load_settings
from tellus.rasa_stores import rasa_stores


def test_the_embedded_default_keeps_conversations_in_a_sqlite_file_under_var(tmp_path) -> None:
    stores = rasa_stores(load_settings({"TELLUS_VAR_DIR": str(tmp_path)}))
    assert stores == {
        "tracker_store": {
            "type": "bot.tracker_store.TellUsTrackerStore",
            "dialect": "sqlite",
            "db": str(tmp_path / "rasa" / "tracker.db"),
        }
    }


def test_production_uses_postgresql_and_redis(tmp_path) -> None:
    settings = load_settings(
        {
            "TELLUS_VAR_DIR": str(tmp_path),
            "DATABASE_URL": "postgresql://tellus:s%40cret@db.internal:6543/tellus",
            "REDIS_URL": "redis://:pw@cache.internal:6380/2",
            "RASA_REPLICAS": "3",
        }
    )
    assert rasa_stores(settings) == {
        "tracker_store": {
            "type": "bot.tracker_store.TellUsTrackerStore",
            "dialect": "postgresql",
            "url": "db.internal",
            "port": 6543,
            "db": "tellus",
            "username": "tellus",
            "password": "s@cret",
        },
        "lock_store": {
            "type": "redis",
            "url": "cache.internal",
            "port": 6380,
            "db": 2,
            "password": "pw",
            "use_ssl": False,
        },
    }
