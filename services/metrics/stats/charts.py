"""Control-chart limits: run chart, p, Laney p', u and XmR, with optional frozen baselines.

Formulas follow Montgomery, "Introduction to Statistical Quality Control", as implemented in
the R package qicharts2 (Anhøj), and Laney DB, "Improved control charts for attributes",
Quality Engineering 2002;14(4):531-537. Limits are three sigma. A point whose denominator is
zero, or that was suppressed for privacy, is kept in the result with a reason but gets no
value: it is never plotted and never feeds the centre line or sigma. Moving ranges and
z-score differences are taken between consecutive *plotted* points.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Mapping, Sequence

from services.metrics.stats.errors import InsufficientDataError, InvalidInputError
from services.metrics.stats.series import (
    Baseline,
    ChartPoint,
    ChartResult,
    ChartType,
    MetricKind,
    Point,
    SkipReason,
)

D2 = 1.128
"""Bias constant d2 for moving ranges of two points: sigma = MRbar / d2."""
E2 = 2.66
"""Individuals-chart constant 3 / d2, as tabulated (Montgomery; Wheeler)."""
D4 = 3.267
"""Upper moving-range constant D4 for subgroups of two."""
LANEY_MEAN_DENOMINATOR = 1000
"""Above this mean denominator ordinary p limits are usually too narrow (qicharts2 vignette)."""
LANEY_OVERDISPERSION = 1.5
"""sigma_z above this means between-period variation far exceeds binomial (Laney 2002)."""


def _skip_reason(point: Point, needs_counts: bool) -> SkipReason | None:
    if point.suppressed:
        return "suppressed"
    if needs_counts:
        if point.numerator is None or point.denominator is None:
            return "missing"
        if point.numerator < 0 or point.denominator < 0:
            raise InvalidInputError(f"negative count in period {point.period}")
        return "zero_denominator" if point.denominator == 0 else None
    if point.ratio() is None:
        return "zero_denominator" if point.denominator == 0 else "missing"
    return None


def _usable(
    points: Sequence[Point], needs_counts: bool
) -> tuple[list[int], list[SkipReason | None]]:
    reasons = [_skip_reason(p, needs_counts) for p in points]
    return [i for i, r in enumerate(reasons) if r is None], reasons


def _baseline(points: Sequence[Point], usable: list[int], baseline: Baseline | None) -> list[int]:
    chosen = usable if baseline is None else baseline.select(points, usable)
    if not chosen:
        raise InsufficientDataError("no plottable point in the baseline")
    return chosen


def _result(
    chart: ChartType,
    points: Sequence[Point],
    reasons: Sequence[SkipReason | None],
    limits: Mapping[int, tuple[float | None, float | None, float | None, float | None]],
    centre: float | None,
    base: list[int],
    frozen: bool,
    **extra: float | None,
) -> ChartResult:
    out = []
    for i, p in enumerate(points):
        if reasons[i] is not None:
            out.append(
                ChartPoint(
                    i,
                    p.period,
                    None,
                    p.numerator,
                    p.denominator,
                    None,
                    None,
                    None,
                    None,
                    reasons[i],
                )
            )
            continue
        c, s, lo, hi = limits[i]
        out.append(ChartPoint(i, p.period, p.ratio(), p.numerator, p.denominator, c, s, lo, hi))
    return ChartResult(chart, tuple(out), centre, tuple(base), frozen, **extra)


def run_chart(points: Sequence[Point], *, baseline: Baseline | None = None) -> ChartResult:
    """Run chart: the median as centre line and no limits (Perla, Provost & Murray 2011).

    The median, not the mean, so that one extreme period cannot move the line it is judged
    against; run-chart rules (signals.run_chart_signals) need no distributional assumption.
    """
    usable, reasons = _usable(points, needs_counts=False)
    base = _baseline(points, usable, baseline)
    centre = statistics.median(points[i].ratio() or 0.0 for i in base)
    limits = {i: (centre, None, None, None) for i in usable}
    return _result("run", points, reasons, limits, centre, base, baseline is not None)


def _proportion_centre(points: Sequence[Point], base: list[int]) -> float:
    num = sum(points[i].numerator or 0.0 for i in base)
    den = sum(points[i].denominator or 0.0 for i in base)
    for p in points:
        if p.numerator is not None and p.denominator is not None and p.numerator > p.denominator:
            raise InvalidInputError(f"numerator above denominator in period {p.period}")
    return num / den


def p_chart(points: Sequence[Point], *, baseline: Baseline | None = None) -> ChartResult:
    """p chart: pbar = sum(y) / sum(n) (pooled, so big periods weigh more), per-point
    sigma_i = sqrt(pbar (1 - pbar) / n_i), limits pbar +- 3 sigma_i clipped to [0, 1]."""
    usable, reasons = _usable(points, needs_counts=True)
    base = _baseline(points, usable, baseline)
    pbar = _proportion_centre(points, base)
    limits = {}
    for i in usable:
        s = math.sqrt(pbar * (1 - pbar) / (points[i].denominator or 1.0))
        limits[i] = (pbar, s, max(0.0, pbar - 3 * s), min(1.0, pbar + 3 * s))
    return _result("p", points, reasons, limits, pbar, base, baseline is not None)


def laney_sigma_z(points: Sequence[Point], indexes: Sequence[int], pbar: float) -> float:
    """Laney's sigma_z: the average moving range of the z-scores divided by d2 = 1.128.

    z_i = (p_i - pbar) / sigma_i. With purely binomial variation sigma_z is about 1; large
    denominators make almost any real between-period variation exceed the binomial and
    sigma_z grows (Laney 2002, Quality Engineering 14(4):531-537).
    """
    if len(indexes) < 2:
        raise InsufficientDataError("Laney's sigma_z needs at least two periods")
    if pbar <= 0 or pbar >= 1:
        return 1.0  # every sigma_i is 0: no z-scores exist and the limits collapse anyway
    z = []
    for i in indexes:
        p = points[i]
        sigma = math.sqrt(pbar * (1 - pbar) / (p.denominator or 1.0))
        z.append(((p.ratio() or 0.0) - pbar) / sigma)
    return statistics.fmean(abs(b - a) for a, b in itertools.pairwise(z)) / D2


def p_prime_chart(points: Sequence[Point], *, baseline: Baseline | None = None) -> ChartResult:
    """Laney p' chart: p chart limits widened by sigma_z, pbar +- 3 sigma_z sigma_i, in [0, 1].

    For large denominators (thousands of sessions a month) ordinary p limits hug the centre
    line and nearly every point "signals"; p' keeps the per-point shape of p limits but
    scales them by the variation actually seen between periods.
    """
    usable, reasons = _usable(points, needs_counts=True)
    base = _baseline(points, usable, baseline)
    pbar = _proportion_centre(points, base)
    sz = laney_sigma_z(points, base, pbar)
    limits = {}
    for i in usable:
        s = sz * math.sqrt(pbar * (1 - pbar) / (points[i].denominator or 1.0))
        limits[i] = (pbar, s, max(0.0, pbar - 3 * s), min(1.0, pbar + 3 * s))
    return _result("pp", points, reasons, limits, pbar, base, baseline is not None, sigma_z=sz)


def u_chart(points: Sequence[Point], *, baseline: Baseline | None = None) -> ChartResult:
    """u chart for events per unit of exposure: ubar = sum(c) / sum(n), limits
    ubar +- 3 sqrt(ubar / n_i), lower limit floored at 0 (a rate cannot be negative)."""
    usable, reasons = _usable(points, needs_counts=True)
    base = _baseline(points, usable, baseline)
    ubar = sum(points[i].numerator or 0.0 for i in base) / sum(
        points[i].denominator or 0.0 for i in base
    )
    limits = {}
    for i in usable:
        s = math.sqrt(ubar / (points[i].denominator or 1.0))
        limits[i] = (ubar, s, max(0.0, ubar - 3 * s), ubar + 3 * s)
    return _result("u", points, reasons, limits, ubar, base, baseline is not None)


def xmr_chart(points: Sequence[Point], *, baseline: Baseline | None = None) -> ChartResult:
    """Individuals (XmR) chart: mean +- 2.66 MRbar, moving-range UCL 3.267 MRbar.

    For continuous summaries (median days to first appointment, mean satisfaction) whose
    spread is not given by a binomial or Poisson model: the moving range estimates it from
    the data. sigma is reported as 2.66 MRbar / 3 so zone rules agree exactly with the limits.
    """
    usable, reasons = _usable(points, needs_counts=False)
    base = _baseline(points, usable, baseline)
    if len(base) < 2:
        raise InsufficientDataError("an XmR chart needs at least two points")
    values = [points[i].ratio() or 0.0 for i in base]
    centre = statistics.fmean(values)
    mr_bar = statistics.fmean(abs(b - a) for a, b in itertools.pairwise(values))
    sigma = E2 * mr_bar / 3
    limits = {i: (centre, sigma, centre - E2 * mr_bar, centre + E2 * mr_bar) for i in usable}
    return _result(
        "xmr",
        points,
        reasons,
        limits,
        centre,
        base,
        baseline is not None,
        mr_bar=mr_bar,
        mr_upper=D4 * mr_bar,
    )


def overdispersion_ratio(numerators: Sequence[float], denominators: Sequence[float]) -> float:
    """Laney's sigma_z over a whole series (periods with a zero denominator are ignored)."""
    pts = [
        Point("", numerator=y, denominator=n) for y, n in zip(numerators, denominators, strict=True)
    ]
    idx = [i for i, p in enumerate(pts) if p.denominator]
    pbar = sum(pts[i].numerator or 0.0 for i in idx) / sum(pts[i].denominator or 0.0 for i in idx)
    return laney_sigma_z(pts, idx, pbar)


def choose_chart(
    kind: MetricKind,
    denominators: Sequence[float],
    numerators: Sequence[float] | None = None,
) -> ChartType:
    """The Shewhart chart that fits a metric.

    rate -> u; continuous -> XmR; proportion -> p, or Laney p' when the mean non-zero
    denominator exceeds 1000, or (numerators given, 2+ periods) sigma_z exceeds 1.5.
    Why: with large denominators binomial limits are far narrower than real between-period
    variation, so a p chart flags almost every point (Laney 2002; Mohammed, Panesar, Laney &
    Wilson 2013, BMJ Qual Saf 22:362-368, "Statistical process control charts for attribute
    data involving very large sample sizes"). Below those thresholds p and p' nearly agree
    and the p chart is the one QI teams are taught.
    """
    if kind == "rate":
        return "u"
    if kind == "continuous":
        return "xmr"
    nonzero = [d for d in denominators if d > 0]
    if nonzero and statistics.fmean(nonzero) > LANEY_MEAN_DENOMINATOR:
        return "pp"
    if (
        numerators is not None
        and len(nonzero) >= 2
        and overdispersion_ratio(numerators, denominators) > LANEY_OVERDISPERSION
    ):
        return "pp"
    return "p"


_BUILDERS = {"run": run_chart, "p": p_chart, "pp": p_prime_chart, "u": u_chart, "xmr": xmr_chart}


def build_chart(
    chart: ChartType, points: Sequence[Point], *, baseline: Baseline | None = None
) -> ChartResult:
    """Compute the named chart; the HTTP layer's single entry point."""
    return _BUILDERS[chart](points, baseline=baseline)
