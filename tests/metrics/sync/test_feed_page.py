"""One-pass page parsing (``parse_page``) gives the facts the two-pass parse gave, and keeps its
tolerance: unknown types and contract-breaking events are skipped, the rest of the page applied.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy.engine import Engine

from services.metrics.clients.feed_page import TYPED_EVENTS, parse_page
from services.metrics.sync.apply import apply_events
from services.metrics.sync.rebuild import FACT_TABLES
from shared.events import EVENT_TYPES, UPSTREAM_EVENT_TYPES, EncounterUpserted
from shared.feed import FeedPage
from synthetic.feed_events import pages, synthetic_feeds
from tests.metrics.safety.feed import with_safety_loop
from tests.metrics.sync.events import fact_snapshot


def _raw(org: str, events: list[dict[str, Any]], cursor: str = "c") -> bytes:
    items = [{**e, "org": org} for e in events]
    return json.dumps({"items": items, "next_cursor": cursor, "has_more": False}).encode()


def _apply_pages(engine: Engine, raws: list[bytes], parse: Any) -> None:
    for raw in raws:
        with engine.begin() as connection:
            applied = apply_events(connection, parse(raw).items)
        assert applied.ignored == 0


def test_a_good_page_comes_out_typed_and_equal_to_the_two_pass_parse() -> None:
    feeds = synthetic_feeds(400, org="o", seed=21)
    intake, measures = with_safety_loop(feeds.intake, feeds.measures, seed=21)
    raw = _raw("o", intake + measures)
    typed, plain = parse_page(raw), FeedPage.model_validate_json(raw)
    # every type metrics reads is exercised (it never reads its own, METRICS_EVENT_TYPES)
    assert {e.type for e in typed.items} == set(UPSTREAM_EVENT_TYPES)
    assert (typed.next_cursor, typed.has_more) == (plain.next_cursor, plain.has_more)
    for one, other in zip(typed.items, plain.items, strict=True):
        assert isinstance(one, TYPED_EVENTS[one.type])
        assert one.data == EVENT_TYPES[other.type].model_validate(other.data)
        assert one.model_dump(exclude={"data"}) == other.model_dump(exclude={"data"})


def test_typed_pages_store_the_same_facts_and_twice_changes_nothing(fact_engine: Engine) -> None:
    feeds = synthetic_feeds(1500, org="o", seed=22)
    intake, measures = with_safety_loop(feeds.intake, feeds.measures, seed=22)
    merged = sorted(intake + measures, key=lambda e: e["time"])

    def page_bytes(org: str) -> list[bytes]:
        return [_raw(org, list(chunk)) for chunk in pages(merged, 250)]

    _apply_pages(fact_engine, page_bytes("org-page-plain"), FeedPage.model_validate_json)
    _apply_pages(fact_engine, page_bytes("org-page-typed"), parse_page)
    expected = fact_snapshot(fact_engine, "org-page-plain")
    assert all(expected[t.name] for t in FACT_TABLES), "every fact table has rows"
    assert fact_snapshot(fact_engine, "org-page-typed") == expected
    _apply_pages(fact_engine, page_bytes("org-page-typed"), parse_page)
    assert fact_snapshot(fact_engine, "org-page-typed") == expected


def test_unknown_types_and_broken_events_are_skipped_and_the_rest_applied(
    fact_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    feeds = synthetic_feeds(60, org="o", seed=23)
    good = feeds.intake[:20]
    encounter = next(e for e in good if e["type"] == EncounterUpserted.type)
    unknown = {**good[0], "id": "ev-unknown", "type": "patient.merged", "data": {"x": 1}}
    broken = {
        **encounter,
        "id": "ev-broken",
        "data": {**encounter["data"], "encounter_id": "enc-broken", "status": "pt-secret"},
    }
    _apply_pages(fact_engine, [_raw("org-page-good", good)], parse_page)

    page = parse_page(_raw("org-page-mixed", [unknown, *good[:10], broken, *good[10:]]))
    assert len(page.items) == 22
    with caplog.at_level(logging.WARNING), fact_engine.begin() as connection:
        applied = apply_events(connection, page.items)
    assert (applied.events, applied.ignored) == (22, 2)
    assert fact_snapshot(fact_engine, "org-page-mixed") == fact_snapshot(
        fact_engine, "org-page-good"
    )
    warnings = [r for r in caplog.records if r.getMessage().startswith("feed event breaks")]
    assert [getattr(r, "event_id", None) for r in warnings] == ["ev-broken"]
    assert "pt-secret" not in caplog.text  # the event's values (PHI) are never logged


def test_a_body_that_is_no_feed_page_is_refused() -> None:
    with pytest.raises(ValidationError):
        parse_page(b'{"items": "none"}')
    with pytest.raises(ValidationError):
        parse_page(b"not json")
