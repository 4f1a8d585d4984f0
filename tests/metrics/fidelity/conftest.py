"""Two organisations' episode-of-care feeds, applied once to a migrated database of these
tests' own (SQLite, or PostgreSQL with ``TEST_DATABASE_URL``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import upgrade
from tests.metrics.fidelity.feed import fidelity_feeds
from tests.metrics.fidelity.waiting import referral_feed
from tests.metrics.safety.conftest import Applied, apply_dicts


@pytest.fixture(scope="module")
def fidelity_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    with throwaway_database("metrics_fidelity", tmp_path_factory.mktemp("fidelity")) as url:
        upgrade(MIGRATIONS, url)
        engine = make_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()


@pytest.fixture(scope="module")
def applied(fidelity_engine: Engine) -> Applied:
    orgs = ("org-fidelity-a", "org-fidelity-b")
    events = []
    for seed, org in enumerate(orgs):
        feeds = fidelity_feeds(org, seed=seed + 17)
        # Intake's feed first, then measures': the order a rebuild applies them in.
        apply_dicts(fidelity_engine, feeds.intake)
        apply_dicts(fidelity_engine, feeds.measures)
        referrals = referral_feed(org, seed=seed + 29)
        apply_dicts(fidelity_engine, referrals)
        events += feeds.everything() + referrals
    return Applied(fidelity_engine, orgs, events)
