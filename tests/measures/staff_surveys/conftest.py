"""A measures service on a database of its own, with a clock the test moves: for tests that
read every table, or run the closing worker, and must see no other test's campaign."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi import FastAPI
from starlette.testclient import TestClient

from services.measures.app import MIGRATIONS, create_app
from services.measures.settings import MeasuresSettings
from tests.support.services import migrated_client


@dataclass
class MovableClock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(datetime.now(UTC))


@pytest.fixture
def fresh_client(tmp_path: Path, clock: MovableClock) -> Iterator[TestClient]:
    def build(settings: MeasuresSettings) -> FastAPI:
        return create_app(settings, clock=clock)

    with migrated_client(
        label="surveys",
        folder=tmp_path,
        settings_cls=MeasuresSettings,
        create_app=build,
        migrations_dir=MIGRATIONS,
        staff_surveys_poll_seconds=3600,
    ) as client:
        yield client
