"""Is a patient on track? Compared with the organisation's own past patients, or a rule of thumb.

The model follows the idea of Lambert's OQ feedback system: patients who start at a similar
severity follow an expected course, and one who falls behind it is flagged early so the clinician
can act (Lambert 2017 summarises 12 trials in which this halved deterioration in at-risk cases).

Who is judged, in this order (:func:`verdict_before_models`):

1. Without a reliable-change value nothing can be judged: ``not_applicable``.
2. In the first week after baseline: ``too_early``.
3. A **reliable deterioration** is ``not_on_track`` for every patient, case or not, whatever
   the org model's expected range says: it is a warning sign in itself, not a course missed.
4. Expected-change rules (the org model and the week-8 rule) hold only a patient who can
   improve to a course (:func:`not_applicable_reason`, :data:`ELIGIBILITY_VERSION`): a **case
   at baseline** (at or above the instrument's caseness cut-off) with **room for a reliable
   improvement** (the baseline minus the reliable-change value is still at or above the
   scale's floor; for a scale where higher is better, plus it at or under the ceiling).
   Anyone else gets ``not_applicable`` with the reason, and no alert: a PHQ-9 of 4 that moves
   to 3 is not a failing treatment.
5. A patient who has **responded or remitted** (:mod:`services.measures.scoring.outcomes`) is
   ``on_track``, whatever a model expects.

Data model. The org model is fitted on every identified patient's series on the instrument whose
baseline (the first scored assessment) is eligible as above: measures keeps no discharge date,
so series still in care count as well as finished ones (the judged patient's own among them),
each observation being what that patient looked like at that week. Each observation is (baseline
severity band, weeks since baseline, change = later score - baseline). Observations are grouped
by baseline band and week bucket (:data:`WEEK_BUCKETS`); within a cell, a series counts once, by
its latest observation there. In each cell the expected improvement band runs from the 25th to
the 75th percentile.

Choices (documented, versioned in :data:`PERCENTILE_MODEL_VERSION`):

* **Not on track = improvement below the cell's 25th percentile.** Trials report that about 30%
  of patients fail to respond (Lambert 2017), so reviewing the slowest quarter of patients at
  each point in care targets roughly the group that will not respond, without flagging most
  patients.
* **A cell needs at least** :data:`MIN_EPISODES_PER_CELL` **(30) distinct series.** Below
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
et al. J Couns Psychol 2003;50:59-68 (early identification of treatment failure). Jacobson NS,
Truax P. J Consult Clin Psychol 1991;59:12-19 (reliable change; clinical significance applies
to those who start in the dysfunctional range).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import numpy as np

from services.measures.instruments.schema import Scale
from services.measures.scoring.engine import is_case
from services.measures.scoring.outcomes import ChangeAssessment

ELIGIBILITY_VERSION = "eligibility/1 (case at baseline, room for a reliable improvement)"
PERCENTILE_MODEL_VERSION = (
    "org-percentile-bands/2 (p25-p75, min 30 series per cell, eligible baselines only)"
)
RULE_MODEL_VERSION = (
    "rule-of-thumb/2 (reliable deterioration, or no reliable improvement by week 8)"
)
OUTCOME_VERSION = "outcome-reached/1 (responded or remitted: on track)"
MIN_EPISODES_PER_CELL = 30
LOWER_PERCENTILE = 25.0
UPPER_PERCENTILE = 75.0
RULE_WEEKS_WITHOUT_IMPROVEMENT = 8.0
# Week buckets [start, end): early weeks are narrow because most change happens early.
WEEK_BUCKETS: tuple[tuple[float, float], ...] = (
    (1, 2), (2, 4), (4, 6), (6, 8), (8, 12), (12, 16), (16, 26), (26, float("inf")),
)  # fmt: skip

Decider = Literal["org_percentile_model", "rule_of_thumb", "outcome_reached", "eligibility", "none"]
Verdict = Literal["on_track", "not_on_track", "not_applicable", "too_early"]


@dataclass(frozen=True, slots=True)
class EpisodePoint:
    """One follow-up observation of one patient's series in the organisation's own care."""

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
    """The verdict, which model reached it (and its version), and why.

    ``on_track`` is True or False only for the verdicts ``on_track`` and ``not_on_track``."""

    verdict: Verdict
    decided_by: Decider
    model_version: str | None
    reason: str
    expected: CellBand | None = None

    @property
    def on_track(self) -> bool | None:
        return {"on_track": True, "not_on_track": False}.get(self.verdict)


def week_bucket(weeks: float) -> tuple[float, float] | None:
    for bucket in WEEK_BUCKETS:
        if bucket[0] <= weeks < bucket[1]:
            return bucket
    return None


def not_applicable_reason(scale: Scale, baseline: float) -> str | None:
    """Why expected-change rules do not apply to a patient with this baseline (None: they do)."""
    if scale.caseness is None or scale.reliable_change is None:
        missing = "caseness cut-off" if scale.caseness is None else "reliable-change value"
        return f"the instrument has no {missing}, so eligibility cannot be judged"
    if not is_case(scale, baseline):
        return (
            f"not a case at baseline ({baseline:g} is on the non-clinical side of the "
            f"caseness cut-off {scale.caseness.threshold:g})"
        )
    rci = scale.reliable_change.value
    better = scale.direction == "higher_is_better"
    room = scale.max - baseline if better else baseline - scale.min
    if room < rci:
        edge = f"ceiling ({scale.max:g})" if better else f"floor ({scale.min:g})"
        return (
            f"no room for a reliable improvement: baseline {baseline:g} is less than the "
            f"reliable-change value ({rci:g}) from the scale's {edge}"
        )
    return None


def fit_expected_change(scale: Scale, points: Iterable[EpisodePoint]) -> ExpectedChangeModel:
    """Fit percentile bands from eligible series (each series counted once per cell)."""
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


def verdict_before_models(scale: Scale, change: ChangeAssessment) -> TrackStatus | None:
    """The verdict when no model is needed: too early, reliable deterioration, not eligible,
    or outcome reached."""
    reason = not_applicable_reason(scale, change.baseline)
    if scale.reliable_change is None:
        assert reason is not None
        return TrackStatus("not_applicable", "eligibility", ELIGIBILITY_VERSION, reason)
    weeks = change.weeks_in_care
    if weeks is None or week_bucket(weeks) is None:
        return TrackStatus("too_early", "none", None, "less than one week since baseline")
    if change.reliable_deterioration:
        # A warning sign in itself, for every patient: no expected course excuses it.
        worse = f"reliable deterioration ({-change.improvement:g} points worse than baseline)"
        return TrackStatus("not_on_track", "rule_of_thumb", RULE_MODEL_VERSION, worse)
    if reason is not None:
        return TrackStatus("not_applicable", "eligibility", ELIGIBILITY_VERSION, reason)
    if change.remission or change.response:
        reached = "in remission" if change.remission else "responded"
        reason = f"{reached} (improvement {change.improvement:g} points since baseline)"
        return TrackStatus("on_track", "outcome_reached", OUTCOME_VERSION, reason)
    return None


def track_status(
    scale: Scale,
    model: ExpectedChangeModel | None,
    change: ChangeAssessment,
    *,
    baseline_band: str,
) -> TrackStatus:
    """On track or not for one patient now; the org model decides when its cell has data."""
    early = verdict_before_models(scale, change)
    if early is not None:
        return early
    assert change.weeks_in_care is not None  # verdict_before_models answered otherwise
    weeks, improvement = change.weeks_in_care, change.improvement
    cell = None if model is None else model.cell(baseline_band, weeks)
    if cell is None or model is None:
        return _rule_of_thumb(weeks, change)
    behind = improvement < cell.lower
    reason = (
        f"improvement {improvement:g} is below the 25th percentile ({cell.lower:g}) of "
        f"{cell.n_episodes} past series starting {baseline_band}"
        if behind
        else f"improvement {improvement:g} is within the expected range of past series"
    )
    verdict: Verdict = "not_on_track" if behind else "on_track"
    return TrackStatus(verdict, "org_percentile_model", model.version, reason, cell)


def _rule_of_thumb(weeks: float, change: ChangeAssessment) -> TrackStatus:
    """No reliable improvement by week 8 (reliable deterioration was judged before)."""
    if weeks >= RULE_WEEKS_WITHOUT_IMPROVEMENT and not change.reliable_improvement:
        reason = f"no reliable improvement after {weeks:g} weeks"
        return TrackStatus("not_on_track", "rule_of_thumb", RULE_MODEL_VERSION, reason)
    return TrackStatus("on_track", "rule_of_thumb", RULE_MODEL_VERSION, "no warning sign yet")
