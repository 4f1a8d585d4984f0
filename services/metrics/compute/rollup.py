"""Org-level encounter metrics from ``rollup_encounter_patients`` instead of the facts.

The rollup holds one row per org, period and patient with the patient's counts, so ``n`` (the
distinct patients a value rests on) is a count of rows and the numerator and denominator are
sums: a whole-org monthly query reads one row per patient-month instead of every encounter and
needs no ``COUNT(DISTINCT patient_id)``. It answers exactly what
:mod:`services.metrics.compute.sql` answers from the facts, but only for the queries whose
grouping it keeps: the org and collaborative levels (no clinician, team or site in its key),
the modality filter (one counter per modality) and no service-line filter, and date bounds
that fall on period boundaries (its rows are whole periods). It serves the whole-range bucket
(:data:`~services.metrics.compute.sql.RANGE`: the equity view and the clinician report's org
line) when the range starts on a month's first day and ends on a month's last (or is open
ended): a patient seen in two months is a row in each, so ``n`` is then the distinct patients
of the range's monthly rows, which are about a quarter as many as its encounters. An open
start is left to the facts: its bucket is dated by its first fact's day, which no rollup row
holds. :func:`serves` says which; every other query reads the facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, select
from sqlmodel import Session, col

from services.metrics.catalog import Period
from services.metrics.compute.sql import EQUITY_COLUMNS, RANGE, Plan, Row, group_key
from services.metrics.models import ROLLUP_MODALITIES, PatientFact, encounter_rollup

R = encounter_rollup.c
ALL_MODALITIES = tuple(ROLLUP_MODALITIES)
TELEHEALTH = ("video", "phone")


@dataclass(frozen=True)
class RollupSpec:
    """Which counters one metric adds up: ``population`` (the denominator, and who ``n``
    counts) and ``numerator``, each over the modalities the metric's population admits."""

    population: str
    numerator: str
    modalities: tuple[str, ...]


def _engagement(numerator: str) -> RollupSpec:
    return RollupSpec("engaged", numerator, ALL_MODALITIES)


SPECS: dict[str, RollupSpec] = {
    "kept-rate": _engagement("kept"),
    "no-show-rate": _engagement("no_show"),
    "late-cancellation-rate": _engagement("late_cancel"),
    "telehealth-problem-rate": RollupSpec("kept", "problem", TELEHEALTH),
    "telehealth-minutes-lost": RollupSpec("kept", "minutes", TELEHEALTH),
    "switched-to-phone-rate": RollupSpec("kept", "switched", ("video",)),
    "mbc-assessed-before-session": RollupSpec("kept", "assessed", ALL_MODALITIES),
}


def _period_start(period: Period, day: date) -> date:
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _whole_periods(plan: Plan, period: Period) -> bool:
    """Whether the date bounds cut no period: the first day of one and the last of one."""
    if plan.start is not None and _period_start(period, plan.start) != plan.start:
        return False
    if plan.end is None:
        return True
    following = plan.end + timedelta(days=1)
    return _period_start(period, following) == following


def serves(metric_id: str, plan: Plan) -> bool:
    """Whether the rollup gives this query's exact answer (else the facts must): a range
    bucket only over whole months from a given start."""
    period: Period = "month" if plan.period == RANGE else plan.period
    if plan.period == RANGE and plan.start is None:
        return False
    return (
        metric_id in SPECS
        and plan.level in ("org", "collaborative")
        and all(name == "modality" for name, _ in plan.filters)
        and _whole_periods(plan, period)
    )


def _modalities(spec: RollupSpec, plan: Plan) -> tuple[str, ...]:
    chosen = dict(plan.filters).get("modality")
    if chosen is None:
        return spec.modalities
    return (chosen,) if chosen in spec.modalities else ()


def _sum(measure: str, modalities: tuple[str, ...]) -> ColumnElement[Any]:
    columns = [R[f"{measure}_{ROLLUP_MODALITIES[m]}"] for m in modalities]
    total: ColumnElement[Any] = columns[0]
    for column in columns[1:]:
        total = total + column
    return total


def _n(plan: Plan, population: ColumnElement[Any]) -> ColumnElement[Any]:
    """Distinct patients: a row per patient and period, so a count of rows within one period,
    and over a range of months a count of distinct patients (per org: ids are chosen per org).
    The ``''`` row (encounters without a patient) counts each of its encounters, as the facts'
    ``n`` does; an equity breakdown leaves it out."""
    if plan.period == RANGE:
        key = R.patient_id if len(plan.orgs) == 1 else R.org + literal("|") + R.patient_id
        known: ColumnElement[Any] = func.count(
            func.distinct(case((R.patient_id != "", key), else_=None))
        )
        redacted = func.sum(case((R.patient_id == "", population), else_=0))
    else:
        known = func.sum(case((R.patient_id == "", 0), else_=1))
        redacted = func.sum(case((R.patient_id == "", population), else_=0))
    return known if plan.by is not None else known + redacted


def aggregate_rows(session: Session, metric_id: str, plan: Plan) -> list[Row]:
    """The rows :func:`services.metrics.compute.sql.aggregate_rows` gives for this query.

    A row's patient counts once in ``n`` when any of its population counters is above zero;
    the ``''`` row (encounters without a patient) counts each of its encounters, as the facts'
    ``n`` does; with an equity breakdown those are left out, as there.
    """
    spec = SPECS[metric_id]
    modalities = _modalities(spec, plan)
    if not modalities:
        return []
    population = _sum(spec.population, modalities)
    numerator = _sum(spec.numerator, modalities)
    in_range = plan.period == RANGE
    keys: list[Any] = [R.org] if plan.level == "org" else []
    if not in_range:
        keys.append(R.period)
    if plan.by is not None:
        keys.append(EQUITY_COLUMNS[plan.by])
    statement = (
        select(
            *keys,
            func.sum(population).label("den"),
            func.sum(numerator).label("num"),
            literal(None).label("tot"),
            _n(plan, population).label("n"),
        )
        .where(
            R.org.in_(plan.orgs),
            R.grain == ("month" if in_range else plan.period),
            population > 0,
        )
        .group_by(*keys)
    )
    if in_range:
        # Without GROUP BY (the collaborative level) an aggregate answers a row over nothing.
        statement = statement.having(func.count() > 0)
    if plan.start is not None:
        statement = statement.where(R.period >= plan.start)
    if plan.end is not None:
        statement = statement.where(R.period <= plan.end)
    if plan.level == "org" and plan.unit_id is not None:
        statement = statement.where(R.org == plan.unit_id)
    if plan.by is not None:
        statement = statement.join(
            PatientFact,
            and_(col(PatientFact.org) == R.org, col(PatientFact.patient_id) == R.patient_id),
            isouter=True,
        ).where(R.patient_id != "")
    rows = []
    for values in session.execute(statement):
        period, unit, group = group_key(plan, values)
        num, den, n_value = values[-3], values[-4], values[-1]
        rows.append(
            Row(
                period=period,
                unit_id=unit,
                group=group,
                numerator=None if num is None else float(num),
                denominator=float(den or 0),
                total=None,
                n=int(n_value or 0),
            )
        )
    return rows
