"""Production mode for real: PostgreSQL for cases and Rasa's tracker store, Redis as Rasa's lock
store, and two Rasa servers behind the gateway. Started once for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from handoff.migrate import upgrade
from tellus.config import Settings, load_settings
from tellus.supervisor import Supervisor, build_services
from tellus.training import train_if_stale
from tests.e2e.conftest import SAFEGUARDING_LEAD, tellus_cli
from tests.ports import free_port, free_port_pair
from tests.postgres import REDIS_URL, fresh_database, needs_postgres, needs_redis
from tests.smtp import Inbox

pytestmark = [needs_postgres, needs_redis]


@pytest.fixture(scope="session")
def production(
    tmp_path_factory: pytest.TempPathFactory, mail: tuple[str, Inbox]
) -> Iterator[tuple[Settings, Supervisor]]:
    smtp_url, _ = mail
    with fresh_database("tellus_production") as database_url:
        web_port, actions_port = free_port(), free_port()
        settings = load_settings(
            {
                "TELLUS_VAR_DIR": str(tmp_path_factory.mktemp("production-var")),
                "DATABASE_URL": database_url,
                "REDIS_URL": REDIS_URL,
                "RASA_REPLICAS": "2",
                "PORT": str(web_port),
                "RASA_PORT": str(free_port_pair(taken=(web_port, actions_port))),
                "ACTIONS_PORT": str(actions_port),
                "TELLUS_SMTP_URL": smtp_url,
                "TELLUS_SAFEGUARDING_EMAIL": SAFEGUARDING_LEAD,
            }
        )
        upgrade(settings.database_url, data_key=settings.data_key)
        model = train_if_stale(load_settings())
        supervisor = Supervisor(build_services(settings, model, web_workers=1))
        supervisor.start()
        try:
            yield settings, supervisor
        finally:
            supervisor.stop()


@pytest.fixture(scope="session")
def production_web_url(production: tuple[Settings, Supervisor]) -> str:
    return f"http://127.0.0.1:{production[0].web_port}"


@pytest.fixture(scope="session")
def production_staff_headers(production: tuple[Settings, Supervisor]) -> dict[str, str]:
    settings, _ = production
    tellus_cli(
        settings,
        "staff",
        "add",
        "handler@council.example",
        "--role",
        "handler",
        stdin="a long enough password\n",
    )
    token = tellus_cli(settings, "staff", "token", "handler@council.example")
    return {"Authorization": f"Bearer {token}"}
