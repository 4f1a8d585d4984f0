"""What the attacker requests: levels, periods, filters, ranges, equity, reports, exports."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from tests.metrics.disclosure.collector import Collector
from tests.metrics.disclosure.synthetic import SMALL_UNITS


@dataclass(frozen=True)
class Plan:
    """Which requests the collector makes."""

    full: tuple[tuple[date | None, date | None], ...]
    """Ranges asked at every level, period and filter value."""
    partial: tuple[tuple[date, date], ...]
    """Ranges asked at every level for weeks and months, unfiltered and by modality."""
    equity_ranges: tuple[tuple[date, date], ...]
    equity_by: tuple[str, ...]
    report_ranges: tuple[tuple[date, date], ...]
    measure_report_days: tuple[date, ...]
    chart_periods: tuple[str, ...] = ("week", "month")
    """Periods of the control chart asked for every unit over all dates."""


def collect(
    c: Collector, plan: Plan, *, sites: Iterable[str], teams: Iterable[str],
    clinicians: Iterable[str], filters: Sequence[dict[str, str]], modalities: Sequence[str],
) -> None:  # fmt: skip
    """Make every request of ``plan`` (about 310 for the fast plan, 720 for the slow one)."""
    levels = ("clinician", "team", "site", "org")
    clinicians = list(clinicians)
    for start, end in plan.full:
        for level in levels:
            for period in ("week", "month", "quarter"):
                for f in filters:
                    c.values(level=level, period=period, filters=f, start=start, end=end)
            c.values(level=level, period="month", start=start, end=end, as_csv=True)
    for start, end in plan.partial:
        for level in levels:
            for period in ("week", "month"):
                for f in [{}, *({"modality": m} for m in modalities)]:
                    c.values(level=level, period=period, filters=f, start=start, end=end)
    units = [("org", None), *(("site", s) for s in sites), *(("team", t) for t in teams)]
    for start, end in plan.equity_ranges:
        for by in plan.equity_by:
            for level, unit in units:
                c.equity(by=by, level=level, unit=unit, start=start, end=end)
    for start, end in plan.report_ranges:
        for clinician in clinicians:
            c.clinician_report(clinician, start=start, end=end)
    charted = [*units, *(("clinician", c) for c in clinicians)]
    for period in plan.chart_periods:
        for level, unit in charted:
            c.chart(level=level, unit=unit, period=period)
    for day in plan.measure_report_days:
        for level, unit in SMALL_UNITS:
            for period in ("month", "quarter"):
                c.measure_report(level=level, unit=unit, period=period, day=day)
