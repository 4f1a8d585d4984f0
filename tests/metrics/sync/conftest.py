"""A migrated metrics database of the consumer tests' own (rebuilds and leases touch every
org's rows, so they never share the suite's metrics database)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import upgrade


@pytest.fixture(scope="module")
def fact_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    with throwaway_database("metrics_facts", tmp_path_factory.mktemp("facts")) as url:
        upgrade(MIGRATIONS, url)
        engine = make_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()
