"""Targets: the goals an organization sets on its metrics, and which one applies to a unit.

A target is stored per organization, metric and scope (:class:`~services.metrics.models.
MetricTarget`): the whole organization, every unit of one level, or one unit. For a unit the
most specific one applies (the unit's own, else its level's, else the organization's), so a
leader can set one goal for everyone and a different one for a team that starts elsewhere.
The direction is never stored: a value meets its target when it is at least the target for a
metric where higher is better, at most the target where lower is (the catalog's ``better``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from services.metrics.catalog import Level, MetricDefinition
from services.metrics.compute import definition_for
from services.metrics.errors import InvalidParameterError, NotFoundError
from services.metrics.models import MetricTarget
from shared.models import utcnow
from shared.problems import Conflict

#: Rounds of a PUT that keeps losing its insert to concurrent writers before it answers 409.
RACE_ATTEMPTS = 3

ANY = ""
"""The stored level or unit of a target that applies to any (the table's primary key holds it)."""
Direction = Literal["at_least", "at_most"]


@dataclass(frozen=True)
class Scope:
    """Where a target applies: None for any level or any unit."""

    level: Level | None
    unit_id: str | None


def direction_of(definition: MetricDefinition) -> Direction:
    """Meeting the target means being at least it (higher is better) or at most it."""
    return "at_least" if definition.better == "higher" else "at_most"


def check_scope(definition: MetricDefinition, scope: Scope, *, org: str) -> Scope:
    """The scope as stored: a unit needs its level, the level must be one the metric is
    computed at, and at the org level the unit is the caller's own organization (stored as
    any: an organization has one org-level unit)."""
    if scope.level is None:
        if scope.unit_id is not None:
            raise InvalidParameterError("A unit needs its level.", parameter="level")
        return scope
    if scope.level not in definition.levels:
        raise InvalidParameterError(
            f"{definition.metric_id} is not computed at the {scope.level} level (levels: "
            f"{', '.join(definition.levels)}).",
            parameter="level",
        )
    if scope.level == "org":
        if scope.unit_id not in (None, org):
            raise InvalidParameterError(
                "At the org level the unit is your own organization.", parameter="unit"
            )
        return Scope("org", None)
    return scope


def check_value(definition: MetricDefinition, value: float) -> None:
    """A target on the metric's own scale: a share between 0 and 1, anything else not below 0."""
    if definition.kind == "proportion" and not 0.0 <= value <= 1.0:
        raise InvalidParameterError(
            f"{definition.metric_id} is a share: its target is between 0 and 1.",
            parameter="value",
            location="body",
        )
    if value < 0:
        raise InvalidParameterError(
            f"{definition.metric_id} is never negative: its target is 0 or more.",
            parameter="value",
            location="body",
        )


def _key(org: str, metric_id: str, scope: Scope) -> tuple[str, str, str, str]:
    return (org, metric_id, scope.level or ANY, scope.unit_id or ANY)


def set_target(
    session: Session,
    *,
    org: str,
    by: str,
    metric_id: str,
    scope: Scope,
    value: float,
    note: str | None,
) -> tuple[MetricTarget, bool]:
    """Create or replace the target of ``metric_id`` for ``scope``; True when created. The
    caller commits (a PUT repeated with the same body leaves the same row). Concurrent PUTs and
    DELETEs of the same target each find the row or its absence whole (a burst found a PUT
    whose insert lost to another's, then found the row deleted meanwhile: a 500)."""
    definition = definition_for(metric_id)
    scope = check_scope(definition, scope, org=org)
    check_value(definition, value)
    key = _key(org, metric_id, scope)
    for _attempt in range(RACE_ATTEMPTS):
        # Locked (PostgreSQL): a concurrent DELETE waits instead of leaving nothing to update.
        row = session.get(MetricTarget, key, with_for_update=True, populate_existing=True)
        if row is not None:
            row.value, row.note, row.set_at, row.set_by = value, note, utcnow(), by
            session.flush()
            return row, False
        try:
            with session.begin_nested():
                row = MetricTarget(
                    org=org, metric_id=metric_id, level=key[2], unit_id=key[3], value=value,
                    note=note, set_at=utcnow(), set_by=by,
                )  # fmt: skip
                session.add(row)
            return row, True
        except IntegrityError:  # a concurrent PUT created it first: lock it and replace it
            continue
    raise Conflict("Other requests kept setting this target at the same time; send again.")


def delete_target(session: Session, *, org: str, metric_id: str, scope: Scope) -> None:
    """Remove one target; :class:`NotFoundError` when there is none for that scope."""
    definition = definition_for(metric_id)
    key = _key(org, metric_id, check_scope(definition, scope, org=org))
    # One statement, its row count the answer: a DELETE racing another finds nothing, not a
    # row that vanished under it.
    table = MetricTarget.__table__  # type: ignore[attr-defined]
    columns = (table.c.org, table.c.metric_id, table.c.level, table.c.unit_id)
    done = session.execute(
        delete(table).where(*(c == v for c, v in zip(columns, key, strict=True)))
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        raise NotFoundError("No target for this metric and scope.")


def list_targets(session: Session, *, org: str, metric_id: str | None) -> list[MetricTarget]:
    """The organization's targets by metric, then from the widest scope to the narrowest."""
    query = select(MetricTarget).where(MetricTarget.org == org)
    if metric_id is not None:
        query = query.where(MetricTarget.metric_id == metric_id)
    order = (col(MetricTarget.metric_id), col(MetricTarget.level), col(MetricTarget.unit_id))
    return list(session.exec(query.order_by(*order)).all())


def targets_for(
    session: Session, *, org: str, level: Level, unit_id: str | None, metric_ids: Iterable[str]
) -> dict[str, MetricTarget]:
    """The target that applies to the unit, per metric that has one (most specific first:
    the unit's own, its level's, the organization's)."""
    ids = list(metric_ids)
    rows = session.exec(
        select(MetricTarget).where(
            MetricTarget.org == org,
            col(MetricTarget.metric_id).in_(ids),
            col(MetricTarget.level).in_([ANY, level]),
        )
    ).all()
    unit = ANY if level == "org" else (unit_id or ANY)

    def rank(row: MetricTarget) -> int:
        if row.level == ANY:
            return 0 if row.unit_id == ANY else -1
        return 2 if row.unit_id == unit and unit != ANY else (1 if row.unit_id == ANY else -1)

    best: dict[str, MetricTarget] = {}
    for row in rows:
        if rank(row) < 0:
            continue
        current = best.get(row.metric_id)
        if current is None or rank(row) > rank(current):
            best[row.metric_id] = row
    return best
