"""Two metrics side by side across teams: each team-period where both are published (after
suppression and rounding, exactly as the values route shows them), and how they go together.

An ecological correlation between team values: it says nothing about individuals, nothing
about cause, and leaves out every suppressed team. Fewer than :data:`MIN_TEAMS` teams with both
values is refused (:class:`TooFewTeamsError`): Fisher's interval needs n > 3, and below 5 any
correlation is noise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from services.metrics.compute import MetricQuery
from services.metrics.compute.disclosure import publish
from services.metrics.errors import InvalidMetricQueryError, TooFewTeamsError
from services.metrics.stats.association import fisher_interval, pearson, spearman
from services.metrics.stats.rounding import Rounding

MIN_TEAMS = 5
CAVEATS = (
    "Ecological correlation: team values, not individuals; it does not say that any one "
    "person's answers or outcomes go together.",
    "Association, not causation: both may follow a third factor (team size, case mix, service).",
    "Teams whose value is suppressed (too few respondents or patients) are left out, so the "
    "pairs lean towards larger teams.",
    "Few teams make a wide interval: read the interval, not the point estimate.",
    "Published values are computed from rounded counts, which adds noise to small teams.",
)


@dataclass(frozen=True)
class Pair:
    team_id: str
    period: date
    x: float
    y: float


@dataclass(frozen=True)
class Association:
    pairs: list[Pair]
    teams: int
    pearson: float | None
    lower: float | None
    upper: float | None
    spearman: float | None


def associate(
    session: Session, *, org: str, x: MetricQuery, y: MetricQuery, threshold: int,
    bases: Rounding,
) -> Association:  # fmt: skip
    """The pairs and their correlations, or :class:`TooFewTeamsError`."""
    if x.metric_id == y.metric_id:
        raise InvalidMetricQueryError("x and y must be two different metrics", field="y")
    published = {}
    for side, query in (("x", x), ("y", y)):
        cells = publish(session, orgs=[org], query=query, threshold=threshold, bases=bases)
        published[side] = {
            (c.unit_id, c.period): c.value
            for c in cells
            if not c.suppressed and c.value is not None
        }
    both = sorted(set(published["x"]) & set(published["y"]))
    pairs = [Pair(t, p, published["x"][t, p], published["y"][t, p]) for t, p in both]
    teams = len({p.team_id for p in pairs})
    if teams < MIN_TEAMS or len(pairs) < MIN_TEAMS:
        raise TooFewTeamsError(
            f"{teams} teams have both values published; an association needs {MIN_TEAMS}"
        )
    xs, ys = [p.x for p in pairs], [p.y for p in pairs]
    r = pearson(xs, ys)
    lower, upper = (None, None) if r is None else fisher_interval(r, len(pairs))
    return Association(pairs, teams, r, lower, upper, spearman(xs, ys))
