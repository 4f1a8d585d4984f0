"""An independent computation of every catalog metric, in plain Python over the inserted rows.

Written from the catalog's words and the design's fact semantics, not from the SQL: each metric
is a table, a population predicate, a numerator and denominator per row (or the values a
median summarises), and the filter columns. Quantiles come from numpy's linear percentile.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from tests.metrics.compute.factory import Facts

Row = dict[str, Any]
ENGAGED = {"fulfilled", "no-show", "cancelled-by-patient"}
UNIT_COLUMN = {"clinician": "clinician_id", "team": "team_id", "site": "site_id", "org": "org"}


def kept(r: Row) -> bool:
    return r["status"] == "fulfilled"


def telehealth(r: Row) -> bool:
    return kept(r) and r["modality"] in ("video", "phone")


@dataclass(frozen=True)
class Ref:
    table: str
    population: Callable[[Row], bool]
    numerator: Callable[[Row], float] | None = None
    denominator: Callable[[Row], float] = lambda r: 1.0
    mean_of: str | None = None
    quantile_of: str | None = None
    q: float = 0.5
    filters: dict[str, str] = field(default_factory=dict)
    anonymous: bool = False


ENC = {"modality": "modality", "service_line": "service_line"}
EPI = {"instrument": "instrument_id"}
FB = {"form": "form_id", "modality": "modality"}


def _outcome(flag: str) -> Ref:
    return Ref(
        "episodes",
        # A null flag (not eligible for the outcome) is out of numerator and denominator.
        lambda r: r["outcome_assessment_id"] is not None and r[flag] is not None,
        lambda r: float(r[flag]),
        filters=EPI,
    )


METRICS: dict[str, Ref] = {
    "access-days-median": Ref(
        "referrals",
        lambda r: r["first_kept_at"] is not None,
        quantile_of="access_days",
        q=0.5,
        filters={"service_line": "service_line"},
    ),
    "access-days-p90": Ref(
        "referrals",
        lambda r: r["first_kept_at"] is not None,
        quantile_of="access_days",
        q=0.9,
        filters={"service_line": "service_line"},
    ),
    "kept-rate": Ref(
        "encounters", lambda r: r["status"] in ENGAGED, lambda r: float(kept(r)), filters=ENC
    ),
    "no-show-rate": Ref(
        "encounters",
        lambda r: r["status"] in ENGAGED,
        lambda r: float(r["status"] == "no-show"),
        filters=ENC,
    ),
    "late-cancellation-rate": Ref(
        "encounters",
        lambda r: r["status"] in ENGAGED,
        lambda r: float(r["late_cancellation"]),
        filters=ENC,
    ),
    "telehealth-problem-rate": Ref(
        "encounters", telehealth, lambda r: float(r["technical_problem"]), filters=ENC
    ),
    "telehealth-minutes-lost": Ref(
        "encounters", telehealth, lambda r: float(r["minutes_lost"]), filters=ENC
    ),
    "switched-to-phone-rate": Ref(
        "encounters",
        lambda r: kept(r) and r["modality"] == "video",
        lambda r: float(r["switched_to_phone"]),
        filters={"service_line": "service_line"},
    ),
    "feedback-mean": Ref("feedback", lambda r: r["mean"] is not None, mean_of="mean", filters=FB),
    "feedback-top-box": Ref(
        "feedback",
        lambda r: r["items_scored"] > 0,
        lambda r: float(r["top_box_items"]),
        lambda r: float(r["items_scored"]),
        filters=FB,
    ),
    "mbc-assessed-before-session": Ref(
        "encounters", kept, lambda r: float(r["assessed_within_7_days"]), filters=ENC
    ),
    "mbc-reliable-improvement": _outcome("reliable_improvement"),
    "mbc-recovery": _outcome("recovery"),
    "mbc-remission": _outcome("remission"),
    "mbc-response": _outcome("response"),
    "mbc-reliable-deterioration": _outcome("reliable_deterioration"),
    "critical-alert-hours-to-acknowledge": Ref(
        "alerts",
        lambda r: r["rule"] == "critical_item",
        quantile_of="hours_to_acknowledge",
        filters={"instrument": "instrument_id"},
    ),
    "burnout-prevalence": Ref(
        "assessments",
        lambda r: r["instrument_id"] == "burnout1" and r["caseness"] is not None,
        lambda r: float(r["caseness"] is True),
        anonymous=True,
    ),
}
DEFAULTS = {name: {"instrument": "phq9"} for name in METRICS if name.startswith("mbc-r")}


@dataclass(frozen=True)
class Expected:
    numerator: float | None
    denominator: float
    n: int
    value: float | None


def reference(
    facts: Facts,
    metric_id: str,
    *,
    orgs: Sequence[str],
    level: str,
    period: str,
    unit_label: str | None = None,
    filters: dict[str, str] | None = None,
    start: date | None = None,
    end: date | None = None,
    by: str | None = None,
) -> dict[tuple[date, str, str | None], Expected]:
    """(period, unit, group) -> the expected cell. ``period="range"`` is one bucket over the
    whole range, dated by its start (or, open, by the earliest fact the answer rests on)."""
    ref = METRICS[metric_id]
    wanted = {**DEFAULTS.get(metric_id, {}), **(filters or {})}
    people = {(p["org"], p["patient_id"]): p for p in facts.rows["patients"]}
    groups: dict[tuple[date, str, str | None], list[Row]] = defaultdict(list)
    for r in facts.rows[ref.table]:
        if r["org"] not in orgs or not ref.population(r):
            continue
        if any(r[ref.filters[k]] != v for k, v in wanted.items()):
            continue
        if (start and r["day"] < start) or (end and r["day"] > end):
            continue
        unit = unit_label if level == "collaborative" else r[UNIT_COLUMN[level]]
        if unit is None:
            continue
        group = None
        if by is not None:
            if r["patient_id"] is None:
                continue
            group = (people.get((r["org"], r["patient_id"])) or {}).get(by) or "unknown"
        groups[(date.min if period == "range" else r[period], unit, group)].append(r)
    if period == "range":
        first = start or min((r["day"] for rows in groups.values() for r in rows), default=None)
        groups = defaultdict(list, {(first, u, g): rows for (_, u, g), rows in groups.items()})
    out = {}
    for key, rows in groups.items():
        den = float(len(rows)) if ref.numerator is None else sum(ref.denominator(r) for r in rows)
        num = None if ref.numerator is None else sum(ref.numerator(r) for r in rows)
        if ref.quantile_of:
            summarised = [r for r in rows if r[ref.quantile_of] is not None]
            values = [r[ref.quantile_of] for r in summarised]
            value = float(np.percentile(values, ref.q * 100)) if values else None
        else:
            summarised = rows
            if ref.mean_of:
                value = sum(r[ref.mean_of] for r in rows) / len(rows)
            else:
                value = num / den if den else None
        if ref.anonymous:
            n = len(summarised)
        else:
            known = {(r["org"], r["patient_id"]) for r in summarised if r["patient_id"]}
            n = len(known) + sum(1 for r in summarised if r["patient_id"] is None)
        out[key] = Expected(num, den, n, value)
    return out
