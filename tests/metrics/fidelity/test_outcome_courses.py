"""MBC outcomes by course of care over HTTP: the service line and modality filters read the
intake episode of care the baseline names, its service line and the modality of more than half
of its kept sessions (mixed courses and baselines naming no episode match neither filter).

A clinic of PHQ-9 courses, each a case at baseline with a follow-up six weeks later: every
combination of service line (adult, youth) and course shape (mostly video, all in person, half
and half, no intake episode named), 24 of each, plus 4 adult courses mostly by phone; every
course improves reliably at a rate of its own (``IMPROVED``), so a filter that chose the wrong
courses would give another rate. The expected rates are counted from that table, not from the
facts; the small group (a filter leaving fewer than 11 patients) is suppressed like any other
cell.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.metrics.sync.apply import apply_events
from shared.events import AssessmentScored, EncounterUpserted, EpisodeUpserted, EventData
from tests.metrics.rounding import share
from tests.metrics.sync.events import event
from tests.support.tokens import bearer

LINES = ("adult", "youth")
#: course shape -> the modalities of its kept sessions (None: the baseline names no episode)
SHAPES: dict[str, tuple[str, ...] | None] = {
    "video": ("video", "video", "video", "in-person"),
    "in-person": ("in-person", "in-person", "in-person"),
    "mixed": ("video", "video", "in-person", "in-person"),
    "unnamed": None,
    "phone": ("phone", "phone", "video"),
}
PER_CELL = 24
SMALL = 4
#: (service line, shape) -> how many of its courses improve reliably
IMPROVED = {
    ("adult", "video"): 16, ("adult", "in-person"): 12, ("adult", "mixed"): 6,
    ("adult", "unnamed"): 18, ("adult", "phone"): 2, ("youth", "video"): 13,
    ("youth", "in-person"): 11, ("youth", "mixed"): 20, ("youth", "unnamed"): 3,
}  # fmt: skip
BASELINE = datetime(2026, 1, 12, 10, tzinfo=UTC)
Q1 = {"period": "quarter", "from": "2026-01-01", "to": "2026-03-31"}


def _courses() -> list[dict[str, Any]]:
    sizes = {(line, shape): PER_CELL for line in LINES for shape in SHAPES if shape != "phone"}
    sizes["adult", "phone"] = SMALL
    return [
        {
            "pid": f"p-{line}-{shape}-{i}",
            "line": line,
            "shape": shape,
            "improved": i < IMPROVED[line, shape],
        }
        for (line, shape), size in sizes.items()
        for i in range(size)
    ]


def _events(course: dict[str, Any]) -> list[EventData]:
    pid, modalities = course["pid"], SHAPES[course["shape"]]
    episode_id = None if modalities is None else f"ep-{pid}"
    data: list[EventData] = []
    if episode_id is not None:
        data.append(EpisodeUpserted(
            episode_id=episode_id, patient_id=pid, status="active", service_line=course["line"],
            team_id="t1", site_id="s1", clinician_id="c1", opened_on=BASELINE.date(),
        ))  # fmt: skip
        for s, modality in enumerate(modalities):
            data.append(EncounterUpserted(
                encounter_id=f"{pid}-s{s}", patient_id=pid, clinician_id="c1", team_id="t1",
                site_id="s1", modality=modality, status="fulfilled", episode_id=episode_id,
                scheduled_start=BASELINE + timedelta(weeks=s, hours=1),
            ))  # fmt: skip
        # A session not kept does not count towards the majority.
        data.append(EncounterUpserted(
            encounter_id=f"{pid}-missed", patient_id=pid, clinician_id="c1", team_id="t1",
            site_id="s1", modality="phone", status="no-show", episode_id=episode_id,
            scheduled_start=BASELINE + timedelta(days=3),
        ))  # fmt: skip
    common = {
        "instrument_id": "phq9",
        "instrument_version": "1",
        "patient_id": pid,
        "clinician_id": "c1",
        "team_id": "t1",
        "site_id": "s1",
        "episode_id": episode_id,
    }
    data.append(AssessmentScored(
        assessment_id=f"{pid}-a0", completed_at=BASELINE, total=16.0, caseness=True, **common,
    ))  # fmt: skip
    improved = course["improved"]
    data.append(AssessmentScored(
        assessment_id=f"{pid}-a1", completed_at=BASELINE + timedelta(weeks=6),
        total=4.0 if improved else 15.0, caseness=not improved, baseline_assessment_id=f"{pid}-a0",
        baseline_total=16.0, baseline_at=BASELINE, weeks_since_baseline=6.0,
        reliable_improvement=improved, reliable_deterioration=False, **common,
    ))  # fmt: skip
    return data


@pytest.fixture(scope="module")
def clinic(metrics_client: TestClient) -> str:
    org = "org-outcome-courses"
    data = [d for course in _courses() for d in _events(course)]
    with metrics_client.app.state.engine.begin() as connection:  # type: ignore[attr-defined]
        apply_events(connection, [event(org, d) for d in data])
    return org


def _expected(**where: str) -> tuple[int, int]:
    """(improved, courses) of the courses matching the filters, from the clinic's table."""
    chosen = [
        c for c in _courses()
        if where.get("service_line") in (None, c["line"] if c["shape"] != "unnamed" else None)
        and where.get("modality") in (None, None if c["shape"] in ("mixed", "unnamed")
                                      else c["shape"])
    ]  # fmt: skip
    return sum(c["improved"] for c in chosen), len(chosen)


def _cell(client: TestClient, org: str, **filters: str) -> dict[str, Any]:
    answer = client.get(
        "/v1/metrics/mbc-reliable-improvement/values",
        params={**Q1, **filters}, headers=bearer(org),
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    [cell] = answer.json()["values"]
    return cell  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"service_line": "adult"},
        {"modality": "video"},
        {"modality": "in-person", "service_line": "youth"},
    ],
)
def test_outcomes_by_course_match_the_clinic(
    metrics_client: TestClient, clinic: str, filters: dict[str, str]
) -> None:
    improved, courses = _expected(**filters)
    assert courses >= 24 if filters else courses == 8 * PER_CELL + SMALL
    cell = _cell(metrics_client, clinic, **filters)
    assert not cell["suppressed"], (cell["reason"], cell)
    assert cell["value"] == pytest.approx(share(improved, courses, cell["rounded_to"]))


def test_a_filter_leaving_a_small_group_is_suppressed(
    metrics_client: TestClient, clinic: str
) -> None:
    courses = _expected(modality="phone")[1]
    assert courses == SMALL < 11
    cell = _cell(metrics_client, clinic, modality="phone")
    assert cell["suppressed"] and cell["value"] is None and cell["n"] is None


def test_a_mixed_course_matches_no_modality(metrics_client: TestClient, clinic: str) -> None:
    """Every course has a no-show by phone: not kept, so no in-person course reads as phone."""
    by_modality = [_expected(modality=m)[1] for m in ("video", "in-person", "phone")]
    assert sum(by_modality) == 4 * PER_CELL + SMALL  # mixed and unnamed courses in none
    in_person = _cell(metrics_client, clinic, modality="in-person")
    assert in_person["value"] == pytest.approx(share(12 + 11, 2 * PER_CELL, 5))
