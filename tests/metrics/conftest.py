"""metrics' tests drive the feed consumers themselves (``sync_once``), so the shared app runs
without background consumers: nothing polls a peer that is not there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from services.metrics.app import MIGRATIONS, create_app
from services.metrics.settings import MetricsSettings
from tests.support.services import migrated_client


@pytest.fixture(scope="session")
def metrics_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with migrated_client(
        label="metrics",
        folder=tmp_path_factory.mktemp("metrics"),
        settings_cls=MetricsSettings,
        create_app=create_app,
        migrations_dir=MIGRATIONS,
        consumer_enabled=False,
    ) as client:
        yield client
