"""Applying the feeds is idempotent and order-independent across the two feeds.

The same synthetic events are applied several ways, each under its own org, and every fact
table must come out identical: once in pages; with a prefix replayed again afterwards; with a
prefix applied, then everything from the start (a redelivery); and with the feeds consumed one
after the other instead of interleaved (what a rebuild does), in other page sizes.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from services.metrics.sync.apply import apply_events
from services.metrics.sync.rebuild import FACT_TABLES
from shared.feed import FeedEvent
from synthetic.feed_events import Feeds, pages, synthetic_feeds
from tests.metrics.safety.feed import with_safety_loop
from tests.metrics.sync.events import fact_snapshot


@pytest.fixture(scope="module")
def feeds() -> Feeds:
    feeds = synthetic_feeds(3000, org="template", seed=5)
    return Feeds(*with_safety_loop(feeds.intake, feeds.measures, seed=5))


def _as(org: str, events: list[dict[str, Any]]) -> list[FeedEvent]:
    return [FeedEvent.model_validate({**e, "org": org}) for e in events]


def _apply(engine: Engine, events: list[FeedEvent], size: int) -> None:
    for page in pages(events, size):  # type: ignore[arg-type]
        with engine.begin() as connection:
            apply_events(connection, page)


def _interleaved(feeds: Feeds, org: str) -> list[FeedEvent]:
    merged = sorted(feeds.intake + feeds.measures, key=lambda e: e["time"])
    return _as(org, merged)


def test_every_way_of_applying_gives_the_same_facts(fact_engine: Engine, feeds: Feeds) -> None:
    rng = random.Random(3)
    base = "org-replay-" + str(rng.getrandbits(32))

    _apply(fact_engine, _interleaved(feeds, base), 200)
    expected = fact_snapshot(fact_engine, base)
    assert all(expected[t.name] for t in FACT_TABLES), "every fact table has rows"

    # A prefix replayed again after everything was applied changes nothing.
    everything = _interleaved(feeds, base)
    for k in (1, 17, len(everything) // 2, len(everything) - 1):
        _apply(fact_engine, everything[:k], 97)
        assert fact_snapshot(fact_engine, base) == expected, k

    # A prefix, then the whole feed from the start (a redelivery), under a fresh org.
    redelivered = base + "-r"
    events = _interleaved(feeds, redelivered)
    _apply(fact_engine, events[: len(events) // 3], 50)
    _apply(fact_engine, events, 333)
    assert fact_snapshot(fact_engine, redelivered) == expected

    # Intake first, then measures (a rebuild's order), and measures first.
    for name, order in (("-im", ("intake", "measures")), ("-mi", ("measures", "intake"))):
        org = base + name
        for source in order:
            _apply(fact_engine, _as(org, getattr(feeds, source)), 1000)
        assert fact_snapshot(fact_engine, org) == expected, name
