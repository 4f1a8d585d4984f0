"""An alert's action history: record what was done about it, read what was done."""

from fastapi import APIRouter, Response
from sqlmodel import Session

from services.measures import models
from services.measures.api.deps import AlertId, Clock, Reader, Writer
from services.measures.assessments.actions import ActionRequest, history, record_action
from services.measures.models import AlertRow
from services.measures.schemas import AlertActionIn, AlertActionOut, action_out
from shared.audit import record_patient_read
from shared.problems import NotFound, problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["alerts"])


def _alert(session: Session, org: str, alert_id: str, *, lock: bool = False) -> AlertRow:
    # Locked (PostgreSQL) while an action is recorded: two actions, or an action and the
    # escalation worker, never decide on the same alert at once.
    row = session.get(AlertRow, (org, alert_id), with_for_update=lock)
    if row is None:
        raise NotFound("No alert with this id.")
    return row


@router.post(
    "/alerts/{alert_id}/actions",
    summary="Record an action on an alert",
    status_code=201,
    response_model=AlertActionOut,
    responses={
        200: {"model": AlertActionOut, "description": "Already recorded (same id and body)"},
        **problem_responses(400, 404, 409, 413, 422),
    },
)
def post_action(
    alert_id: AlertId,
    body: AlertActionIn,
    caller: Writer,
    session: SessionDep,
    clock: Clock,
    response: Response,
) -> AlertActionOut:
    """Append one coded action to the alert's history: a risk assessment, a safety plan made
    or updated, the patient contacted, a crisis-service referral, emergency services, or
    `reviewed-no-action-needed` with a coded `reason` (which closes the alert). `close: true`
    closes it with any other action; a closed alert takes no more actions (409 `alert-closed`)
    and its escalation deadlines are cancelled. Recording an action also acknowledges the alert
    if it was not yet (acting on it means it was seen). Each action is an `alert.actioned` feed
    event and webhook; a closing one also `alert.closed`. The `note` stays in measures. A retry
    with the same `action_id` and body answers the stored action (200); the same id with another
    body is a 409 `action-id-reused`."""
    request = ActionRequest(
        action_id=body.action_id,
        action=body.action,
        performed_at=body.performed_at,
        performed_by=body.performed_by or caller.sub,
        close=body.close,
        reason=body.reason,
        note=body.note,
    )

    def work() -> tuple[AlertActionOut, bool]:
        alert = _alert(session, caller.org, alert_id, lock=True)
        row, created = record_action(session, alert, request, by=caller.sub, now=clock())
        return action_out(row), created

    out, created = retry_races(session, work)
    # No Location: an action is read in its alert's history, not at an address of its own.
    response.status_code = 201 if created else 200
    return out


@router.get(
    "/alerts/{alert_id}/actions",
    summary="List an alert's actions",
    response_model=list[AlertActionOut],
    responses=problem_responses(404),
)
def list_actions(
    alert_id: AlertId, caller: Reader, session: ReadSessionDep
) -> list[AlertActionOut]:
    """The alert's append-only action history, in the order recorded, notes included. The read
    is written to the audit log (it names the patient's alert)."""
    alert = _alert(session, caller.org, alert_id)
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[alert.patient_id],
        route="/v1/alerts/{alert_id}/actions",
    )
    return [action_out(row) for row in history(session, caller.org, alert_id)]
