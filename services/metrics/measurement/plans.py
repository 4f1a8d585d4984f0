"""Measurement plans: an organization's schedule for an instrument, stored as data.

A plan says which instrument, for which service line (or every one), by which kept session the
baseline is due, how often after it (every K kept sessions, every D days, or whichever comes
first) and how much grace before a due measurement counts as overdue. At most one active plan
per instrument and service line, so that the due list never has two answers for one session.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from services.metrics.errors import InvalidParameterError, NotFoundError
from services.metrics.models import MeasurementPlan
from services.metrics.schemas.measurement import PlanIn, PlanOut
from shared.models import as_utc, utcnow

EVERY = ""
"""The stored service line of a plan for every service line."""


def _invalid(detail: str, field: str) -> InvalidParameterError:
    return InvalidParameterError(detail, parameter=field, location="body")


def check_plan(session: Session, *, org: str, plan_id: str, body: PlanIn) -> None:
    """422 naming the field unless the plan can be followed and no other active plan of the
    organization already measures the instrument in the same service line."""
    if body.every_sessions is None and body.every_days is None:
        raise _invalid(
            "A plan says when the follow-ups are due: give `every_sessions`, `every_days` or both.",
            "every_sessions",
        )
    if body.grace_days and body.every_days is None:
        raise _invalid("`grace_days` needs `every_days`.", "grace_days")
    if not body.active:
        return
    clash = session.exec(
        select(MeasurementPlan.plan_id).where(
            MeasurementPlan.org == org,
            MeasurementPlan.plan_id != plan_id,
            MeasurementPlan.instrument_id == body.instrument_id,
            MeasurementPlan.service_line == (body.service_line or EVERY),
            col(MeasurementPlan.active).is_(True),
        )
    ).first()
    if clash is not None:
        raise _invalid(
            f"Plan {clash} already measures {body.instrument_id} in this service line; change "
            "it or make one of them inactive.",
            "service_line",
        )


def put_plan(
    session: Session, *, org: str, by: str, plan_id: str, body: PlanIn
) -> tuple[MeasurementPlan, bool]:
    """Create or replace the plan; True when created. The caller commits."""
    check_plan(session, org=org, plan_id=plan_id, body=body)
    values = body.model_dump()
    values["service_line"] = body.service_line or EVERY
    row = session.get(MeasurementPlan, (org, plan_id))
    if row is None:
        try:
            with session.begin_nested():
                row = MeasurementPlan(
                    org=org, plan_id=plan_id, set_at=utcnow(), set_by=by, **values
                )
                session.add(row)
            return row, True
        except IntegrityError:  # a concurrent PUT created it first: replace it
            row = session.get(MeasurementPlan, (org, plan_id), populate_existing=True)
            assert row is not None
    for name, value in values.items():
        setattr(row, name, value)
    row.set_at, row.set_by = utcnow(), by
    session.add(row)
    session.flush()
    return row, False


def get_plan(session: Session, *, org: str, plan_id: str) -> MeasurementPlan:
    row = session.get(MeasurementPlan, (org, plan_id))
    if row is None:
        raise NotFoundError("No measurement plan with this id.")
    return row


def delete_plan(session: Session, *, org: str, plan_id: str) -> None:
    session.delete(get_plan(session, org=org, plan_id=plan_id))
    session.flush()


def list_plans(session: Session, *, org: str, active: bool | None = None) -> list[MeasurementPlan]:
    query = select(MeasurementPlan).where(MeasurementPlan.org == org)
    if active is not None:
        query = query.where(MeasurementPlan.active == active)
    return list(session.exec(query.order_by(col(MeasurementPlan.plan_id))).all())


def plan_out(row: MeasurementPlan) -> PlanOut:
    return PlanOut(
        plan_id=row.plan_id, instrument_id=row.instrument_id,
        service_line=row.service_line or None,
        baseline_within_sessions=row.baseline_within_sessions, every_sessions=row.every_sessions,
        every_days=row.every_days, grace_sessions=row.grace_sessions, grace_days=row.grace_days,
        active=row.active, note=row.note, set_at=as_utc(row.set_at), set_by=row.set_by,
    )  # fmt: skip
