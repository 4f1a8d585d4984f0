"""FHIR in and out: QuestionnaireResponses as EHRs send them, score Observations to file back."""

import json
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from services.measures.api.deps import Writer
from services.measures.assessments.batch import record_assessment
from services.measures.assessments.recording import Reading, Recorded
from services.measures.fhir.episodes import episode_of_care
from services.measures.fhir.identify import identify_instrument
from services.measures.fhir.observations import build_score_bundle
from services.measures.fhir.response import parse_questionnaire_response
from services.measures.instruments.catalog import Instrument, default_catalog
from services.measures.instruments.org_settings import instrument_for_org
from services.measures.models import as_utc
from services.measures.schemas import completed_in_window
from services.measures.schemas.fhir import FHIR_JSON, QR_BODY
from shared.openapi import LOCATION_HEADER
from shared.problems import BadRequest, Unprocessable, UnsupportedMediaType, problem_responses
from shared.sessions import SessionDep

router = APIRouter(prefix="/fhir", tags=["fhir"])


@router.post(
    "/QuestionnaireResponse",
    summary="Submit a FHIR QuestionnaireResponse",
    status_code=201,
    response_class=Response,
    responses={
        201: {
            "content": {FHIR_JSON: {}},
            "description": "The score Observations (a Bundle).",
            "headers": LOCATION_HEADER,
        },
        **problem_responses(400, 403, 404, 409, 413, 415, 422),
    },
    openapi_extra=QR_BODY,
)
async def post_questionnaire_response(
    request: Request,
    caller: Writer,
    session: SessionDep,
    instrument: Annotated[
        str | None,
        Query(max_length=64, description="Instrument id, if the response does not make it clear."),
    ] = None,
) -> Response:
    """Items are matched by LOINC linkId or code (or a known questionnaire's link map); answers may
    be LOINC answer codings, ordinal-value extensions or integers. The total is recomputed from
    the items: a stated total that disagrees is stored as the flag `stated_total_mismatch`.
    An answer whose weight and LOINC code disagree is read the more severe way, for the alerts
    and the score alike, and listed in `answer_conflicts` (flag `answer_code_conflict`).
    Anything that cannot be scored is refused with a problem naming the item's linkId; a
    response with no answered item (all declined) is refused as empty. The episode of care
    (R4 has no element for it) is read from the extension
    `http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare` with a `valueReference`
    to `EpisodeOfCare/<id>`; without one, measures' gap rule decides the episode."""
    qr = await _json_body(request)

    def record() -> tuple[Instrument, str | None, Recorded]:
        # In a worker thread and committed there: on SQLite the first statement takes the write
        # lock, which the event loop must never wait for nor hold across an await.
        inst = (
            default_catalog().get(instrument)
            if instrument
            else identify_instrument(qr, default_catalog())
        )
        if inst is None:
            raise Unprocessable(
                "Cannot tell which instrument this response answers; pass ?instrument=."
            )
        inst = instrument_for_org(session, caller.org, inst.id)
        parsed = parse_questionnaire_response(qr, inst)
        if inst.answered_by_staff:
            _refuse_staff_identity(qr)
        subject = None if inst.answered_by_staff else _patient_reference(qr)
        recorded = record_assessment(
            session,
            org=caller.org,
            data={"instrument_id": inst.id, **_assessment_fields(qr, subject, parsed.answers)},
            source="fhir",
            reading=Reading(stated_total=parsed.stated_total, answer_conflicts=parsed.conflicts),
        )
        session.commit()
        return inst, subject, recorded

    inst, subject, recorded = await run_in_threadpool(record)
    bundle = build_score_bundle(
        inst,
        recorded.result,
        subject=subject,
        effective=as_utc(recorded.row.completed_at).isoformat(),
        seed=f"{caller.org}/{recorded.row.assessment_id}",
    )
    return Response(
        json.dumps(bundle),
        status_code=201 if recorded.created else 200,
        media_type=FHIR_JSON,
        headers={"Location": f"/v1/assessments/{recorded.row.assessment_id}"},
    )


async def _json_body(request: Request) -> dict[str, Any]:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in (FHIR_JSON, "application/json"):
        raise UnsupportedMediaType("Send application/fhir+json or application/json.")
    try:
        body = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # nested thousands deep
        raise BadRequest("The body is not JSON.") from exc
    if not isinstance(body, dict):
        raise BadRequest("The body must be a JSON object.")
    return body


def _patient_reference(qr: dict[str, Any]) -> str:
    """The response's ``subject.reference``, which a patient instrument needs as Patient/<id>."""
    subject = _reference(qr, "subject")
    if subject is None or not subject.startswith("Patient/"):
        raise Unprocessable(
            "The response needs subject.reference Patient/<id>.",
            errors=[
                {
                    "pointer": "/body/subject",
                    "detail": "Patient reference required",
                    "code": "missing",
                }
            ],
        )
    return subject


def _reference(qr: dict[str, Any], field: str) -> str | None:
    value = qr.get(field)
    reference = value.get("reference") if isinstance(value, dict) else None
    return reference if isinstance(reference, str) else None


def _refuse_staff_identity(qr: dict[str, Any]) -> None:
    """A staff instrument's response is anonymous: one that names a subject, an author or a
    source (who answered) is refused, naming the element (see ``staff_answers``)."""
    for element in ("subject", "author", "source"):
        if qr.get(element) is not None:
            raise Unprocessable(
                f"A staff instrument is answered anonymously: remove {element}.",
                errors=[
                    {
                        "pointer": f"/body/{element}",
                        "detail": "not accepted for a staff instrument",
                        "code": "forbidden",
                    }
                ],
            )


def _assessment_fields(
    qr: dict[str, Any], patient: str | None, answers: dict[str, Any]
) -> dict[str, Any]:
    """The response as ``AssessmentIn`` fields (``patient`` None for a staff instrument, whose
    author was refused already). A Practitioner author is the clinician who filled it in."""
    author = _reference(qr, "author") or ""
    clinician = (
        author.removeprefix("Practitioner/")[:64] if author.startswith("Practitioner/") else None
    )
    episode = episode_of_care(qr)
    return {
        "assessment_id": str(qr["id"]) if qr.get("id") else None,
        **({} if episode is None else {"episode_id": episode}),
        "patient_id": None if patient is None else patient.removeprefix("Patient/")[:64],
        "answers": answers,
        "completed_at": _authored(qr),
        "completed_by": "clinician" if clinician is not None or patient is None else "patient",
        "clinician_id": clinician,
    }


def _authored(qr: dict[str, Any]) -> Any:
    raw = qr.get("authored")
    try:
        authored = as_utc(datetime.fromisoformat(str(raw).replace("Z", "+00:00")))
    except ValueError as exc:
        raise Unprocessable(
            "The response needs a valid authored dateTime.",
            errors=[
                {"pointer": "/body/authored", "detail": "dateTime required", "code": "missing"}
            ],
        ) from exc
    try:
        return completed_in_window(authored)
    except ValueError as exc:
        raise Unprocessable(
            "The response's authored dateTime is not a plausible completion time.",
            errors=[{"pointer": "/body/authored", "detail": str(exc), "code": "out_of_range"}],
        ) from exc
