"""``POST /v1/assessments:batch`` is set-based and answers each item as if it had been sent on its
own after the ones before it (``POST /v1/assessments`` is the same code with a batch of one):
baselines move with earlier-completed items, resends are recognised, the org's model is
refitted as its history grows, an open not-on-track alert suppresses the next. Each scenario
plays in a fresh org."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from starlette.testclient import TestClient

from services.measures.app import MIGRATIONS, create_app
from services.measures.models import AlertRow, webhook_tables
from services.measures.scoring.not_on_track import MIN_EPISODES_PER_CELL, PERCENTILE_MODEL_VERSION
from services.measures.settings import MeasuresSettings
from tests.measures.api._helpers import phq9
from tests.support.services import migrated_client
from tests.support.tokens import bearer

GAD7 = {f"gad7_{n}": 1 for n in range(1, 8)}
MILD = phq9([1, 1, 1, 1, 1, 1, 0, 0, 0])  # 6
WORSE = phq9([3, 3, 2, 2, 2, 1, 1, 0, 0])  # 14: reliable deterioration from 6
ITEM9 = phq9([0, 0, 0, 0, 0, 0, 0, 0, 1])
BASELINE_16 = phq9([2, 2, 2, 2, 2, 2, 2, 2, 0])


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """Measures with the delivery worker off (deliveries stay as written) and loopback
    webhook targets allowed (nothing is ever sent)."""
    with migrated_client(
        label="measures-batch",
        folder=Path(tmp_path_factory.mktemp("measures-batch")),
        settings_cls=MeasuresSettings,
        create_app=create_app,
        migrations_dir=MIGRATIONS,
        webhooks_enabled=False,
        webhooks_allow_private_targets=True,
    ) as client:
        yield client


def _new_org(client: TestClient) -> str:
    org = f"org-{uuid.uuid4().hex[:12]}"
    for url in ("http://127.0.0.1:9/a", "http://127.0.0.1:9/b"):
        hook = {"url": url, "event_types": ["alert.raised"]}
        assert client.post("/v1/webhooks", json=hook, headers=bearer(org)).status_code == 201
    enable = client.put(
        "/v1/instrument-settings/burnout1", json={"enabled": True}, headers=bearer(org)
    )
    assert enable.status_code == 200, enable.text
    return org


def send_batch(client: TestClient, org: str, items: list[Any]) -> list[tuple[int, Any]]:
    response = client.post("/v1/assessments:batch", json={"items": items}, headers=bearer(org))
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["index"] for r in results] == list(range(len(items)))
    return [(r["status"], r["assessment"] or r["problem"]) for r in results]


def send_one_by_one(client: TestClient, org: str, items: Sequence[Any]) -> None:
    for item in items:
        response = client.post("/v1/assessments", json=item, headers=bearer(org))
        assert response.status_code == 201, response.text


def _count(client: TestClient, org: str, model: Any) -> int:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        table = getattr(model, "__table__", model)  # a model class or a table
        query = select(func.count()).select_from(table).where(table.c.org == org)
        return int(connection.execute(query).scalar_one())


def _item(patient: str | None, when: str, answers: dict[str, int], **extra: Any) -> dict:
    body = {"patient_id": patient, "instrument_id": "phq9", "answers": answers,
            "completed_at": when, **extra}  # fmt: skip
    return {k: v for k, v in body.items() if v is not None}


def test_a_mixed_sync_matches_sending_each_item_in_turn(client: TestClient) -> None:
    history = [
        _item("known", "2026-01-05T10:00:00Z", MILD, assessment_id="h-1"),
        _item("behind", "2026-01-05T10:00:00Z", MILD),
        _item("behind", "2026-01-19T10:00:00Z", WORSE),  # opens a not-on-track alert
    ]
    items = [
        # A new patient whose items arrive latest first: the earliest becomes the baseline.
        _item("new", "2026-03-02T10:00:00Z", WORSE, assessment_id="n-3"),
        _item("new", "2026-02-02T10:00:00Z", MILD, assessment_id="n-2"),
        _item("new", "2026-01-05T10:00:00Z", MILD, assessment_id="n-1", clinician_id="c-1"),
        _item("new", "2026-03-16T10:00:00Z", WORSE, team_id="t-1", site_id="s-1"),
        # Same completion time as n-1: the id breaks the tie.
        _item("new", "2026-01-05T10:00:00Z", MILD, assessment_id="n-0"),
        # An existing patient, an item completed before the stored baseline, then deterioration.
        _item("known", "2025-12-29T10:00:00+02:00", MILD),
        _item("known", "2026-01-26T10:00:00Z", WORSE),
        _item("known", "2026-02-09T10:00:00Z", WORSE),  # not-on-track already open: no 2nd
        # The stored open alert suppresses another one.
        _item("behind", "2026-02-02T10:00:00Z", WORSE),
        # Resends: of a stored id, of an id of this batch, and the same id with other answers.
        _item("known", "2026-01-05T10:00:00Z", MILD, assessment_id="h-1"),
        _item("new", "2026-02-02T10:00:00Z", MILD, assessment_id="n-2"),
        _item("new", "2026-02-02T10:00:00Z", WORSE, assessment_id="n-2"),
        _item("known", "2026-01-05T10:00:00Z", WORSE, assessment_id="h-1"),
        # A critical item, with webhook deliveries to both endpoints.
        _item("risk", "2026-01-07T09:00:00Z", ITEM9, clinician_id="c-9"),
        _item("risk", "2026-01-21T09:00:00Z", phq9([3, 3, 3, 3, 2, 2, 2, 2, 2])),
        # Incomplete (no total, no baseline), another instrument, a clinician instrument.
        _item("new", "2026-01-01T10:00:00Z", {"phq9_1": 1}),
        {"patient_id": "new", "instrument_id": "gad7", "answers": GAD7,
         "completed_at": "2026-01-06T10:00:00Z"},
        {"instrument_id": "burnout1", "answers": {"burnout1_1": 4},
         "completed_by": "clinician", "team_id": "t-1", "completed_at": "2026-01-06T10:00:00Z"},
        # Refused: invalid, unknown instrument, restricted instrument, no patient, a patient on
        # an anonymous staff answer.
        {"patient_id": "new", "instrument_id": "phq9", "answers": {}, "completed_at": "soon"},
        {"patient_id": "new", "instrument_id": "nope", "answers": {},
         "completed_at": "2026-01-06T10:00:00Z"},
        {"patient_id": "new", "instrument_id": "cssrs_screener", "answers": {},
         "completed_at": "2026-01-06T10:00:00Z"},
        _item(None, "2026-01-06T10:00:00Z", MILD),
        {"patient_id": "p-x", "instrument_id": "burnout1", "answers": {"burnout1_1": 4},
         "team_id": "t-1", "completed_at": "2026-01-06T10:00:00Z"},
    ]  # fmt: skip
    org = _new_org(client)
    send_one_by_one(client, org, history)
    answered = send_batch(client, org, items)
    statuses = [status for status, _ in answered]
    assert statuses == [201] * 9 + [200, 200, 409, 409] + [201] * 5 + [422, 404, 403, 422, 422]
    answers = [body for _, body in answered]
    assert answers[0]["change"] is None  # n-3 came first: it was its own baseline then
    assert answers[3]["change"]["baseline_assessment_id"] == "n-1"  # n-0 came after it
    assert answers[5]["change"] is None  # before the stored baseline: the new baseline
    assert answers[6]["change"]["baseline_assessment_id"] == answers[5]["assessment_id"]
    assert [alert["rule"] for alert in answers[6]["alerts"]] == ["not_on_track"]
    assert answers[7]["alerts"] == []  # not-on-track already open: no second one
    assert answers[8]["alerts"] == []  # the stored open alert suppresses another one
    assert answers[11]["detail"] == "Another assessment was stored under this id."
    alerts = _count(client, org, AlertRow)
    assert _count(client, org, webhook_tables.deliveries) == 2 * alerts > 0


def test_the_orgs_own_model_judges_inside_a_batch_as_it_would_one_by_one(
    client: TestClient,
) -> None:
    """The history that teaches the model arrives in the same batch as the patients it judges:
    the model is refitted as the history grows, as it would be were the items sent one by one."""
    items = []
    for n in range(MIN_EPISODES_PER_CELL):
        later = [2] * 8 + [0]
        for i in range(4 + n % 6):
            later[i % 8] -= 1
        items += [
            _item(f"past-{n}", "2025-06-02T10:00:00Z", BASELINE_16),
            _item(f"past-{n}", "2025-07-07T10:00:00Z", phq9(later)),
        ]
    for patient, answers in [
        ("slow", [2, 2, 2, 2, 2, 2, 2, 1, 0]),
        ("typ", [2, 2, 1, 1, 1, 1, 1, 1, 0]),
    ]:
        items += [
            _item(patient, "2026-01-05T10:00:00Z", BASELINE_16),
            _item(patient, "2026-02-09T10:00:00Z", phq9(answers)),
        ]
    answered = send_batch(client, _new_org(client), items)
    slow = answered[-3][1]["change"]["tracking"]
    assert slow["decided_by"] == "org_percentile_model" and slow["on_track"] is False
    assert slow["model_version"].startswith(PERCENTILE_MODEL_VERSION)


def test_a_batch_takes_a_few_statements_whatever_its_size(client: TestClient) -> None:
    org = _new_org(client)
    items = [
        _item(f"p-{n % 150}", f"2026-01-{1 + n % 28:02d}T10:00:00Z", ITEM9 if n % 7 == 0 else WORSE)
        for n in range(600)
    ]
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    engine = client.app.state.engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", count)
    try:
        answers = send_batch(client, org, items)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert {status for status, _ in answers} == {201}
    writes = [s for s in statements if s.lstrip().upper().startswith("INSERT")]
    # assessments, alerts, deliveries, feed events, and the request's audit/idempotency rows
    assert len(writes) <= 6, writes
    assert len(statements) <= 20, statements


def test_a_patients_observations_read_each_instruments_setting_once(client: TestClient) -> None:
    """An org without a setting row for the instrument once cost a query per assessment on the
    Observation search (the session remembers rows it found, not rows it did not)."""
    org = _new_org(client)
    items = [_item("p-obs", f"2026-01-{day:02d}T10:00:00Z", WORSE) for day in range(1, 29)]
    assert {status for status, _ in send_batch(client, org, items)} == {201}
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    engine = client.app.state.engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", count)
    try:
        search = client.get(
            "/fhir/Observation", params={"patient": "p-obs", "_count": 500}, headers=bearer(org)
        )
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert search.status_code == 200
    panels = [e for e in search.json()["entry"] if "hasMember" in e["resource"]]
    assert len(panels) == len(items)
    assert len(statements) <= 8, statements
