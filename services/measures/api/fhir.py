"""FHIR in and out: QuestionnaireResponses as EHRs send them, score Observations to file back."""

import json
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from sqlmodel import col, select
from starlette.concurrency import run_in_threadpool

from services.measures import models
from services.measures.api.deps import Reader, Writer
from services.measures.assessments.batch import record_assessment
from services.measures.assessments.recording import Reading, Recorded
from services.measures.assessments.stored import stored_instruments
from services.measures.fhir.identify import identify_instrument
from services.measures.fhir.observations import build_score_bundle
from services.measures.fhir.response import parse_questionnaire_response
from services.measures.instruments.catalog import Instrument, default_catalog
from services.measures.instruments.org_settings import instrument_for_org
from services.measures.models import AssessmentRow, as_utc
from services.measures.schemas import ID_PATTERN, completed_in_window
from services.measures.schemas.fhir import FHIR_JSON, QR_BODY
from services.measures.scoring.engine import score
from shared.audit import record_patient_read
from shared.openapi import LOCATION_HEADER
from shared.problems import BadRequest, Unprocessable, UnsupportedMediaType, problem_responses
from shared.sessions import ReadSessionDep, SessionDep

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
    response with no answered item (all declined) is refused as empty."""
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


@router.get(
    "/Observation",
    summary="Search score Observations",
    response_class=Response,
    responses={
        200: {"content": {FHIR_JSON: {}}, "description": "A searchset Bundle."},
        **problem_responses(400),
    },
)
def search_observations(
    caller: Reader,
    session: ReadSessionDep,
    patient: Annotated[
        str,
        Query(
            min_length=1,
            max_length=72,
            pattern="^(Patient/)?" + ID_PATTERN.removeprefix("^"),  # as stored; no NUL for SQL
            description="Patient id or Patient/<id>.",
        ),
    ],
    code: Annotated[
        str | None,
        Query(
            max_length=64, description="LOINC (or our) code, e.g. 44261-6; optionally system|code."
        ),
    ] = None,
) -> Response:
    """The panel, item, total and subscale Observations of a patient's assessments, for an EHR to
    file. `code` keeps only the Observations with that code. Audited."""
    patient_id = patient.removeprefix("Patient/")
    wanted = code.split("|")[-1] if code else None
    rows = session.exec(
        select(AssessmentRow)
        .where(AssessmentRow.org == caller.org, AssessmentRow.patient_id == patient_id)
        .order_by(col(AssessmentRow.completed_at))
        .limit(500)
    ).all()
    entries = []
    instrument_of = stored_instruments(session)
    for row in rows:
        inst = instrument_of(row)
        result = score(inst, row.answers)
        bundle = build_score_bundle(
            inst,
            result,
            subject=f"Patient/{patient_id}",
            effective=as_utc(row.completed_at).isoformat(),
            seed=f"{caller.org}/{row.assessment_id}",
        )
        entries += _searchset_entries(bundle, wanted)
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[patient_id] if rows else [],
        route="/fhir/Observation",
    )
    body = {"resourceType": "Bundle", "type": "searchset", "total": len(entries), "entry": entries}
    return Response(json.dumps(body), media_type=FHIR_JSON)


def _searchset_entries(bundle: dict[str, Any], code: str | None) -> list[dict[str, Any]]:
    ids = {e["fullUrl"]: e["fullUrl"].removeprefix("urn:uuid:") for e in bundle["entry"]}
    out = []
    for entry in bundle["entry"]:
        resource = dict(entry["resource"], id=ids[entry["fullUrl"]])
        if "hasMember" in resource:
            resource["hasMember"] = [
                {"reference": f"Observation/{ids[m['reference']]}"} for m in resource["hasMember"]
            ]
        if code is None or any(c.get("code") == code for c in resource["code"]["coding"]):
            out.append(
                {
                    "fullUrl": f"Observation/{resource['id']}",
                    "resource": resource,
                    "search": {"mode": "match"},
                }
            )
    return out


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
    return {
        "assessment_id": str(qr["id"]) if qr.get("id") else None,
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
