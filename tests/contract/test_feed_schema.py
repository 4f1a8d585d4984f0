"""The feed's documented schema is the feed as served: each event's ``data`` typed by ``type``.

A small synthetic organization is posted to intake and measures over HTTP (an alert raised and
acknowledged among it); every event either feed serves must then parse as the documented union
picks it by ``type``, and the document must name a schema for every type the service publishes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import ValidationError
from starlette.testclient import TestClient

from services.intake.app import EVENT_TYPES as INTAKE_EVENTS
from services.intake.app import MIGRATIONS as INTAKE_MIGRATIONS
from services.intake.app import create_app as create_intake
from services.intake.settings import IntakeSettings
from services.measures.app import EVENT_TYPES as MEASURES_EVENTS
from services.measures.app import MIGRATIONS as MEASURES_MIGRATIONS
from services.measures.app import create_app as create_measures
from services.measures.settings import MeasuresSettings
from services.metrics.app import EVENT_TYPES as METRICS_EVENTS
from services.metrics.app import MIGRATIONS as METRICS_MIGRATIONS
from services.metrics.app import create_app as create_metrics
from services.metrics.settings import MetricsSettings
from shared.events import EVENT_TYPES
from shared.feed_schema import documented_feed_page, typed_feed_page
from synthetic.generator import OrgPlan, generate
from tests.intake.feed import wait_for_horizon
from tests.support.services import migrated_client
from tests.support.tokens import bearer

ORG = "org-feed-schema"
DATA = generate(OrgPlan(org=ORG, seed=5, sites=1, teams_per_site=1, patients=6, weeks=8))


@pytest.fixture(scope="module")
def intake(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with migrated_client(
        label="feed_schema",
        folder=tmp_path_factory.mktemp("intake"),
        settings_cls=IntakeSettings,
        create_app=create_intake,
        migrations_dir=INTAKE_MIGRATIONS,
    ) as client:
        for resource in ("patients", "referrals", "encounters", "feedback"):
            answer = client.post(
                f"/v1/{resource}:batch", json=getattr(DATA, resource), headers=bearer(ORG)
            )
            assert answer.status_code == 200, answer.text
        yield client


@pytest.fixture(scope="module")
def measures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with migrated_client(
        label="feed_schema",
        folder=tmp_path_factory.mktemp("measures"),
        settings_cls=MeasuresSettings,
        create_app=create_measures,
        migrations_dir=MEASURES_MIGRATIONS,
    ) as client:
        at_risk = {**DATA.assessments[0], "assessment_id": "asm-item9"}
        at_risk["answers"] = {**at_risk["answers"], "phq9_9": 2}
        patient_answers = [a for a in DATA.assessments if a["patient_id"] is not None]
        answer = client.post(
            "/v1/assessments:batch",
            json={"items": [*patient_answers, at_risk]},
            headers=bearer(ORG),
        )
        assert answer.status_code == 200, answer.text
        alerts = client.get("/v1/alerts", headers=bearer(ORG)).json()["items"]
        assert alerts, "the item-9 answer raised no alert"
        acknowledged = client.post(
            f"/v1/alerts/{alerts[0]['alert_id']}/acknowledge", headers=bearer(ORG)
        )
        assert acknowledged.status_code == 200, acknowledged.text
        yield client


@pytest.fixture(scope="module")
def metrics(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """metrics publishes on its own feed too (recognitions; their events are served and
    parsed in ``tests/metrics/learning/test_recognition_feed.py``)."""
    with migrated_client(
        label="feed_schema",
        folder=tmp_path_factory.mktemp("metrics"),
        settings_cls=MetricsSettings,
        create_app=create_metrics,
        migrations_dir=METRICS_MIGRATIONS,
        consumer_enabled=False,
        recognition_enabled=False,
    ) as client:
        yield client


_ALWAYS_SERVED = {
    "patient.upserted",
    "referral.upserted",
    "encounter.upserted",
    "feedback.received",
    "assessment.scored",
    "alert.raised",
    "alert.acknowledged",
}
"""The types the posted data must produce (the rest need a write this test does not make)."""


def _whole_feed(client: TestClient) -> list[dict[str, Any]]:
    events, after = [], None
    while True:
        params = {"limit": 200, **({"after": after} if after else {})}
        page = client.get("/v1/feed", params=params, headers=bearer(ORG, "feed:read")).json()
        events += page["items"]
        after = page["next_cursor"]
        if not page["has_more"]:
            return events


@pytest.mark.parametrize(
    ("name", "published"), [("intake", INTAKE_EVENTS), ("measures", MEASURES_EVENTS)]
)
def test_every_served_event_parses_as_its_documented_type(
    name: str, published: list[str], request: pytest.FixtureRequest
) -> None:
    client: TestClient = request.getfixturevalue(name)
    wait_for_horizon(client, ORG)  # on PostgreSQL, past any transaction still open elsewhere
    events = _whole_feed(client)
    page = typed_feed_page(tuple(published)).model_validate(
        {"items": events, "next_cursor": "x", "has_more": False}
    )
    served = {e["type"] for e in events}
    assert served >= {t for t in published if t in _ALWAYS_SERVED}, served
    for raw, parsed in zip(events, page.items, strict=True):  # type: ignore[attr-defined]
        assert isinstance(parsed.data, EVENT_TYPES[raw["type"]])


@pytest.mark.parametrize(
    ("name", "published"),
    [("intake", INTAKE_EVENTS), ("measures", MEASURES_EVENTS), ("metrics", METRICS_EVENTS)],
)
def test_the_document_names_a_schema_for_every_published_type(
    name: str, published: list[str], request: pytest.FixtureRequest
) -> None:
    client: TestClient = request.getfixturevalue(name)
    document = client.get("/openapi.json").json()
    ok = document["paths"]["/v1/feed"]["get"]["responses"]["200"]["content"]["application/json"]
    page = document["components"]["schemas"][ok["schema"]["$ref"].rsplit("/", 1)[1]]
    union = page["properties"]["items"]["items"]
    # A feed of one type (metrics') has that type's envelope itself, no union to tell apart.
    mapping = (
        union["discriminator"]["mapping"] if len(published) > 1 else {published[0]: union["$ref"]}
    )
    assert set(mapping) == set(published)
    for event_type, ref in mapping.items():
        event = document["components"]["schemas"][ref.rsplit("/", 1)[1]]
        assert event["properties"]["type"]["const"] == event_type
        data_ref = event["properties"]["data"]["$ref"].rsplit("/", 1)[1]
        assert data_ref == EVENT_TYPES[event_type].__name__


def test_an_unknown_event_type_cannot_be_documented() -> None:
    with pytest.raises(ValueError, match="without a model"):
        documented_feed_page(["patient.upserted", "patient.teleported"])


def test_a_page_with_a_wrong_payload_is_refused_by_the_typed_model() -> None:
    bad = {"type": "alert.raised", "id": "e1", "source": "s", "time": "2026-01-01T00:00:00Z",
           "subject": "alerts/a", "org": ORG, "data": {"alert_id": "a"}}  # fmt: skip
    with pytest.raises(ValidationError):
        typed_feed_page(tuple(MEASURES_EVENTS)).model_validate(
            {"items": [bad], "next_cursor": "x", "has_more": False}
        )
