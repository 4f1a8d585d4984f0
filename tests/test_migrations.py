"""Each service's Alembic history is reversible and produces exactly its models' schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, inspect

from harness.databases import throwaway_database
from services.intake import models as intake_models
from services.intake.app import MIGRATIONS as INTAKE
from services.measures import models as measures_models
from services.measures.app import MIGRATIONS as MEASURES
from services.metrics import models as metrics_models
from services.metrics.app import MIGRATIONS as METRICS
from shared.db import make_engine
from shared.migrations import current_heads, downgrade, script_heads, upgrade

HISTORIES: dict[str, tuple[Path, MetaData]] = {
    "intake": (INTAKE, intake_models.metadata),
    "measures": (MEASURES, measures_models.metadata),
    "metrics": (METRICS, metrics_models.metadata),
}


@pytest.mark.parametrize("service", sorted(HISTORIES))
def test_upgrade_downgrade_upgrade_and_no_drift(service: str, tmp_path: Path) -> None:
    migrations, metadata = HISTORIES[service]
    with throwaway_database(f"mig_{service}", tmp_path) as url:
        upgrade(migrations, url)
        downgrade(migrations, url, "base")
        engine = make_engine(url)
        try:
            assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
            upgrade(migrations, url)
            assert current_heads(engine) == script_heads(migrations)
            with engine.connect() as connection:
                diff = compare_metadata(MigrationContext.configure(connection), metadata)
            assert diff == [], f"{service}'s models and migrations disagree: {diff}"
        finally:
            engine.dispose()


def test_each_history_sees_only_its_own_tables() -> None:
    tables = {name: set(metadata.tables) for name, (_, metadata) in HISTORIES.items()}
    shared_shapes = {
        "idempotency_keys",
        "feed_events",
        "audit_log",
        "webhooks",
        "webhook_deliveries",
    }
    for name, mine in tables.items():
        for other, theirs in tables.items():
            if other != name:
                assert not (mine & theirs) - shared_shapes, (name, other)
    assert len({id(metadata) for _, metadata in HISTORIES.values()}) == 3
