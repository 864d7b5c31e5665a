"""Production mode for real: PostgreSQL for cases and Rasa's tracker store, Redis as Rasa's lock
store, and two Rasa servers behind the gateway. Started once for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from handoff.migrate import upgrade
from tellus.config import Settings, load_settings
from tellus.supervisor import Supervisor, build_services
from tellus.training import train_if_stale
from tests.ports import free_port, free_port_pair
from tests.postgres import REDIS_URL, fresh_database, needs_postgres, needs_redis

pytestmark = [needs_postgres, needs_redis]


@pytest.fixture(scope="session")
def production(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, Supervisor]]:
    with fresh_database("tellus_production") as database_url:
        settings = load_settings(
            {
                "TELLUS_VAR_DIR": str(tmp_path_factory.mktemp("production-var")),
                "DATABASE_URL": database_url,
                "REDIS_URL": REDIS_URL,
                "RASA_REPLICAS": "2",
                "PORT": str(free_port()),
                "RASA_PORT": str(free_port_pair()),
                "ACTIONS_PORT": str(free_port()),
            }
        )
        upgrade(settings.database_url)
        model = train_if_stale(load_settings())
        supervisor = Supervisor(build_services(settings, model, web_workers=1))
        supervisor.start()
        try:
            yield settings, supervisor
        finally:
            supervisor.stop()
