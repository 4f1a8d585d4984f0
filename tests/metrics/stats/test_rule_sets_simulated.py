"""False and true signals of the run-chart rule sets on simulated series.

Each series is built into a run chart (median of its own points as centre line) and read by
the production code, exactly as the chart route does. Seeded, so the rates are reproducible.

Tolerance for the default (Anhøj) rules: at every n from 12 to 60, the share of pure-noise
series with a runs signal must lie between 0.5 % and 6.5 %, and its mean over n between 2 %
and 5 %. Why: the rules have integer critical values, so the exact false-signal rate steps
up and down with n instead of sitting on 5 %; Anhøj & Olesen (2014) chose them to keep it
near or below 5 % at any length. With the median taken from the series itself exactly half
the useful points lie on each side, which lowers the rate for short series (about 1 % at
n = 12 here, about 4-5 % from n = 40). The upper bound is 5 % plus three Monte Carlo standard
errors (sqrt(0.05 * 0.95 / 2000) = 0.49 percentage points): a rate creeping above 5 % fails,
as the classic rules' rates of 30-80 % do by far.
"""

from __future__ import annotations

import numpy as np
import pytest

from services.metrics.stats.charts import run_chart
from services.metrics.stats.rule_sets import RuleSetId
from services.metrics.stats.series import Point
from services.metrics.stats.signals import run_chart_signals

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

SERIES_PER_N = 2000


def signal_rate(
    rng: np.random.Generator, n: int, rule_set: RuleSetId, *, reps: int, shift: float = 0.0
) -> float:
    """Share of `reps` normal series of `n` points (the second half moved up by `shift`
    standard deviations) on whose run chart `rule_set` finds any signal."""
    hits = 0
    for _ in range(reps):
        ys = rng.normal(size=n)
        ys[n // 2 :] += shift
        chart = run_chart([Point(f"{i:03d}", value=float(y)) for i, y in enumerate(ys)])
        hits += bool(run_chart_signals(chart, rule_set).signals)
    return hits / reps


def test_the_anhoej_rules_signal_about_five_percent_of_in_control_series() -> None:
    rng = np.random.default_rng(20261206)
    rates = {n: signal_rate(rng, n, "anhoej", reps=SERIES_PER_N) for n in range(12, 61)}
    outside = {n: r for n, r in rates.items() if not 0.005 <= r <= 0.065}
    assert not outside, outside
    assert 0.02 <= float(np.mean(list(rates.values()))) <= 0.05, rates


def test_the_anhoej_rules_detect_a_planted_shift() -> None:
    """A sustained shift of 2 standard deviations halfway through is found in most series,
    more often the longer the series; one of 3 standard deviations almost always. (The
    median is the series' own, shifted points included, as on a real chart.)"""
    rng = np.random.default_rng(7)
    short = signal_rate(rng, 24, "anhoej", reps=500, shift=2.0)
    long = signal_rate(rng, 48, "anhoej", reps=500, shift=2.0)
    assert short > 0.5 and long > 0.8 and long > short, (short, long)
    assert signal_rate(rng, 24, "anhoej", reps=500, shift=3.0) > 0.9


def test_the_ihi_run_chart_rules_signal_far_more_often_on_noise() -> None:
    """Why the default changed: the IHI run-chart rules on pure noise."""
    rng = np.random.default_rng(11)
    for n in (24, 60):
        anhoej = signal_rate(rng, n, "anhoej", reps=500)
        ihi = signal_rate(rng, n, "ihi", reps=500)
        assert ihi > 0.3 and ihi > 4 * anhoej, (n, ihi, anhoej)
