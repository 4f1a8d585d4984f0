"""The named sets of special-cause rules a chart can be read with, and what each rule means.

Three sets, selectable per request; every chart says which one it used.

``anhoej`` (the default): the Anhøj rules, as in the R package qicharts2. Run charts use two
rules about the points not on the centre line (n "useful" points): an unusually long run and
unusually few crossings (:mod:`services.metrics.stats.anhoej`). Control charts add one point
beyond the 3-sigma limits, and nothing else, as qicharts2 does. Anhøj & Olesen (2014, PLoS
ONE 9(11):e113825) chose these by simulation so that random data signal about 5 % of the
time whatever n is, where the classic shift and trend rules signal more often the longer the
series (on pure noise of 24-60 points, the IHI run-chart rules below signal 37-81 % of the
time); their trend rule adds false alarms and almost no power against real drift.

``ihi``: Institute for Healthcare Improvement teaching. Run charts: Perla, Provost & Murray
(2011, BMJ Qual Saf 20:46-51): a shift of 6, a trend of 5, too few or too many runs. Control
charts: Provost & Murray, "The Health Care Data Guide" (2011): a point beyond the limits, a
shift of 8, a trend of 6, 2 of 3 beyond 2 sigma, 15 within 1 sigma.

``nhs``: NHS England's "Making Data Count" (2019), as implemented by the NHS-R Community's
R package NHSRplotthedots: a point beyond the limits, 7 points in a row on one side of the
centre line, 7 points in a row all increasing or all decreasing, and 2 of 3 points close to
a limit. As there, a point exactly on the centre line ends a shift and a repeated value ends
a trend. Making Data Count reads XmR charts; we apply its rules to every control chart, and
its shift and trend rules (the ones that need no limits) to the run chart's median.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

RuleSetId = Literal["anhoej", "ihi", "nhs"]
RULE_SET_IDS: tuple[RuleSetId, ...] = get_args(RuleSetId)
DEFAULT_RULE_SET: RuleSetId = "anhoej"


@dataclass(frozen=True)
class Rule:
    """One rule: its id, a short name, and what a signal by it tells the reader.

    `whole_series` rules (few crossings, too few or too many runs) are about the series as a
    whole, not about particular points, so they are listed but never marked on a point.
    """

    rule: str
    name: str
    meaning: str
    whole_series: bool = False


_RULES = (
    Rule(
        "beyond_limits",
        "Point beyond a control limit",
        "A point outside the 3-sigma limits: rarer than 3 in 1,000 by chance alone, so look "
        "for a special cause in that period.",
    ),
    Rule(
        "long_run",
        "Unusually long run",
        "More points in a row on one side of the centre line than round(log2(n)) + 3, n being "
        "the points not on the line: the process has probably shifted (Anhøj & Olesen 2014).",
    ),
    Rule(
        "few_crossings",
        "Unusually few crossings",
        "The line joining the points crosses the centre line fewer times than the 5th "
        "percentile of Binomial(n - 1, 1/2): points cluster on either side, a sign of a shift "
        "or of some other non-random pattern (Anhøj & Olesen 2014).",
        whole_series=True,
    ),
    Rule(
        "run_shift",
        "Shift: 6 or more points above or below the median",
        "Six or more points in a row on one side of the median (points on it are skipped): "
        "the process has probably moved (Perla, Provost & Murray 2011).",
    ),
    Rule(
        "run_trend",
        "Trend: 5 or more points all increasing or all decreasing",
        "Five or more points each higher (or each lower) than the one before, repeated values "
        "ignored: a possible steady change (Perla, Provost & Murray 2011).",
    ),
    Rule(
        "too_few_runs",
        "Too few runs: points cluster on either side of the median",
        "Fewer runs about the median than 95 % of random series of that length have "
        "(Swed & Eisenhart 1943; Perla, Provost & Murray 2011).",
        whole_series=True,
    ),
    Rule(
        "too_many_runs",
        "Too many runs: points oscillate around the median",
        "More runs about the median than 95 % of random series have: often two processes "
        "mixed in one series (Perla, Provost & Murray 2011).",
        whole_series=True,
    ),
    Rule(
        "shift_8",
        "Shift: 8 or more points on one side of the centre line",
        "Eight or more points in a row on one side of the centre line (points on it are "
        "skipped): the process has probably moved (Provost & Murray 2011).",
    ),
    Rule(
        "trend_6",
        "Trend: 6 or more points steadily increasing or decreasing",
        "Six or more points each higher (or each lower) than the one before, repeated values "
        "ignored (Provost & Murray 2011).",
    ),
    Rule(
        "two_of_three",
        "2 of 3 consecutive points beyond 2 sigma on the same side",
        "Two of three points in a row in the outer third, beyond 2 sigma on one side: an early "
        "sign of a shift (Provost & Murray 2011).",
    ),
    Rule(
        "inner_third_15",
        "15 or more consecutive points within 1 sigma of the centre line",
        "Fifteen points in a row hugging the centre line: the limits are probably too wide, "
        "often because unlike groups were pooled (Provost & Murray 2011).",
    ),
    Rule(
        "shift_7",
        "Shift: 7 points in a row on one side of the centre line",
        "Seven or more points in a row above (or below) the centre line; a point on the line "
        "ends the run (NHS England, Making Data Count).",
    ),
    Rule(
        "trend_7",
        "Trend: 7 points in a row all increasing or all decreasing",
        "Seven or more points each higher (or each lower) than the one before; a repeated "
        "value ends the trend (NHS England, Making Data Count).",
    ),
    Rule(
        "two_of_three_close",
        "2 of 3 points close to a control limit",
        "Two of three points in a row, all on one side of the centre line, lie beyond 2 sigma "
        "but inside the limits (NHS England, Making Data Count).",
    ),
)
RULES: dict[str, Rule] = {r.rule: r for r in _RULES}
WHOLE_SERIES_RULES = frozenset(r.rule for r in _RULES if r.whole_series)


@dataclass(frozen=True)
class RuleSet:
    """A named set of rules for run charts and for control charts, and its source."""

    id: RuleSetId
    title: str
    source: str
    run_rules: tuple[str, ...]
    control_rules: tuple[str, ...]


RULE_SETS: dict[RuleSetId, RuleSet] = {
    "anhoej": RuleSet(
        "anhoej",
        "Anhøj rules (as in qicharts2)",
        "Anhøj J, Olesen AV. Run charts revisited: a simulation study of run chart rules for "
        "detection of non-random variation in health care processes. PLoS ONE "
        "2014;9(11):e113825. R package qicharts2 (runs analysis).",
        ("long_run", "few_crossings"),
        ("beyond_limits", "long_run", "few_crossings"),
    ),
    "ihi": RuleSet(
        "ihi",
        "IHI rules (Perla, Provost & Murray; Provost & Murray)",
        "Perla RJ, Provost LP, Murray SK. The run chart: a simple analytical tool for learning "
        "from variation in healthcare processes. BMJ Qual Saf 2011;20:46-51. Provost LP, "
        "Murray SK. The Health Care Data Guide. Jossey-Bass, 2011.",
        ("run_shift", "run_trend", "too_few_runs", "too_many_runs"),
        ("beyond_limits", "shift_8", "trend_6", "two_of_three", "inner_third_15"),
    ),
    "nhs": RuleSet(
        "nhs",
        "NHS Making Data Count",
        "NHS England (NHS Improvement). Making Data Count: strengthening your decisions, 2019. "
        "NHS-R Community, R package NHSRplotthedots.",
        ("shift_7", "trend_7"),
        ("beyond_limits", "shift_7", "trend_7", "two_of_three_close"),
    ),
}
