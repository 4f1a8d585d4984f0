"""Two organisations' safety-loop feeds, applied once to a migrated database of these tests'
own (SQLite, or PostgreSQL with ``TEST_DATABASE_URL``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from services.metrics.sync.apply import apply_events
from shared.db import make_engine
from shared.feed import FeedEvent
from shared.migrations import upgrade
from tests.metrics.safety.feed import safety_feeds


@dataclass(frozen=True)
class Applied:
    engine: Engine
    orgs: tuple[str, str]
    events: list[dict[str, Any]]
    """Both orgs' raw events (the oracle's input), in commit order."""


def apply_dicts(engine: Engine, events: list[dict[str, Any]], size: int = 200) -> None:
    for start in range(0, len(events), size):
        with engine.begin() as connection:
            page = [FeedEvent.model_validate(e) for e in events[start : start + size]]
            applied = apply_events(connection, page)
            assert applied.ignored == 0


@pytest.fixture(scope="module")
def safety_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    with throwaway_database("metrics_safety", tmp_path_factory.mktemp("safety")) as url:
        upgrade(MIGRATIONS, url)
        engine = make_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()


@pytest.fixture(scope="module")
def applied(safety_engine: Engine) -> Applied:
    orgs = ("org-safety-a", "org-safety-b")
    events: list[dict[str, Any]] = []
    for seed, org in enumerate(orgs):
        feeds = safety_feeds(org, seed=seed + 41)
        # Intake's feed first, then measures': the order a rebuild applies them in.
        apply_dicts(safety_engine, feeds.intake)
        apply_dicts(safety_engine, feeds.measures)
        events += feeds.everything()
    return Applied(safety_engine, orgs, events)
