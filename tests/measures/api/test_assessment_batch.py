"""``POST /v1/assessments:batch`` is set-based, and answers and stores exactly what sending the
same items one by one, in order, to ``POST /v1/assessments`` would: same answers, rows, alerts,
webhook deliveries and feed events. Each scenario plays both ways, each in a fresh org."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event
from starlette.testclient import TestClient

from services.measures.app import MIGRATIONS, create_app
from services.measures.not_on_track import MIN_EPISODES_PER_CELL, PERCENTILE_MODEL_VERSION
from services.measures.settings import MeasuresSettings
from tests.measures.api._equivalence import capture, send_batch, send_one_by_one
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


def _both_ways(
    client: TestClient,
    items: list[Any],
    history: Sequence[Any] = (),
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Play ``history`` one by one into two fresh orgs, then ``items`` as a batch into the
    first and one by one into the second; capture both."""
    batched, single = _new_org(client), _new_org(client)
    before = {org: send_one_by_one(client, org, list(history)) for org in (batched, single)}
    batch_answers = send_batch(client, batched, items)
    single_answers = send_one_by_one(client, single, items)
    everything = list(history) + items
    return (
        capture(client, batched, everything, before[batched] + batch_answers),
        capture(client, single, everything, before[single] + single_answers),
    )


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
    batched, single = _both_ways(client, items, history)
    assert batched == single
    statuses = [status for status, _ in batched["answers"][len(history) :]]
    assert statuses == [201] * 9 + [200, 200, 409, 409] + [201] * 5 + [422, 404, 403, 422, 422]
    answers = [body for _, body in batched["answers"][len(history) :]]
    assert answers[0]["change"] is None  # n-3 came first: it was its own baseline then
    assert answers[3]["change"]["baseline_assessment_id"] == "n-1"  # n-0 came after it
    assert answers[5]["change"] is None  # before the stored baseline: the new baseline
    assert answers[6]["change"]["baseline_assessment_id"] == f"item-{len(history) + 5}"
    assert len(batched["deliveries"]) == 2 * len(batched["alerts"]) > 0


def test_the_orgs_own_model_judges_inside_a_batch_as_it_would_one_by_one(
    client: TestClient,
) -> None:
    """The history that teaches the model arrives in the same batch as the patients it judges:
    the model is refitted as the history grows, exactly when the single path refits it."""
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
    batched, single = _both_ways(client, items)
    assert batched == single
    slow = batched["answers"][-3][1]["change"]["tracking"]
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


WHEN = st.sampled_from(
    ["2026-01-05T10:00:00Z", "2026-01-12T10:00:00Z", "2026-02-02T10:00:00+01:00",
     "2026-03-02T10:00:00Z", "2025-12-01T10:00:00Z"]
)  # fmt: skip
ANSWERS = st.one_of(
    st.lists(st.integers(0, 3), min_size=9, max_size=9).map(phq9),
    st.sampled_from([MILD, WORSE, ITEM9, {"phq9_1": 2}]),
)
ITEMS = st.one_of(
    st.builds(
        lambda patient, when, answers, assessment_id, clinician: _item(
            patient, when, answers, assessment_id=assessment_id, clinician_id=clinician
        ),
        st.sampled_from(["p-1", "p-2", "p-3"]),
        WHEN,
        ANSWERS,
        st.one_of(st.none(), st.sampled_from(["a-1", "a-2", "a-3", "a-4"])),
        st.sampled_from([None, "c-1"]),
    ),
    st.builds(
        lambda patient, when: {
            "patient_id": patient,
            "instrument_id": "gad7",
            "answers": GAD7,
            "completed_at": when,
        },
        st.sampled_from(["p-1", "p-2"]),
        WHEN,
    ),
    st.just({"patient_id": "p-1", "instrument_id": "phq9", "answers": {}, "completed_at": "x"}),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(history=st.lists(ITEMS, max_size=6), items=st.lists(ITEMS, min_size=1, max_size=14))
def test_any_batch_matches_sending_its_items_in_turn(
    client: TestClient, history: list[Any], items: list[Any]
) -> None:
    # Items without an id get a random one, which breaks ties between items of a patient
    # completed at the same time at random: give them fixed ids instead.
    history = _with_ids(history, "h")
    items = _with_ids(items, "b")
    batched, single = _both_ways(client, items, history)
    assert batched == single


def _with_ids(items: list[Any], prefix: str) -> list[Any]:
    return [
        item
        if "assessment_id" in item or item["completed_at"] == "x"
        else {**item, "assessment_id": f"{prefix}-{n}"}
        for n, item in enumerate(items)
    ]
