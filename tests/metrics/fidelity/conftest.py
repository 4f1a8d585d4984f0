"""Two organisations' episode-of-care feeds, applied once to a migrated database of these
tests' own (SQLite, or PostgreSQL with ``TEST_DATABASE_URL``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from services.metrics.models import MeasurementPlan
from shared.db import make_engine
from shared.migrations import upgrade
from tests.metrics.fidelity.feed import fidelity_feeds
from tests.metrics.fidelity.schedule_oracle import PLANS
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


def store_plans(engine: Engine, orgs: tuple[str, ...]) -> None:
    """The measurement plans the on-schedule oracle reads (:data:`.schedule_oracle.PLANS`)."""
    with Session(engine) as session:
        for org in orgs:
            for plan_id, instrument, line, n, k, d, grace_s, grace_d, active in PLANS:
                session.add(MeasurementPlan(
                    org=org, plan_id=plan_id, instrument_id=instrument, service_line=line,
                    baseline_within_sessions=n, every_sessions=k, every_days=d,
                    grace_sessions=grace_s, grace_days=grace_d, active=active,
                    set_at=datetime(2026, 1, 1, tzinfo=UTC), set_by="tests",
                ))  # fmt: skip
        session.commit()


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
    store_plans(fidelity_engine, orgs)
    return Applied(fidelity_engine, orgs, events)
