"""The role filter cannot be used to pin down a group of respondents below the staff floor by
subtraction: a team minus its published role cells, a site minus its sibling teams, the org
minus the sites, all at once.

One campaign, three teams of one org: team A has 24 nurses and 2 psychologists (the small
group), B 22 nurses (same site as A), C 26 nurses (another site); half the nurses and both
psychologists report burnout. An attacker reads every cell
the values route publishes, at every level, with and without each role, and solves for the
respondent counts consistent with all of them: a published count ``c`` rounded to 5 is a true
count within ``c +- 2`` (a 0 is a true 0), a suppressed cell anything. The psychologists of
team A (2) must not
come out as one possible value, nor must their burnout count.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.metrics.sync.apply import apply_events
from shared.events import StaffSurveyClosed, StaffSurveyResponse
from shared.feed import FeedEvent
from tests.support.tokens import bearer

TEAMS = {"A": ("site-1", 24, 2), "B": ("site-1", 22, 0), "C": ("site-2", 26, 0)}
ROLES = ("nurse", "psychologist")
METRIC = "miniz-burnout-prevalence"
CLOSED = date(2026, 3, 20)
RANGE = {"period": "quarter", "from": "2026-01-01", "to": "2026-03-31"}
Counts = dict[str, tuple[int, int]]  # team -> (nurses, psychologists)


def _response(role: str, burnt_out: bool) -> StaffSurveyResponse:
    answer = 2 if burnt_out else 4
    return StaffSurveyResponse(
        role=role,
        answers={"miniz2": {"miniz2_3": answer}},
        scores={"miniz2": {"total": None}},
        flags={"miniz2": ["burnout"] if burnt_out else []},
    )


def _event(org: str, team: str) -> FeedEvent:
    site, nurses, psychologists = TEAMS[team]
    responses = [_response("nurse", i < nurses // 2) for i in range(nurses)]
    responses += [_response("psychologist", True) for _ in range(psychologists)]
    data = StaffSurveyClosed(
        campaign_id="c-1", team_id=team, site_id=site, instrument_ids=["miniz2"],
        opened_on=date(2026, 3, 1), closed_on=CLOSED, invited=30, responses=responses,
    )  # fmt: skip
    return FeedEvent(
        id=str(uuid.uuid4()), source="/learning-loop/measures", type=data.type,
        time=datetime(2026, 3, 21, tzinfo=UTC), subject="staff-surveys/x", org=org,
        data=data.model_dump(mode="json"),
    )  # fmt: skip


@pytest.fixture(scope="module")
def org(metrics_client: TestClient) -> str:
    org = f"org-wf-diff-{uuid.uuid4().hex[:8]}"
    with metrics_client.app.state.engine.begin() as connection:  # type: ignore[attr-defined]
        assert apply_events(connection, [_event(org, t) for t in TEAMS]).ignored == 0
    return org


def _published(client: TestClient, org: str, field: str) -> list[tuple[set[str], str, Any]]:
    """Every published cell as (teams it covers, role or '', the count or None: suppressed)."""
    units = {"team": {t: {t} for t in TEAMS}, "org": {org: set(TEAMS)}}
    units["site"] = {s: {t for t, (site, *_) in TEAMS.items() if site == s} for s in ("site-1", "site-2")}  # fmt: skip  # noqa: E501
    out = []
    for level, role in itertools.product(("team", "site", "org"), ("", *ROLES)):
        params = {"level": level, **RANGE, **({"role": role} if role else {})}
        answer = client.get(f"/v1/metrics/{METRIC}/values", params=params, headers=bearer(org))
        assert answer.status_code == 200, answer.text
        for cell in answer.json()["values"]:
            out.append((units[level][cell["unit_id"]], role, cell[field]))
    return out


def _consistent(counts: Counts, published: list[tuple[set[str], str, Any]]) -> bool:
    for teams, role, shown in published:
        if shown is None:  # suppressed: the attacker learns nothing sure from it
            continue
        index = {"nurse": (0,), "psychologist": (1,), "": (0, 1)}[role]
        true = sum(counts[t][i] for t in teams for i in index)
        # Rounded to 5: within 2 either way; a published 0 is a true 0 (1 to 10 are hidden).
        if abs(true - shown) > (2 if shown else 0):
            return False
    return True


def _candidates(published: list[tuple[set[str], str, Any]], top: int) -> set[int]:
    """Every psychologist count of team A some assignment of counts agrees with: each team's
    pairs that agree with its own cells, then the combinations that agree with every cell."""
    alone = {
        team: [
            pair
            for pair in itertools.product(range(top), repeat=2)
            if _consistent({team: pair}, [p for p in published if p[0] == {team}])
        ]
        for team in TEAMS
    }
    found = set()
    for pairs in itertools.product(*alone.values()):
        if _consistent(dict(zip(TEAMS, pairs, strict=True)), published):
            found.add(pairs[0][1])
    return found


@pytest.mark.parametrize(("field", "truth"), [("n", 2), ("numerator", 2)])
def test_no_small_group_is_pinned_down_by_subtraction(
    metrics_client: TestClient, org: str, field: str, truth: int
) -> None:
    published = _published(metrics_client, org, field)
    small = [p for p in published if p[1] == "psychologist" and "A" in p[0]]
    assert small and all(shown is None for _, _, shown in small), "the small cells are hidden"
    assert any(p[2] for p in published if p[1] == "nurse" and p[0] == {"A"}), "A's nurses shown"
    possible = _candidates(published, top=40)
    assert truth in possible and len(possible) > 1, possible
