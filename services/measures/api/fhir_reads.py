"""FHIR reads: score Observations searched (by patient, code and date, page by page) and read
by id, and the catalog's Questionnaires read by id. Errors are OperationOutcomes (``/fhir``)."""

import json
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request, Response

from services.measures import models
from services.measures.api.deps import Reader
from services.measures.fhir.date_search import parse_date
from services.measures.fhir.questionnaire import build_questionnaire
from services.measures.fhir.questionnaire import questionnaire_id as id_of
from services.measures.fhir.search_cursor import decode, encode
from services.measures.fhir.stored_observations import (
    ObservationSearch,
    find_observation,
    search_page,
)
from services.measures.instruments.catalog import default_catalog
from services.measures.schemas import ID_PATTERN
from services.measures.schemas.fhir import FHIR_JSON, OBSERVATION_EXAMPLE, SEARCHSET_EXAMPLE
from shared.audit import record_patient_read
from shared.problems import NotFound, problem_responses
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/fhir", tags=["fhir"])

DEFAULT_COUNT = 100
MAX_COUNT = 500
MAX_DATES = 4
FhirId = Annotated[
    str,
    Path(
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9\-\.]{1,64}$",
        description="The resource's FHIR id.",
    ),
]


def _fhir_base(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/fhir"


def fhir_json(body: dict[str, Any]) -> Response:
    return Response(json.dumps(body), media_type=FHIR_JSON)


@router.get(
    "/Observation",
    summary="Search score Observations",
    response_class=Response,
    responses={
        200: {
            "content": {FHIR_JSON: {"schema": {"type": "object"}, "example": SEARCHSET_EXAMPLE}},
            "description": "A searchset Bundle: one page, with a `next` link while more remain.",
        },
        **problem_responses(400, 422),
    },
)
def search_observations(
    request: Request,
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
    date: Annotated[
        list[str] | None,
        Query(
            max_length=MAX_DATES,
            description="When the assessment was completed: a FHIR date or dateTime with an "
            "optional prefix `eq` `ne` `gt` `ge` `lt` `le` `sa` `eb` (default `eq`), e.g. "
            "`ge2026-01-01`. A value stands for its whole precision (`2026-01` is January); "
            f"values without a zone are UTC. Repeat to combine (AND), at most {MAX_DATES}.",
            examples=[["ge2026-01-01", "lt2026-02-01"]],
        ),
    ] = None,
    count: Annotated[
        int,
        Query(
            alias="_count",
            ge=1,
            le=MAX_COUNT,
            description=f"Observations per page (default {DEFAULT_COUNT}, at most {MAX_COUNT}).",
        ),
    ] = DEFAULT_COUNT,
    cursor: Annotated[
        str | None,
        Query(
            alias="_cursor",
            max_length=512,
            description="Where the page starts: only as the `next` link of the previous page "
            "gives it, with the same other parameters.",
        ),
    ] = None,
) -> Response:
    """The panel, item, total and subscale Observations of a patient's assessments, for an EHR
    to file, oldest assessment first. `code` keeps only the Observations with that code, `date`
    those of assessments completed in a range. A page holds at most `_count` Observations;
    while more remain it has a `next` link (a keyset cursor: walking the links returns each
    Observation once, even as new ones arrive). `total` is given when the result is one page.
    Audited."""
    patient_id = patient.removeprefix("Patient/")
    search = ObservationSearch(
        org=caller.org,
        patient_id=patient_id,
        code=code.split("|")[-1] if code else None,
        dates=tuple(parse_date(value) for value in date or ()),
    )
    start = decode(cursor, search)
    entries, following, read_any = search_page(session, search, count=count, start=start)
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[patient_id] if read_any else [],
        route="/fhir/Observation",
    )
    base = _fhir_base(request)
    params = [("patient", patient)] + ([("code", code)] if code else [])
    params += [("date", value) for value in date or ()] + [("_count", str(count))]
    links = [{"relation": "self", "url": f"{base}/Observation?{urlencode(params)}"}]
    if cursor:
        links[0]["url"] += "&" + urlencode({"_cursor": cursor})
    if following is not None:
        next_params = [*params, ("_cursor", encode(following, search))]
        links.append({"relation": "next", "url": f"{base}/Observation?{urlencode(next_params)}"})
    body: dict[str, Any] = {"resourceType": "Bundle", "type": "searchset", "link": links}
    if start is None and following is None:
        body["total"] = len(entries)
    body["entry"] = [
        {
            "fullUrl": f"{base}/Observation/{resource['id']}",
            "resource": resource,
            "search": {"mode": "match"},
        }
        for resource in entries
    ]
    return fhir_json(body)


@router.get(
    "/Observation/{observation_id}",
    summary="Read a score Observation",
    response_class=Response,
    responses={
        200: {
            "content": {FHIR_JSON: {"schema": {"type": "object"}, "example": OBSERVATION_EXAMPLE}},
            "description": "A FHIR R4 Observation.",
        },
        **problem_responses(404, 422),
    },
)
def read_observation(observation_id: FhirId, caller: Reader, session: ReadSessionDep) -> Response:
    """One Observation by the id a search gave it, rebuilt from its assessment. Another
    organization's id is a 404, as an unknown one is. Audited."""
    found = find_observation(session, caller.org, observation_id)
    if found is None:
        raise NotFound("No Observation with this id.")
    row, resource = found
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[row.patient_id] if row.patient_id else [],
        route="/fhir/Observation/{observation_id}",
    )
    return fhir_json(resource)


@router.get(
    "/Questionnaire/{questionnaire_id}",
    summary="Read an instrument's Questionnaire",
    response_class=Response,
    responses={
        200: {
            "content": {
                FHIR_JSON: {
                    "schema": {"type": "object"},
                    "example": build_questionnaire(default_catalog().get("phq2")),
                }
            },
            "description": "A FHIR R4 Questionnaire.",
        },
        **problem_responses(404, 422),
    },
)
def read_questionnaire(questionnaire_id: FhirId, caller: Reader) -> Response:
    """An instrument version's Questionnaire by its id (`phq9-v1`: the instrument and version,
    as `GET /v1/instruments/{id}/questionnaire` gives it)."""
    for inst in default_catalog():
        if id_of(inst) == questionnaire_id:
            return fhir_json(build_questionnaire(inst))
    raise NotFound("No Questionnaire with this id.")
