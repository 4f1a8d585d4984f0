"""The attacked deployment: intake and metrics on throwaway databases of their own, the org's
quarter posted to intake over HTTP and pulled into metrics through intake's feed (the consumer
run synchronously, as the other metrics tests drive it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from starlette.testclient import TestClient

from services.intake.app import MIGRATIONS as INTAKE_MIGRATIONS
from services.intake.app import create_app as create_intake
from services.intake.settings import IntakeSettings
from services.metrics.app import MIGRATIONS as METRICS_MIGRATIONS
from services.metrics.app import create_app as create_metrics
from services.metrics.clients import FeedClient
from services.metrics.settings import MetricsSettings
from services.metrics.sync.consumer import sync_once
from shared.auth import issue_local_token
from tests.metrics.disclosure.synthetic import Truth, build, post
from tests.support.services import migrated_client

ORG = "org-attacked"


@dataclass(frozen=True)
class Deployment:
    metrics: TestClient
    truth: Truth


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    folder = tmp_path_factory.mktemp("disclosure")
    with (
        migrated_client(
            label="disclosure_intake", folder=folder, settings_cls=IntakeSettings,
            create_app=create_intake, migrations_dir=INTAKE_MIGRATIONS,
        ) as intake,
        migrated_client(
            label="disclosure_metrics", folder=folder, settings_cls=MetricsSettings,
            create_app=create_metrics, migrations_dir=METRICS_MIGRATIONS,
            consumer_enabled=False,
        ) as metrics,
    ):  # fmt: skip
        truth = build(ORG)
        post(intake, truth)
        token = issue_local_token(org="platform", scope="feed:read feed:all")
        feed = FeedClient(
            source="intake", base_url=str(intake.base_url), http=intake, token=lambda: token
        )
        sync_once(
            engine=metrics.app.state.engine,  # type: ignore[attr-defined]
            clients={"intake": feed},
            settings=metrics.app.state.settings,  # type: ignore[attr-defined]
            sources=("intake",),
        )
        yield Deployment(metrics, truth)
