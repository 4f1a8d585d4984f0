"""Fixtures shared by the whole suite: one migrated database and client per service per session.

Tests stay independent without rebuilding databases: each test acts for its own random org,
and every query is scoped to the caller's org.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from harness.log_audit import AuditHandler
from services.intake.app import MIGRATIONS as INTAKE_MIGRATIONS
from services.intake.app import create_app as create_intake
from services.intake.settings import IntakeSettings
from services.measures.app import MIGRATIONS as MEASURES_MIGRATIONS
from services.measures.app import create_app as create_measures
from services.measures.settings import MeasuresSettings
from services.metrics.app import MIGRATIONS as METRICS_MIGRATIONS
from services.metrics.app import create_app as create_metrics
from services.metrics.settings import MetricsSettings
from tests.support.services import migrated_client

SERVICES = {
    "intake": (IntakeSettings, create_intake, INTAKE_MIGRATIONS),
    "measures": (MeasuresSettings, create_measures, MEASURES_MIGRATIONS),
    "metrics": (MetricsSettings, create_metrics, METRICS_MIGRATIONS),
}


_LOG_AUDIT = AuditHandler()
logging.getLogger().addHandler(_LOG_AUDIT)


@pytest.fixture(autouse=True)
def _logs_follow_the_rules() -> Iterator[None]:
    """Whatever a test makes the services log keeps to the logging rules (log_audit.py)."""
    already = len(_LOG_AUDIT.found)
    yield
    broken = _LOG_AUDIT.found[already:]
    assert not broken, "log lines break the logging rules:\n" + "\n".join(broken[:20])


def _client(name: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings_cls, create_app, migrations = SERVICES[name]
    with migrated_client(
        label=name,
        folder=tmp_path_factory.mktemp(name),
        settings_cls=settings_cls,
        create_app=create_app,
        migrations_dir=migrations,
    ) as client:
        yield client


@pytest.fixture(scope="session")
def intake_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    yield from _client("intake", tmp_path_factory)


@pytest.fixture(scope="session")
def measures_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    yield from _client("measures", tmp_path_factory)


@pytest.fixture(scope="session")
def metrics_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    yield from _client("metrics", tmp_path_factory)


@pytest.fixture(params=sorted(SERVICES))
def any_client(request: pytest.FixtureRequest) -> TestClient:
    """Each service in turn, for behaviour every service shares."""
    return request.getfixturevalue(f"{request.param}_client")


@pytest.fixture
def org() -> str:
    """A fresh tenant for this test, so tests never see each other's rows."""
    return f"org-{uuid.uuid4().hex[:12]}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, skip what touches no database: CI runs the suite on SQLite first, and a
    pure statistic or schema test would only run again, unchanged (a minute of CI)."""
    if not os.environ.get("TEST_DATABASE_URL"):
        return
    once = pytest.mark.skip(reason="touches no database: it ran in the SQLite suite")
    for item in items:
        if item.get_closest_marker("no_database") is not None:
            item.add_marker(once)
