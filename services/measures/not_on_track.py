"""Is a patient on track? Compared with the organisation's own past patients, or a rule of thumb.

The model follows the idea of Lambert's OQ feedback system: patients who start at a similar
severity follow an expected course, and one who falls behind it is flagged early so the clinician
can act (Lambert 2017 summarises 12 trials in which this halved deterioration in at-risk cases).

Data model. From the organisation's completed episodes, each observation is
(baseline severity band, weeks since baseline, change = later score - baseline). Observations
are grouped by baseline band and week bucket (:data:`WEEK_BUCKETS`). In each cell the expected
improvement band runs from the 25th to the 75th percentile.

Choices (documented, versioned in :data:`PERCENTILE_MODEL_VERSION`):

* **Not on track = improvement below the cell's 25th percentile.** Trials report that about 30%
  of patients fail to respond (Lambert 2017), so reviewing the slowest quarter of patients at
  each point in care targets roughly the group that will not respond, without flagging most
  patients.
* **A cell needs at least** :data:`MIN_EPISODES_PER_CELL` **(30) distinct episodes.** Below
  that the 25th percentile of a small sample is too unstable to act on.
* **Fallback rule of thumb** (:data:`RULE_MODEL_VERSION`): not on track on reliable
  deterioration at any time, or when there is no reliable improvement by week
  :data:`RULE_WEEKS_WITHOUT_IMPROVEMENT` (8). Lambert's group found that half of patients improve
  reliably within 8 sessions and that reliable worsening before improvement is rare; with weekly
  sessions, 8 sessions is about 8 weeks. Reliable change uses the instrument's catalog threshold.

Sources: Lambert MJ. Maximizing psychotherapy outcome beyond evidence-based medicine. Psychother
Psychosom 2017;86:80-89 (30% non-response in trials; feedback cut deterioration in at-risk cases
from 21% to 13%). Lambert MJ, "Top 10 things learned after two decades of tracking client
treatment progress", Society for the Advancement of Psychotherapy, web feature (50% reliably
improve after 8 sessions; reliable worsening before improvement is rare). Whipple JL, Lambert MJ
et al. J Couns Psychol 2003;50:59-68 (early identification of treatment failure).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import numpy as np

from services.measures.instrument_schema import Scale

PERCENTILE_MODEL_VERSION = "org-percentile-bands/1 (p25-p75, min 30 episodes per cell)"
RULE_MODEL_VERSION = (
    "rule-of-thumb/1 (reliable deterioration, or no reliable improvement by week 8)"
)
MIN_EPISODES_PER_CELL = 30
LOWER_PERCENTILE = 25.0
UPPER_PERCENTILE = 75.0
RULE_WEEKS_WITHOUT_IMPROVEMENT = 8.0
# Week buckets [start, end): early weeks are narrow because most change happens early.
WEEK_BUCKETS: tuple[tuple[float, float], ...] = (
    (1, 2), (2, 4), (4, 6), (6, 8), (8, 12), (12, 16), (16, 26), (26, float("inf")),
)  # fmt: skip

Decider = Literal["org_percentile_model", "rule_of_thumb", "none"]


@dataclass(frozen=True, slots=True)
class EpisodePoint:
    """One follow-up observation from a completed episode of the organisation's own care."""

    episode_id: str
    baseline_band: str
    weeks_since_baseline: float
    change: float  # later score - baseline score, in points


@dataclass(frozen=True, slots=True)
class CellBand:
    baseline_band: str
    bucket: tuple[float, float]
    n_episodes: int
    lower: float  # 25th percentile of improvement
    median: float
    upper: float  # 75th percentile of improvement


@dataclass(frozen=True, slots=True)
class ExpectedChangeModel:
    """Expected improvement bands per (baseline band, week bucket), fitted on one org's data."""

    scale_direction: str
    cells: dict[tuple[str, tuple[float, float]], CellBand]
    version: str

    def cell(self, baseline_band: str, weeks: float) -> CellBand | None:
        bucket = week_bucket(weeks)
        return None if bucket is None else self.cells.get((baseline_band, bucket))


@dataclass(frozen=True, slots=True)
class TrackStatus:
    """The verdict, which model reached it (and its version), and why."""

    on_track: bool | None
    decided_by: Decider
    model_version: str | None
    reason: str
    expected: CellBand | None = None


def week_bucket(weeks: float) -> tuple[float, float] | None:
    for bucket in WEEK_BUCKETS:
        if bucket[0] <= weeks < bucket[1]:
            return bucket
    return None


def fit_expected_change(scale: Scale, points: Iterable[EpisodePoint]) -> ExpectedChangeModel:
    """Fit percentile bands from completed episodes (each episode counted once per cell)."""
    sign = 1 if scale.direction == "higher_is_better" else -1
    grouped: dict[tuple[str, tuple[float, float]], dict[str, float]] = defaultdict(dict)
    for point in points:
        bucket = week_bucket(point.weeks_since_baseline)
        if bucket is not None:
            # The latest observation of an episode within a bucket represents it there.
            grouped[(point.baseline_band, bucket)][point.episode_id] = sign * point.change
    cells = {}
    for key, by_episode in grouped.items():
        if len(by_episode) < MIN_EPISODES_PER_CELL:
            continue
        values = np.fromiter(by_episode.values(), dtype=float)
        low, mid, high = np.percentile(values, [LOWER_PERCENTILE, 50.0, UPPER_PERCENTILE])
        cells[key] = CellBand(key[0], key[1], len(by_episode), float(low), float(mid), float(high))
    digest = hashlib.sha256(
        repr(sorted((k, c.n_episodes, c.lower, c.upper) for k, c in cells.items())).encode()
    ).hexdigest()[:10]
    return ExpectedChangeModel(scale.direction, cells, f"{PERCENTILE_MODEL_VERSION} fit:{digest}")


def track_status(
    scale: Scale,
    model: ExpectedChangeModel | None,
    *,
    baseline_band: str,
    weeks_since_baseline: float,
    change: float,
) -> TrackStatus:
    """On track or not for one patient now; the org model decides when its cell has data."""
    if week_bucket(weeks_since_baseline) is None:
        return TrackStatus(None, "none", None, "less than one week since baseline")
    improvement = (1 if scale.direction == "higher_is_better" else -1) * change
    cell = None if model is None else model.cell(baseline_band, weeks_since_baseline)
    if cell is not None and model is not None:
        behind = improvement < cell.lower
        reason = (
            f"improvement {improvement:g} is below the 25th percentile ({cell.lower:g}) of "
            f"{cell.n_episodes} past episodes starting {baseline_band}"
            if behind
            else f"improvement {improvement:g} is within the expected range of past episodes"
        )
        return TrackStatus(not behind, "org_percentile_model", model.version, reason, cell)
    return _rule_of_thumb(scale, weeks_since_baseline, improvement)


def _rule_of_thumb(scale: Scale, weeks: float, improvement: float) -> TrackStatus:
    if scale.reliable_change is None:
        return TrackStatus(
            None, "none", None, "too little local history and no reliable-change threshold"
        )
    threshold = scale.reliable_change.value
    if -improvement >= threshold:
        return TrackStatus(False, "rule_of_thumb", RULE_MODEL_VERSION, "reliable deterioration")
    if weeks >= RULE_WEEKS_WITHOUT_IMPROVEMENT and improvement < threshold:
        reason = f"no reliable improvement after {weeks:g} weeks"
        return TrackStatus(False, "rule_of_thumb", RULE_MODEL_VERSION, reason)
    return TrackStatus(True, "rule_of_thumb", RULE_MODEL_VERSION, "no warning sign yet")
