"""The dashboard's landing page: every metric of a unit as a tile with its Making Data Count
icons (:mod:`services.metrics.learning.overview`), filterable by domain, each tile opening the
metric's chart page; a panel of the level's recognitions; the same rows as CSV.

The icons are drawn as small inline SVGs that are images with a text alternative (``role``,
``<title>``) and carry a visible word too, so that neither colour nor shape alone says what
they mean (WCAG 2.2, 1.4.1 Use of Color, 1.1.1 Non-text Content).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from sqlmodel import Session

from services.metrics.catalog import CATALOG, Domain, Level, Period
from services.metrics.compute.core import SPECS
from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.dashboard import formatting
from services.metrics.dashboard.choices import DOMAIN_LABELS, units_at
from services.metrics.learning import periods
from services.metrics.learning.overview import Entry, overview
from services.metrics.learning.recognitions import Recognition, recognitions
from services.metrics.learning.selection import resolve_scope
from services.metrics.stats.rounding import Rounding
from services.metrics.stats.rule_sets import RuleSetId

RULES: RuleSetId = "nhs"
"""The icons' rules (Making Data Count's own)."""
RECOGNITION_RULES: RuleSetId = "anhoej"
"""The recognitions' rules: the chart page's, and fewer false recognitions on noise."""
RECOGNITION_MONTHS = 6
"""The recognition panel shows signals still running in the last six months."""

#: Icon wording: (short word shown, text alternative). Colours follow Making Data Count
#: (blue improving, orange concerning, grey common cause, purple neither).
VARIATION_TEXT = {
    "common_cause": ("Common cause", "Common cause variation: no signal at the latest point"),
    "special_cause_improving": ("Improving", "Special cause variation, improving"),
    "special_cause_concerning": ("Concerning", "Special cause variation, concerning"),
    "special_cause_neither": ("Special cause", "Special cause variation, neither better nor worse"),
}
ASSURANCE_TEXT = {
    "consistently_meets": ("Meets target", "Assurance: the process consistently meets the target"),
    "consistently_fails": ("Fails target", "Assurance: the process consistently fails the target"),
    "may_hit_or_miss": ("Hit or miss", "Assurance: the process may hit or miss the target"),
}
COLOURS = {
    "common_cause": "#5f6b78", "special_cause_improving": "#0b5cab",
    "special_cause_concerning": "#b34700", "special_cause_neither": "#6a3d9a",
    "consistently_meets": "#0b5cab", "consistently_fails": "#b34700",
    "may_hit_or_miss": "#5f6b78",
}  # fmt: skip
LETTERS = {
    "common_cause": "~", "special_cause_improving": "\u2191", "special_cause_concerning": "!",
    "special_cause_neither": "?", "consistently_meets": "P", "consistently_fails": "F",
    "may_hit_or_miss": "?",
}  # fmt: skip


@dataclass(frozen=True)
class Tile:
    """One metric as the grid shows it (every number as published)."""

    entry: Entry
    value: str
    period: str
    suppressed: bool
    variation: str | None
    assurance: str | None
    target: str | None
    chart_link: str


@dataclass(frozen=True)
class OverviewPage:
    level: Level
    unit: str | None
    units: tuple[str, ...]
    period: Period
    domain: Domain | None
    domains: tuple[tuple[str, str], ...]
    tiles: tuple[Tile, ...]
    recognitions: tuple[Recognition, ...]
    since: date
    csv_link: str


def _tile(entry: Entry, *, level: Level, unit: str | None, period: Period) -> Tile:
    d, latest = entry.definition, entry.latest
    cell = latest.cell if latest else None
    suppressed = bool(cell and cell.suppressed)
    shown = "suppressed" if suppressed else formatting.value(cell.value if cell else None, d.unit)
    target = None
    if entry.target is not None:
        word = "at least" if d.better == "higher" else "at most"
        target = f"{word} {formatting.value(entry.target.value, d.unit)}"
    query = {"metric": d.metric_id, "level": level, "period": period, **entry.filters}
    if unit:
        query["unit"] = unit
    return Tile(
        entry, shown, periods.label(latest.period, period) if latest else "no data",
        suppressed, entry.reading.variation if entry.reading else None, entry.assurance,
        target, f"/dashboard?{urlencode(query)}",
    )  # fmt: skip


def overview_page(
    session: Session, *, org: str, level: Level, unit: str | None, period: Period,
    domain: Domain | None, floor: int, bases: Rounding, units: tuple[str, ...],
    today: date,
) -> OverviewPage:  # fmt: skip
    """The tiles of the unit and the recognitions of its level (``units``: those the caller
    may pick, already cut to its role's view)."""
    orgs, _ = resolve_scope(session, caller_org=org, level=level, unit=unit)
    threshold = threshold_for(session, floor=floor, orgs=orgs)
    entries = overview(
        session, caller_org=org, level=level, unit=unit, period=period, start=None, end=None,
        rule_set=RULES, given={}, threshold=threshold, bases=bases, domain=domain,
    )  # fmt: skip
    since = periods.months_before(today.replace(day=1), RECOGNITION_MONTHS - 1)
    found: list[Recognition] = []
    if level in ("clinician", "team", "site", "org"):
        found = recognitions(
            session, caller_org=org, level=level, since=since, period=period,
            rule_set=RECOGNITION_RULES,
            given={}, threshold=threshold, bases=bases, domain=domain,
        )  # fmt: skip
        found = [r for r in found if level == "org" or r.unit_id in units]
    query = {"level": level, "period": period, "unit": unit or "", "domain": domain or ""}
    return OverviewPage(
        level, unit, units, period, domain,
        tuple((k, v) for k, v in DOMAIN_LABELS.items()),
        tuple(_tile(e, level=level, unit=unit, period=period) for e in entries),
        tuple(found), since, f"/dashboard/overview.csv?{urlencode(query)}",
    )  # fmt: skip


def unit_choices(session: Session, *, org: str, level: Level) -> tuple[str, ...]:
    """The units of the level with facts of any metric computed there (one query per fact
    table, as the chart page lists a metric's own)."""
    found: set[str] = set()
    tables: set[int] = set()
    for definition in CATALOG.values():
        table = id(SPECS[definition.metric_id].table)
        if level in definition.levels and table not in tables:
            tables.add(table)
            found.update(units_at(session, org=org, definition=definition, level=level))
    return tuple(sorted(found))


def icon_svg(kind: str) -> str:
    """A 20-pixel icon with its text alternative; the text beside it says the same."""
    alt = {**VARIATION_TEXT, **ASSURANCE_TEXT}[kind][1]
    colour, letter = COLOURS[kind], LETTERS[kind]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20" '
        f'role="img" aria-label="{alt}"><title>{alt}</title>'
        f'<circle cx="10" cy="10" r="9" fill="#fff" stroke="{colour}" stroke-width="2"/>'
        f'<text x="10" y="14.5" text-anchor="middle" font-size="12" font-weight="700" '
        f'fill="{colour}">{letter}</text></svg>'
    )


CSV_COLUMNS = (
    "metric_id", "title", "domain", "filters", "period", "value", "suppressed", "better",
    "variation", "target", "assurance", "chart_url",
)  # fmt: skip


def _cell(text: object) -> object:
    """A text cell that a spreadsheet would read as a formula is quoted (OWASP, CSV
    injection); numbers pass as they are."""
    if isinstance(text, str) and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def overview_csv(page: OverviewPage) -> str:
    """The tiles as CSV: the published value (empty when suppressed) and both icons."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for t in page.tiles:
        e = t.entry
        cell = e.latest.cell if e.latest else None
        value = "" if cell is None or cell.suppressed or cell.value is None else cell.value
        writer.writerow(_cell(c) for c in [
            e.definition.metric_id, e.definition.title, e.definition.domain,
            ";".join(f"{k}={v}" for k, v in sorted(e.filters.items())), t.period, value,
            "true" if t.suppressed else "false", e.definition.better, t.variation or "",
            "" if e.target is None else e.target.value, t.assurance or "", t.chart_link,
        ])  # fmt: skip
    return out.getvalue()
