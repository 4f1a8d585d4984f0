"""What the leader picked, made consistent, and the options the form offers.

The form submits all its choices at once when Show is pressed, so a metric may arrive with a
level it is not computed at or a unit it has no data for: those are replaced by the first
valid choice and a notice says so, rather than answering with an error (a unit of the level
the form listed before a new level was picked is dropped by the router, without a notice).
Units, filter values and collaboratives are read from the caller's own organization only
(distinct ids in the metric's fact table), so another organization's units are never listed,
and a unit typed into the URL that is not among them is not shown either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from services.metrics.catalog import (
    CATALOG,
    EQUITY_DIMENSIONS,
    PERIODS,
    EquityDimension,
    Filter,
    Level,
    MetricDefinition,
    Period,
)
from services.metrics.compute.core import SPECS, definition_for
from services.metrics.models import CollaborativeMember, EncounterFact

DEFAULT_METRIC = "kept-rate"
MAX_OPTIONS = 500

DOMAIN_LABELS = {
    "access": "Access",
    "engagement": "Engagement",
    "telehealth": "Telehealth",
    "experience": "Consumer experience",
    "mbc": "Measurement-based care",
    "workforce": "Workforce well-being",
    "safety": "Safety",
}
LEVEL_LABELS: dict[Level, str] = {
    "clinician": "Clinician",
    "team": "Team",
    "site": "Site",
    "org": "Organization",
    "collaborative": "Collaborative",
}
FILTER_LABELS: dict[Filter, str] = {
    "modality": "Modality",
    "service_line": "Service line",
    "instrument": "Instrument",
    "form": "Feedback form",
    "item": "Form item",
    "theme": "Feedback theme",
    "role": "Staff role",
}
DIMENSION_LABELS: dict[EquityDimension, str] = {
    "race": "Race",
    "ethnicity": "Ethnicity",
    "sex": "Sex",
    "gender": "Gender identity",
    "age_band": "Age band",
    "language": "Language",
    "payer": "Payer",
    "rurality": "Rurality",
}


@dataclass(frozen=True)
class Requested:
    """The form's GET parameters as sent (None: not sent)."""

    metric: str = DEFAULT_METRIC
    level: Level | None = None
    unit: str | None = None
    period: Period = "month"
    start: date | None = None
    end: date | None = None
    by: EquityDimension = "race"
    filters: dict[Filter, str | None] = field(default_factory=dict)
    collaborative: str | None = None


@dataclass(frozen=True)
class FilterChoice:
    """One filter of the metric: its options from the facts and the value in force."""

    name: Filter
    label: str
    options: tuple[str, ...]
    value: str | None
    optional: bool


@dataclass(frozen=True)
class Choice:
    """A consistent selection and everything the form needs to offer the alternatives."""

    definition: MetricDefinition
    level: Level
    unit: str | None
    period: Period
    start: date | None
    end: date | None
    by: EquityDimension
    filters: tuple[FilterChoice, ...]
    collaborative: str | None
    levels: tuple[Level, ...]
    units: tuple[str, ...]
    collaboratives: tuple[str, ...]
    notices: tuple[str, ...]

    @property
    def filter_values(self) -> dict[Filter, str | None]:
        return {f.name: f.value for f in self.filters}


def metric_groups() -> list[tuple[str, list[MetricDefinition]]]:
    """The catalog by domain, in catalog order, for the metric picker."""
    groups: dict[str, list[MetricDefinition]] = {}
    for definition in CATALOG.values():
        groups.setdefault(definition.domain, []).append(definition)
    return [(DOMAIN_LABELS.get(d, d), items) for d, items in groups.items()]


def _distinct(session: Session, table: Any, column: Any, org: str) -> tuple[str, ...]:
    rows = session.exec(
        select(column)
        .where(table.org == org, col(column).is_not(None))
        .distinct()
        .order_by(column)
        .limit(MAX_OPTIONS)
    ).all()
    return tuple(str(r) for r in rows)


def joined_collaboratives(session: Session, *, org: str) -> tuple[str, ...]:
    """The collaboratives the organization is an approved member of."""
    rows = session.exec(
        select(CollaborativeMember.collaborative_id)
        .where(CollaborativeMember.org == org, col(CollaborativeMember.status) == "approved")
        .order_by(col(CollaborativeMember.collaborative_id))
    ).all()
    return tuple(rows)


def units_at(
    session: Session, *, org: str, definition: MetricDefinition, level: Level
) -> tuple[str, ...]:
    """The units of ``level`` that have facts for this metric in the organization."""
    if level == "org":
        return (org,)
    if level == "collaborative":
        return joined_collaboratives(session, org=org)
    table = SPECS[definition.metric_id].table
    column = getattr(table, f"{level}_id", None)
    return () if column is None else _distinct(session, table, column, org)


def clinicians(session: Session, *, org: str) -> tuple[str, ...]:
    """Clinicians with sessions in the organization: the feedback reports one can open."""
    return _distinct(session, EncounterFact, EncounterFact.clinician_id, org)


def _filters(
    session: Session, *, org: str, definition: MetricDefinition, asked: dict[Filter, str | None]
) -> tuple[list[FilterChoice], list[str]]:
    spec = SPECS[definition.metric_id]
    defaults = dict(definition.default_filters)
    out, notices = [], []
    for name in definition.filters:
        column = spec.filters.get(name)
        if column is None:
            continue  # the facts cannot serve it yet: not offered
        options = _distinct(session, spec.table, column, org)
        wanted = asked.get(name) or None
        optional = name not in definition.required_filters and name not in defaults
        value = wanted if wanted in options else None
        if wanted is not None and value is None:
            notices.append(f"{FILTER_LABELS[name]} {wanted!r} has no data here: not applied.")
        if value is None and not optional:
            value = defaults.get(name) or (options[0] if options else None)
            if value is not None and value not in options:
                options = (value, *options)
        out.append(FilterChoice(name, FILTER_LABELS[name], options, value, optional))
    return out, notices


def choose(session: Session, *, org: str, asked: Requested) -> Choice:
    """The selection to show for ``asked``: valid for the metric and within the caller's org.

    Raises :class:`~services.metrics.errors.UnknownMetricError` for a metric id the catalog
    does not hold (the router answers 404): that one cannot come from the form.
    """
    definition = definition_for(asked.metric)
    notices: list[str] = []
    collaboratives = joined_collaboratives(session, org=org)
    levels = tuple(lv for lv in definition.levels if lv != "collaborative" or collaboratives)
    level = asked.level or ("org" if "org" in levels else levels[0])
    if level not in levels:
        fallback = "org" if "org" in levels else levels[0]
        notices.append(
            f"{definition.title} is not shown at the {LEVEL_LABELS[level].lower()} level "
            f"here: showing the {LEVEL_LABELS[fallback].lower()} level."
        )
        level = fallback
    units = units_at(session, org=org, definition=definition, level=level)
    unit = asked.unit if asked.unit in units else (units[0] if units else None)
    if asked.unit and asked.unit != unit and level != "org":
        notices.append(
            f"No {LEVEL_LABELS[level].lower()} {asked.unit!r} with data for this metric: "
            + (f"showing {unit}." if unit else "none has data.")
        )
    start, end = asked.start, asked.end
    if start is not None and end is not None and start > end:
        notices.append("The range starts after it ends: showing every period instead.")
        start = end = None
    filters, filter_notices = _filters(session, org=org, definition=definition,
                                       asked=asked.filters)  # fmt: skip
    collaborative = (
        asked.collaborative
        if asked.collaborative in collaboratives
        else (collaboratives[0] if collaboratives else None)
    )
    return Choice(
        definition=definition,
        level=level,
        unit=unit,
        period=asked.period if asked.period in PERIODS else "month",
        start=start,
        end=end,
        by=asked.by if asked.by in EQUITY_DIMENSIONS else "race",
        filters=tuple(filters),
        collaborative=collaborative,
        levels=levels,
        units=units,
        collaboratives=collaboratives,
        notices=tuple(notices + filter_notices),
    )
