"""The attacker's collection: every kept-rate count a ``metrics:read`` caller of the org can get.

Each response is read for its counts of appointments (numerator: kept; denominator: kept,
missed or cancelled by the patient) and turned into cells: the region of appointments a count
counts (:mod:`.regions`) and the count as published, or hidden with the response's reason.
The span of days of a per-period value is its period cut to the range the response says it
covers (``effective_from``/``effective_to`` when it echoes them, else ``from``/``to`` or
``start``/``end``); a CSV export, which echoes nothing, is read with the range its JSON twin
echoed. A count is taken as exact unless the response declares a rounding base
(``rounding``), or the counts collected show it (:func:`observations`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from starlette.testclient import TestClient

from tests.metrics.disclosure.regions import Observation, Region, Structure

METRIC = "kept-rate"
ROUNDING_KEYS = ("rounding", "rounded_to", "rounding_base", "count_rounding")


@dataclass(frozen=True)
class Cell:
    """One published value: its region (part ``den``) and counts, or hidden."""

    region: Region
    numerator: int | None
    denominator: int | None
    reason: str | None
    source: str
    rounding: int | None = None

    @property
    def hidden(self) -> bool:
        return self.denominator is None


def period_end(start: date, period: str) -> date:
    if period == "week":
        return start + timedelta(days=6)
    months = {"month": 1, "quarter": 3}[period]
    m = start.month - 1 + months
    return date(start.year + m // 12, m % 12 + 1, 1) - timedelta(days=1)


def _day(value: Any) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value)[:10])


FIRST_KEYS = ("effective_from", "effective_start", "from", "start")
LAST_KEYS = ("effective_to", "effective_end", "to", "end")


def effective(body: Mapping[str, Any], start: date | None, end: date | None):
    """The range a response says its values cover (the request's when it says nothing):
    ``effective_from``/``effective_to`` (also as an ``effective`` object), else the echo of
    the request."""
    nested = body.get("effective") if isinstance(body.get("effective"), dict) else {}
    flat = {**body, **{f"effective_{k}": v for k, v in (nested or {}).items()}}
    first = next((_day(flat[k]) for k in FIRST_KEYS if flat.get(k)), start)
    last = next((_day(flat[k]) for k in LAST_KEYS if flat.get(k)), end)
    return first, last


def declared_rounding(*bodies: Mapping[str, Any]) -> int | None:
    for body in bodies:
        for key in ROUNDING_KEYS:
            if isinstance(body.get(key), int) and body[key] > 1:
                return int(body[key])
    return None


def _count(value: Any) -> int | None:
    return None if value in (None, "") else round(float(value))


@dataclass
class Collector:
    client: TestClient
    structure: Structure
    headers: dict[str, str]
    cells: list[Cell] = field(default_factory=list)
    requests: int = 0
    refused: int = 0
    thresholds: set[int] = field(default_factory=set)

    def _get(self, path: str, params: Mapping[str, Any]) -> Any:
        """The answer, or None when the service refuses the request with a problem (a 4xx
        publishes nothing, so the attacker learns nothing from it)."""
        query = {k: str(v) for k, v in params.items() if v is not None}
        response = self.client.get(path, params=query, headers=self.headers)
        self.requests += 1
        if 400 <= response.status_code < 500 and response.status_code not in (401, 403):
            assert response.headers["content-type"] == "application/problem+json", response.text
            self.refused += 1
            return None
        assert response.status_code == 200, (path, query, response.text)
        return response

    def _cell(self, region: Region, shown: Mapping[str, Any], source: str, *bodies) -> None:
        hidden = shown.get("suppressed") in (True, "true")
        self.cells.append(
            Cell(
                region,
                None if hidden else _count(shown.get("numerator")),
                None if hidden else _count(shown.get("denominator")),
                shown.get("reason") or None,
                source,
                declared_rounding(shown, *bodies),
            )
        )

    # -- the values route, JSON and CSV ---------------------------------------------------
    def values(
        self, *, level: str, period: str, filters: Mapping[str, str] = {},
        start: date | None = None, end: date | None = None, as_csv: bool = False,
    ) -> None:  # fmt: skip
        params = {"level": level, "period": period, "from": start, "to": end, **filters}
        path = f"/v1/metrics/{METRIC}/values"
        answer = self._get(path, params)
        if answer is None:
            return
        body = answer.json()
        self.thresholds.add(body.get("suppression_threshold", 11))
        first, last = effective(body, start, end)
        family, cats = _filter(filters)
        tag = f"values level={level} period={period} {_describe(filters, start, end)}"
        rows = body["values"]
        source = "values"
        if as_csv:
            text = self._get(path, {**params, "format": "csv"})
            if text is None:
                return
            rows = list(csv.DictReader(io.StringIO(text.text)))
            source = "csv"
        for row in rows:
            p = _day(row.get("period_start") or row.get("period"))
            assert p is not None
            region = Region(
                self.structure.members(level, row["unit_id"]),
                max(p, first) if first else p,
                min(period_end(p, period), last) if last else period_end(p, period),
                family,
                cats,
            )
            self._cell(region, row, f"{source}: {tag} -> {row['unit_id']} {p}", body)

    # -- control charts -------------------------------------------------------------------
    def chart(self, *, level: str, unit: str | None, period: str) -> None:
        """The counts behind each point of a unit's chart over all its periods."""
        params = {"level": level, "unit": unit, "period": period}
        answer = self._get(f"/v1/metrics/{METRIC}/chart", params)
        if answer is None:
            return
        body = answer.json()
        self.thresholds.add(body.get("threshold", 11))
        first, last = effective(body, None, None)
        units = self.structure.members(level, unit)
        tag = f"chart level={level} unit={unit} period={period}"
        for point in body["points"]:
            p = _day(point["period"])
            assert p is not None
            stop = period_end(p, period)
            region = Region(units, max(p, first) if first else p, min(stop, last) if last else stop)
            self._cell(region, point, f"chart: {tag} -> {p}", body)

    # -- equity --------------------------------------------------------------------------
    def equity(self, *, by: str, level: str, unit: str | None, start: date, end: date) -> None:
        params = {"by": by, "level": level, "unit": unit, "from": start, "to": end}
        answer = self._get(f"/v1/metrics/{METRIC}/equity", params)
        if answer is None:
            return
        body = answer.json()
        self.thresholds.add(body.get("threshold", 11))
        first, last = effective(body, start, end)
        assert first and last
        units = self.structure.members(level, unit)
        tag = f"equity by={by} level={level} unit={unit} {_describe({}, start, end)}"
        self._cell(Region(units, first, last), body["total"], f"equity: {tag} -> total", body)
        for g in body["groups"]:
            region = Region(units, first, last, by, frozenset({g["code"]}))
            self._cell(region, g, f"equity: {tag} -> {g['code']}", body)

    # -- the clinician report --------------------------------------------------------------
    def clinician_report(self, clinician: str, *, start: date, end: date) -> None:
        answer = self._get(f"/v1/reports/clinicians/{clinician}", {"from": start, "to": end})
        if answer is None:
            return
        body = answer.json()
        self.thresholds.add(body.get("threshold", 11))
        first, last = effective(body, start, end)
        assert first and last
        [line] = [x for x in body["lines"] if x["metric_id"] == METRIC]
        tag = f"report {clinician} {_describe({}, start, end)}"
        levels = [("clinician", clinician), ("team", body["team_id"]), ("org", None)]
        for level, unit in levels:
            if line.get(level) is None or (level == "team" and unit is None):
                continue
            region = Region(self.structure.members(level, unit), first, last)
            self._cell(region, line[level], f"report: {tag} -> {level}", body)

    # -- FHIR MeasureReport ----------------------------------------------------------------
    def measure_report(self, *, level: str, unit: str | None, period: str, day: date) -> None:
        params = {"level": level, "unit": unit, "period": period, "from": day}
        answer = self._get(f"/v1/metrics/{METRIC}/measure-report", params)
        if answer is None:
            return
        report = answer.json()
        first, last = _day(report["period"]["start"]), _day(report["period"]["end"])
        assert first and last
        [group] = report["group"]
        counts = {p["code"]["coding"][0]["code"]: p["count"] for p in group.get("population", [])}
        shown = {"suppressed": not counts, "numerator": counts.get("numerator"),
                 "denominator": counts.get("denominator")}  # fmt: skip
        region = Region(self.structure.members(level, unit), first, last)
        tag = f"measure-report level={level} unit={unit} period={period} from={day}"
        self._cell(region, shown, f"measure-report: {tag}", report, group)


def _filter(filters: Mapping[str, str]) -> tuple[str | None, frozenset[str] | None]:
    if not filters:
        return None, None
    [(name, value)] = filters.items()
    return name, frozenset({value})


def _describe(filters: Mapping[str, str], start: date | None, end: date | None) -> str:
    where = " ".join(f"{k}={v}" for k, v in filters.items())
    span = f"from={start} to={end}" if start or end else "all dates"
    return f"{where} {span}".strip()


def channel(cell: Cell) -> str:
    """The kind of response a cell came from: values, csv, equity, report, measure-report."""
    return cell.source.split(":", 1)[0]


def rounding_bases(cells: Sequence[Cell]) -> dict[str, int]:
    """Per kind of response, the rounding its published counts show: 10 or 5 when (nearly)
    all of them are multiples of it, else 1 (exact). A policy that rounds is public; so is
    this reading of it. Zeros say nothing and are left out."""
    counts: dict[str, list[int]] = {}
    for c in cells:
        if not c.hidden:
            counts.setdefault(channel(c), []).extend(v for v in (c.numerator, c.denominator) if v)
    bases = {}
    for name, values in counts.items():
        bases[name] = 1
        for base in (10, 5):
            if values and sum(v % base == 0 for v in values) >= 0.98 * len(values):
                bases[name] = base
                break
    return bases


def _interval(value: int, base: int) -> tuple[int, int]:
    half = base // 2
    return max(0, value - half), value + half


def observations(cells: Iterable[Cell], bases: Mapping[str, int]) -> list[Observation]:
    """Each cell's numerator, rest and denominator as observed: intervals the rounding leaves
    (the base of its kind of response unless the cell declares its own), or hidden."""
    out = []
    for c in cells:
        if c.hidden:
            for part in ("num", "rest", "den"):
                out.append(Observation(c.region.of_part(part), None, None, c.reason, c.source))  # type: ignore[arg-type]
            continue
        assert c.numerator is not None and c.denominator is not None
        b = c.rounding or bases.get(channel(c), 1)
        num, den = _interval(c.numerator, b), _interval(c.denominator, b)
        rest = (max(0, den[0] - num[1]), den[1] - num[0])
        for part, (lo, hi) in (("num", num), ("rest", rest), ("den", den)):
            out.append(Observation(c.region.of_part(part), lo, hi, None, c.source))  # type: ignore[arg-type]
    return out
