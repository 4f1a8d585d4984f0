"""The fidelity metrics over HTTP: in the catalog with their direction and published source,
and published under the same small-cell suppression and rounding as every metric, on the
values route (by the episode's lead clinician) and the equity route (by the patient's race)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from starlette.testclient import TestClient

from services.metrics.sync.apply import apply_events
from shared.events import EncounterUpserted, EpisodeUpserted, EventData, PatientUpserted
from tests.metrics.fidelity.oracle import ORACLE
from tests.metrics.sync.events import event
from tests.support.tokens import bearer

Q1 = {"period": "quarter", "from": "2026-01-01", "to": "2026-03-31"}
#: lead clinician -> finished episodes in Q1 (every second dropped out)
CLINICIANS = {"c-small": 3, "c-mid": 24, "c-big": 30}
#: 4 patients of c-big are Asian (a small group), c-mid's are Black, everyone else White
SMALL_GROUP = 4


def _race(clinician: str, i: int) -> str:
    if clinician == "c-mid":
        return "2054-5"
    return "2028-9" if clinician == "c-big" and i < SMALL_GROUP else "2106-3"


def world(client: TestClient, org: str) -> None:
    data: list[EventData] = []
    opened = date(2026, 1, 5)
    for clinician, episodes in CLINICIANS.items():
        for i in range(episodes):
            pid = f"{clinician}-p{i}"
            data.append(PatientUpserted(patient_id=pid, race=[_race(clinician, i)]))
            episode_id = f"{clinician}-ep{i}"
            for s in range(2):  # two sessions kept by someone else: the lead still counts
                data.append(EncounterUpserted(
                    encounter_id=f"{episode_id}-s{s}", patient_id=pid, clinician_id="c-other",
                    team_id="team-b", site_id="site-1", modality="in-person",
                    scheduled_start=f"2026-01-{10 + s}T10:00:00+00:00", status="fulfilled",
                    episode_id=episode_id,
                ))  # fmt: skip
            data.append(EpisodeUpserted(
                episode_id=episode_id, patient_id=pid, status="finished", team_id="team-b",
                site_id="site-1", clinician_id=clinician, opened_on=opened,
                closed_on=opened + timedelta(days=30 + i),
                discharge_reason="dropped-out" if i % 2 == 0 else "planned-completion",
            ))  # fmt: skip
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.begin() as connection:
        apply_events(connection, [event(org, d) for d in data])


def get(client: TestClient, org: str, path: str, **params: str) -> dict[str, Any]:
    answer = client.get(path, params={**Q1, **params}, headers=bearer(org))
    assert answer.status_code == 200, answer.text
    return answer.json()  # type: ignore[no-any-return]


def test_small_cells_are_suppressed_on_values_and_equity(
    metrics_client: TestClient, org: str
) -> None:
    world(metrics_client, org)
    metric = "episode-dropout-rate"
    path = f"/v1/metrics/{metric}/values"
    cells = {c["unit_id"]: c for c in get(metrics_client, org, path, level="clinician")["values"]}
    assert set(cells) == set(CLINICIANS)  # the lead's, never the sessions' c-other
    assert cells["c-small"]["suppressed"] and cells["c-small"]["reason"] == "primary"
    assert cells["c-small"]["value"] is None and cells["c-small"]["n"] is None
    assert cells["c-mid"]["reason"] == "complementary"
    assert cells["c-big"]["value"] == 15 / 30 and cells["c-big"]["n"] == 30
    [whole] = get(metrics_client, org, path)["values"]
    assert whole["rounded_to"] == 5 and whole["n"] == 55  # 57 patients, rounded
    equity = get(metrics_client, org, f"/v1/metrics/{metric}/equity", by="race")
    groups = {g["code"]: g for g in equity["groups"]}
    assert groups["2028-9"]["suppressed"] and groups["2028-9"]["reason"] == "primary"
    assert groups["2054-5"]["reason"] == "complementary" and groups["2054-5"]["value"] is None
    white = groups["2106-3"]
    assert not white["suppressed"] and (white["n"], white["numerator"]) == (30, 15)  # 29, 15
    finished = get(metrics_client, org, "/v1/metrics/finished-course-rate/values")["values"]
    assert finished[0]["value"] == 1.0  # two kept sessions each


def test_the_catalog_names_direction_numerator_denominator_and_source(
    metrics_client: TestClient, org: str
) -> None:
    answer = metrics_client.get("/v1/metrics", headers=bearer(org))
    items = {d["metric_id"]: d for d in answer.json()["items"]}
    for metric_id in ORACLE:
        d = items[metric_id]
        assert d["numerator"] and d["denominator"] and d["exclusions"], metric_id
        # Referrals have no clinician: the waiting list is by site.
        waiting = metric_id in ("waiting-over-6-weeks", "days-waiting-median")
        assert d["source"] and d["levels"][0] == ("site" if waiting else "clinician"), metric_id
        fact = "assessment" if metric_id.startswith("assessments") else "care_episode"
        assert d["fact"] == ("referral" if waiting else fact)
    for metric_id in ("episode-dropout-rate", "paired-score-completeness", "finished-course-rate"):
        assert "NHS Talking Therapies" in items[metric_id]["source"], metric_id
    assert items["episode-dropout-rate"]["better"] == "lower"
    assert items["paired-score-completeness"]["better"] == "higher"
    assert items["finished-course-rate"]["better"] == "higher"
    assert items["episode-length-median"]["kind"] == "continuous"
    assert items["assessments-per-kept-session"]["chart"] == "u"
