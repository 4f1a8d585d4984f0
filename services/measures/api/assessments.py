"""Assessments: store and score a patient's completed instrument, with change since baseline."""

from fastapi import APIRouter, Response
from pydantic import ValidationError
from sqlmodel import select

from services.measures import models
from services.measures.api.deps import AssessmentId, Reader, Writer
from services.measures.assessments.batch import record_assessment, record_assessments
from services.measures.assessments.recording import Recorded, baseline_of
from services.measures.assessments.stored import stored_instrument, stored_result
from services.measures.models import AlertRow, AssessmentRow
from services.measures.schemas import (
    AssessmentBatchIn,
    AssessmentBatchOut,
    AssessmentBatchResult,
    AssessmentIn,
    AssessmentOut,
    assessment_out,
)
from shared.audit import record_patient_read
from shared.problems import NotFound, problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["assessments"])


def store(
    session: SessionDep, org: str, body: AssessmentIn, source: str = "api"
) -> tuple[AssessmentOut, bool]:
    recorded = record_assessment(session, org=org, data=body.model_dump(), source=source)
    return (
        assessment_out(recorded.row, recorded.result, recorded.baselined, recorded.alerts),
        recorded.created,
    )


@router.post(
    "/assessments",
    summary="Store and score an assessment",
    status_code=201,
    response_model=AssessmentOut,
    responses={
        200: {"model": AssessmentOut, "description": "Already stored (same id and body)"},
        **problem_responses(400, 403, 404, 409, 413, 422),
    },
)
def post_assessment(
    body: AssessmentIn, caller: Writer, session: SessionDep, response: Response
) -> AssessmentOut:
    """Score a completed instrument for a patient and store it with who completed it, clinician,
    team and site. The answer carries total, subscales, severity band, flags, the change since
    the patient's baseline (reliable change, response, remission) and any alerts it raised.
    Resending the same `assessment_id` with the same body returns the stored result (200).
    A staff instrument (`subject` `clinician`, such as `burnout1`) is answered anonymously: a
    `clinician_id` or `patient_id` is refused with a 422 naming the field, and its completion
    time is kept only as the start of its ISO week (or month, when the week began earlier)."""
    out, created = retry_races(session, lambda: store(session, caller.org, body))
    response.status_code = 201 if created else 200
    return out


@router.post(
    "/assessments:batch",
    summary="Store and score many assessments",
    response_model=AssessmentBatchOut,
    responses=problem_responses(400, 409, 413, 422),
)
def post_assessments_batch(
    body: AssessmentBatchIn, caller: Writer, session: SessionDep
) -> AssessmentBatchOut:
    """An offline mobile sync: up to 1000 assessments, each answered on its own (201, 200 for a
    resent one, or its problem). Give each an `assessment_id` so a retried sync is harmless."""
    results: list[AssessmentBatchResult | None] = []
    valid: list[tuple[int, AssessmentIn]] = []
    for index, raw in enumerate(body.items):
        try:
            valid.append((index, AssessmentIn.model_validate(raw)))
            results.append(None)
        except ValidationError as error:
            results.append(_invalid(index, error))
    items = [item.model_dump() for _, item in valid]
    outcomes = retry_races(
        session, lambda: record_assessments(session, org=caller.org, items=items)
    )
    for (index, _), outcome in zip(valid, outcomes, strict=True):
        if isinstance(outcome, Recorded):
            out = assessment_out(outcome.row, outcome.result, outcome.baselined, outcome.alerts)
            status = 201 if outcome.created else 200
            results[index] = AssessmentBatchResult(index=index, status=status, assessment=out)
        else:
            problem = {"title": outcome.title, "status": outcome.status, "detail": outcome.detail}
            results[index] = AssessmentBatchResult(
                index=index, status=outcome.status, problem=problem
            )
    return AssessmentBatchOut(results=[r for r in results if r is not None])


def _invalid(index: int, error: ValidationError) -> AssessmentBatchResult:
    errors = [
        {
            "pointer": f"/body/items/{index}/" + "/".join(map(str, e["loc"])),
            "detail": e["msg"],
            "code": e["type"],
        }
        for e in error.errors(include_input=False)
    ]
    problem = {"title": "Unprocessable Content", "status": 422, "errors": errors}
    return AssessmentBatchResult(index=index, status=422, problem=problem)


@router.get(
    "/assessments/{assessment_id}",
    summary="Read an assessment",
    response_model=AssessmentOut,
    responses=problem_responses(404),
)
def get_assessment(
    assessment_id: AssessmentId, caller: Reader, session: ReadSessionDep
) -> AssessmentOut:
    """One stored assessment with its score, change since baseline and alerts. Audited."""
    row = session.get(AssessmentRow, (caller.org, assessment_id))
    if row is None:
        raise NotFound("No assessment with this id.")
    inst = stored_instrument(session, row)
    result = stored_result(inst, row)
    alerts = list(
        session.exec(
            select(AlertRow).where(
                AlertRow.org == caller.org, AlertRow.assessment_id == assessment_id
            )
        )
    )
    if row.patient_id:
        record_patient_read(
            session,
            models.audit_log,
            caller=caller,
            patient_ids=[row.patient_id],
            route="/v1/assessments/{assessment_id}",
        )
    return assessment_out(row, result, baseline_of(session, row, inst), alerts)
