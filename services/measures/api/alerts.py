"""Alerts for clinicians: critical items and patients not on track."""

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from sqlmodel import col, or_, select

from services.measures import models
from services.measures.api.deps import AlertId, Clock, Reader, Writer
from services.measures.assessments.alerts import acknowledge
from services.measures.assessments.escalation import escalations_of
from services.measures.models import AlertRow, as_utc
from services.measures.schemas import AlertOut, alert_out
from shared.audit import record_patient_read
from shared.paging import CursorQuery, LimitQuery, Page, decode_cursor, encode_cursor
from shared.problems import BadRequest, NotFound, problem_responses
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["alerts"])


@router.get(
    "/alerts",
    summary="List alerts",
    response_model=Page[AlertOut],
    responses=problem_responses(400),
)
def list_alerts(
    caller: Reader,
    session: ReadSessionDep,
    status: Annotated[
        Literal["open", "acknowledged", "closed", "all"],
        Query(
            description="Which alerts: `open` (unacknowledged), `acknowledged` (not yet "
            "closed), `closed`, or `all`."
        ),
    ] = "open",
    patient_id: Annotated[str | None, Query(max_length=64)] = None,
    clinician_id: Annotated[str | None, Query(max_length=64)] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = 100,
) -> Page[AlertOut]:
    """The org's alerts, newest first: each names the patient, clinician, rule and evidence.
    Patients listed are written to the audit log."""
    query = select(AlertRow).where(AlertRow.org == caller.org)
    if status == "open":
        query = query.where(col(AlertRow.acknowledged_at).is_(None))
        query = query.where(col(AlertRow.closed_at).is_(None))
    elif status == "acknowledged":
        query = query.where(col(AlertRow.acknowledged_at).is_not(None))
        query = query.where(col(AlertRow.closed_at).is_(None))
    elif status == "closed":
        query = query.where(col(AlertRow.closed_at).is_not(None))
    if patient_id:
        query = query.where(AlertRow.patient_id == patient_id)
    if clinician_id:
        query = query.where(AlertRow.clinician_id == clinician_id)
    key = decode_cursor(cursor)
    if key is not None:
        if len(key) != 2 or not all(isinstance(k, str) for k in key):
            raise BadRequest("The cursor is not valid; start again without one.")
        try:
            at = as_utc(datetime.fromisoformat(key[0]))
        except ValueError as exc:
            raise BadRequest("The cursor is not valid; start again without one.") from exc
        query = query.where(
            or_(
                col(AlertRow.raised_at) < at,
                (col(AlertRow.raised_at) == at) & (col(AlertRow.alert_id) < key[1]),
            )
        )
    rows = session.exec(
        query.order_by(col(AlertRow.raised_at).desc(), col(AlertRow.alert_id).desc()).limit(
            limit + 1
        )
    ).all()
    page, more = rows[:limit], len(rows) > limit
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[r.patient_id for r in page],
        route="/v1/alerts",
    )
    last = page[-1] if more else None
    escalations = escalations_of(session, caller.org, [r.alert_id for r in page])
    return Page(
        items=[alert_out(r, escalations) for r in page],
        next_cursor=None
        if last is None
        else encode_cursor([alert_out(last).raised_at.isoformat(), last.alert_id]),
    )


@router.get(
    "/alerts/{alert_id}",
    summary="Read an alert",
    response_model=AlertOut,
    responses=problem_responses(404),
)
def get_alert(alert_id: AlertId, caller: Reader, session: ReadSessionDep) -> AlertOut:
    """One alert with its patient, clinician, rule and evidence: what a webhook receiver fetches
    after an ids-only notification. The read is written to the audit log."""
    row = session.get(AlertRow, (caller.org, alert_id))
    if row is None:
        raise NotFound("No alert with this id.")
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[row.patient_id],
        route="/v1/alerts/{alert_id}",
    )
    return alert_out(row, escalations_of(session, caller.org, [alert_id]))


@router.post(
    "/alerts/{alert_id}/acknowledge",
    summary="Acknowledge an alert",
    response_model=AlertOut,
    responses=problem_responses(400, 404, 409, 413, 422),
)
def acknowledge_alert(
    alert_id: AlertId, caller: Writer, session: SessionDep, clock: Clock
) -> AlertOut:
    """A clinician has seen the alert. Acknowledging twice keeps the first time; it meets the
    acknowledge deadline of the escalation policy (what was done is recorded with
    `POST /v1/alerts/{alert_id}/actions`)."""
    row = session.get(AlertRow, (caller.org, alert_id), with_for_update=True)
    if row is None:
        raise NotFound("No alert with this id.")
    acknowledge(session, row, by=caller.sub, now=clock())
    return alert_out(row, escalations_of(session, caller.org, [alert_id]))
