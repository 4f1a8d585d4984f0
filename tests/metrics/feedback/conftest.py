"""Two organisations' feedback feeds, applied once to a migrated database of these tests' own
(SQLite, or PostgreSQL with ``TEST_DATABASE_URL``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import upgrade
from tests.metrics.feedback.feed import feedback_feed
from tests.metrics.safety.conftest import apply_dicts


@dataclass(frozen=True)
class Applied:
    engine: Engine
    orgs: tuple[str, str]
    events: list[dict[str, Any]]
    """Both orgs' raw events (the oracle's input), in commit order."""


@pytest.fixture(scope="module")
def feedback_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    with throwaway_database("metrics_feedback", tmp_path_factory.mktemp("feedback")) as url:
        upgrade(MIGRATIONS, url)
        engine = make_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()


@pytest.fixture(scope="module")
def applied(feedback_engine: Engine) -> Applied:
    orgs = ("org-fb-a", "org-fb-b")
    events: list[dict[str, Any]] = []
    for seed, org in enumerate(orgs):
        feed = feedback_feed(org, seed=seed + 61)
        # Small pages for the second: a correction or re-tag then lands on a later page than
        # what it replaces (within one page only the latest event about an id is applied).
        apply_dicts(feedback_engine, feed, size=150 if seed == 0 else 9)
        events += feed
    return Applied(feedback_engine, orgs, sorted(events, key=lambda e: e["time"]))
