"""How the dashboard writes numbers: shares as percentages, gaps in percentage points.

Only presentation: every number comes computed and published from the tools. A value that
was suppressed never reaches these functions (the templates print "suppressed" instead).
"""

from __future__ import annotations

from services.metrics.stats.equity import Interval

SHARE = "share"


def value(number: float | None, unit: str) -> str:
    """``82.4%`` for a share, ``12.5 days`` otherwise; an em dash when there is no value."""
    if number is None:
        return "\u2014"
    if unit == SHARE:
        return f"{number * 100:.1f}%"
    return f"{number:,.2f} {unit}"


def bare(number: float | None, unit: str) -> str:
    """A value without its unit (limits in a table whose header names the unit)."""
    if number is None:
        return "\u2014"
    if unit == SHARE:
        return f"{number * 100:.1f}"
    return f"{number:,.2f}"


def count(number: float | None) -> str:
    """A count (numerators of rates can be sums: minutes lost)."""
    if number is None:
        return "\u2014"
    return f"{number:,.0f}" if float(number).is_integer() else f"{number:,.1f}"


def difference(gap: Interval | None, unit: str) -> tuple[str, str]:
    """``("-3.2 pts", "-8.1 to +1.7")`` for shares, plain differences otherwise; the
    interval is empty when there is none."""
    if gap is None:
        return "\u2014", ""
    scale, suffix = (100.0, " pts") if unit == SHARE else (1.0, "")
    interval = ""
    if gap.lower != gap.upper:
        interval = f"{gap.lower * scale:+.1f} to {gap.upper * scale:+.1f}"
    return f"{gap.estimate * scale:+.1f}{suffix}", interval


def ratio(gap: Interval | None) -> tuple[str, str]:
    """``("0.95", "0.88 to 1.02")``; ratios have no unit."""
    if gap is None:
        return "\u2014", ""
    interval = f"{gap.lower:.2f} to {gap.upper:.2f}" if gap.lower != gap.upper else ""
    return f"{gap.estimate:.2f}", interval


def unit_heading(unit: str) -> str:
    """The unit as a column heading: ``%`` for shares."""
    return "%" if unit == SHARE else unit
