"""The migrations build exactly the schema the models describe, and can be undone, on SQLite
and on PostgreSQL."""

from collections.abc import Iterator
from datetime import datetime, timezone

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select, text

from handoff.db import make_engine, make_session_factory
from handoff.migrate import alembic_config, upgrade
from handoff.models import Case, metadata
from tests.handoff.conftest import BACKENDS
from tests.postgres import fresh_database


@pytest.fixture(params=BACKENDS)
def empty_database(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'schema.db'}"
        return
    with fresh_database() as url:
        yield url


def test_migrations_match_the_models(empty_database) -> None:
    upgrade(empty_database)
    engine = create_engine(empty_database, future=True)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    assert differences == []


def test_migrations_downgrade_to_nothing_and_back(empty_database) -> None:
    config = alembic_config(empty_database)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    command.upgrade(config, "head")


def test_personal_data_already_stored_is_encrypted_by_the_upgrade(empty_database) -> None:
    config = alembic_config(empty_database, data_key="a test data key")
    command.upgrade(config, "0004")
    engine = create_engine(empty_database, future=True)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (reference, created_at, updated_at, channel, language,"
                " complainant_role, age_band, complainant_name, child_friendly, service_area,"
                " summary, heads_of_complaint, outcomes_sought, adjustments, involve,"
                " involved_services, safeguarding_flagged, safeguarding_severity,"
                " safeguarding_categories, priority, stage, status)"
                " VALUES ('TU-AAAA-AAAA', :now, :now, 'web_chat', 'en', 'child', '12_15',"
                " 'Robin', false, 'education', 'The bus is late', '[\"the bus\"]', '[]',"
                " '[]', '[]', '[]', false, 'none', '[]', 'normal', 'stage_1', 'draft')"
            ),
            {"now": datetime(2026, 11, 26, tzinfo=timezone.utc)},
        )

    with pytest.raises(RuntimeError, match="TELLUS_DATA_KEY"):
        command.upgrade(alembic_config(empty_database), "head")
    command.upgrade(config, "head")

    with engine.connect() as connection:
        stored = connection.execute(text("SELECT complainant_name, summary FROM cases")).one()
    assert "Robin" not in stored[0] and "bus" not in stored[1]
    keyed = make_engine(empty_database, data_key="a test data key")
    with make_session_factory(keyed)() as session:
        case = session.execute(select(Case)).scalar_one()
        assert (case.complainant_name, case.summary) == ("Robin", "The bus is late")
        assert case.heads_of_complaint == ["the bus"]
    keyed.dispose()

    command.downgrade(config, "0004")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT complainant_name FROM cases")).scalar() == "Robin"
    engine.dispose()
