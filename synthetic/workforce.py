"""The synthetic organization's workforce: a staff record for every clinician its sessions name,
the teams' managers and administrators, some leavers over the year, and each team's funded
establishment with a few vacancies, so turnover, vacancy and caseload per FTE have something
to count.

Drawn from a random stream of its own (the plan's seed and ``workforce``), so the rest of the
dataset draws what it drew before. The clinicians the sessions name stay in post all year (their
sessions run to its end); the leavers are colleagues who left during the year, a few replaced by
a starter, the rest left as vacancies. The shares are the demo's own, chosen so the figures look
like a community mental health service's (a yearly turnover near one in six, most of it
voluntary), not estimates.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

__all__ = ["Workforce", "workforce"]

CLINICAL_ROLES = ["psychologist", "counselor", "social-worker", "nurse", "psychiatrist"]
CLINICAL_WEIGHTS = [30, 25, 20, 18, 7]
FTES = [1.0, 1.0, 1.0, 0.8, 0.6, 0.5]
LEAVING_REASONS = ["resigned", "retired", "end-of-contract", "moved-internally", "dismissed"]
LEAVING_WEIGHTS = [55, 15, 15, 10, 5]


@dataclass
class Workforce:
    """The staff records (PUT bodies plus ``staff_id``) and establishment rows (PUT bodies plus
    ``team_id``) to send."""

    staff: list[dict[str, Any]] = field(default_factory=list)
    establishments: list[dict[str, Any]] = field(default_factory=list)


def _record(staff_id: str, team: tuple[str, str], role: str, fte: float, started: date,
            **ending: Any) -> dict[str, Any]:  # fmt: skip
    team_id, site_id = team
    body = {"staff_id": staff_id, "team_id": team_id, "site_id": site_id, "role": role,
            "fte": fte, "started_on": started.isoformat()}  # fmt: skip
    return body | ending


def workforce(
    seed: int, encounters: Sequence[dict[str, Any]], *, start: date, end: date
) -> Workforce:
    """The workforce of the org whose ``encounters`` these are, over ``start`` to ``end``."""
    rng = random.Random(f"{seed}:workforce")
    horizon = min(end, date.today())
    clinicians = sorted({(e["clinician_id"], e["team_id"], e["site_id"]) for e in encounters})
    teams = sorted({(team, site) for _, team, site in clinicians})
    out = Workforce()
    in_post: dict[tuple[str, str], float] = dict.fromkeys(teams, 0.0)

    def hired_years_ago(low: int, high: int) -> date:
        return start - timedelta(days=rng.randint(365 * low, 365 * high))

    for clinician_id, team_id, site_id in clinicians:
        role = rng.choices(CLINICAL_ROLES, CLINICAL_WEIGHTS)[0]
        fte = rng.choice(FTES)
        out.staff.append(
            _record(clinician_id, (team_id, site_id), role, fte, hired_years_ago(1, 12))
        )
        in_post[(team_id, site_id)] += fte
    for team in teams:
        out.staff.append(_record(f"mgr-{team[0]}", team, "manager", 1.0, hired_years_ago(2, 10)))
        admin_fte = rng.choice([0.6, 1.0])
        out.staff.append(
            _record(f"adm-{team[0]}", team, "administrative", admin_fte, hired_years_ago(1, 8))
        )
        in_post[team] += 1.0 + admin_fte
        leavers_posts = _leavers(rng, out, team, start, horizon)
        funded = in_post[team] + leavers_posts + rng.choice([0.0, 0.0, 0.5])
        out.establishments.append(
            {
                "team_id": team[0],
                "site_id": team[1],
                "effective_from": date(start.year, start.month, 1).isoformat(),
                "funded_fte": round(funded, 1),
            }
        )
    return out


def _leavers(
    rng: random.Random, out: Workforce, team: tuple[str, str], start: date, horizon: date
) -> float:
    """Zero to two colleagues of ``team`` who left during the year, one in three replaced by a
    starter a month or two later; the FTE of their posts, which stay funded (vacant or not)."""
    posts = 0.0
    span = (horizon - start).days
    if span < 60:
        return posts
    for k in range(rng.choice([0, 1, 1, 2])):
        role = rng.choices(CLINICAL_ROLES, CLINICAL_WEIGHTS)[0]
        fte = rng.choice(FTES)
        started = start - timedelta(days=rng.randint(200, 365 * 9))
        ended = start + timedelta(days=rng.randint(14, span - 30))
        reason = rng.choices(LEAVING_REASONS, LEAVING_WEIGHTS)[0]
        out.staff.append(
            _record(
                f"{team[0]}-former-{k}",
                team,
                role,
                fte,
                started,
                ended_on=ended.isoformat(),
                leaving_reason=reason,
            )
        )
        starts = ended + timedelta(days=rng.randint(30, 75))
        if rng.random() < 1 / 3 and starts <= horizon:
            out.staff.append(_record(f"{team[0]}-starter-{k}", team, role, fte, starts))
        posts += fte
    return posts
