"""The instrument catalog, its FHIR Questionnaires, and each organisation's instrument settings."""

import json

from fastapi import APIRouter, Response

from services.measures.api.deps import InstrumentId, Reader, Writer
from services.measures.fhir.questionnaire import build_questionnaire
from services.measures.instruments.catalog import Instrument, default_catalog, is_enabled
from services.measures.instruments.org_settings import (
    instrument_to_review,
    put_setting,
    settings_for,
)
from services.measures.models import as_utc
from services.measures.schemas import InstrumentSettingIn, InstrumentSettingOut, InstrumentSummary
from shared.problems import problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["instruments"])
FHIR_JSON = "application/fhir+json"


@router.get("/instruments", summary="List instruments", response_model=list[InstrumentSummary])
def list_instruments(caller: Reader, session: ReadSessionDep) -> list[InstrumentSummary]:
    """Every instrument in the catalog (latest versions), with whether the caller's org may use it.

    Instruments whose licence restricts commercial use are listed with `enabled: false` until the
    org enables them in its instrument settings.
    """
    enabled = {k for k, row in settings_for(session, caller.org).items() if row.enabled}
    return [
        InstrumentSummary(
            id=inst.id,
            version=inst.version,
            name=inst.name,
            short_name=inst.short_name,
            subject=inst.subject,
            population=inst.population,
            loinc_panel=inst.loinc_panel,
            commercial_use_restricted=inst.license.commercial_use_restricted,
            enabled=is_enabled(inst, enabled),
        )
        for inst in default_catalog().latest()
    ]


@router.get(
    "/instruments/{instrument_id}",
    summary="Read an instrument",
    response_model=Instrument,
    responses=problem_responses(404),
)
def get_instrument(
    instrument_id: InstrumentId, caller: Reader, session: ReadSessionDep
) -> Instrument:
    """The full catalog entry: items, answer codes, scoring, bands, cut-offs, rules, licence and
    the source of every clinical fact, with the caller's org overrides applied (restricted
    instruments are readable even when not enabled, so an org can review them first)."""
    return instrument_to_review(session, caller.org, instrument_id)


@router.get(
    "/instruments/{instrument_id}/questionnaire",
    summary="Read an instrument as a FHIR Questionnaire",
    response_class=Response,
    responses={
        200: {"content": {FHIR_JSON: {}}, "description": "A FHIR R4 Questionnaire."},
        **problem_responses(404),
    },
)
def get_questionnaire(instrument_id: InstrumentId, caller: Reader) -> Response:
    """A FHIR R4 Questionnaire (validated with fhir.resources) with LOINC item and answer codes and
    `ordinalValue` weights, ready for LHC-Forms or an EHR's form renderer."""
    inst = default_catalog().get(instrument_id)
    return Response(json.dumps(build_questionnaire(inst)), media_type=FHIR_JSON)


@router.get(
    "/instrument-settings",
    summary="List the org's instrument settings",
    response_model=list[InstrumentSettingOut],
)
def list_instrument_settings(caller: Reader, session: ReadSessionDep) -> list[InstrumentSettingOut]:
    """Which restricted instruments the org enabled, and its overrides of contested cut-offs."""
    return [
        InstrumentSettingOut(
            instrument_id=row.instrument_id,
            enabled=row.enabled,
            overrides=row.overrides,
            updated_at=as_utc(row.updated_at),
        )
        for row in settings_for(session, caller.org).values()
    ]


@router.put(
    "/instrument-settings/{instrument_id}",
    summary="Set the org's choices for an instrument",
    response_model=InstrumentSettingOut,
    responses=problem_responses(404, 413, 422),
)
def put_instrument_setting(
    instrument_id: InstrumentId, body: InstrumentSettingIn, caller: Writer, session: SessionDep
) -> InstrumentSettingOut:
    """Enable a restricted instrument (after securing the licence) and/or override contested
    values (caseness cut-off, reliable change, remission, response) with a stated reason. Scores
    under overrides carry a fingerprint in `scoring_version`."""
    overrides = None if body.overrides is None else body.overrides.model_dump(exclude_none=True)
    # Two first PUTs of one instrument both insert; the loser re-runs and replaces.
    row = retry_races(
        session,
        lambda: put_setting(
            session,
            org=caller.org,
            instrument_id=instrument_id,
            enabled=body.enabled,
            overrides=overrides,
        ),
    )
    return InstrumentSettingOut(
        instrument_id=row.instrument_id,
        enabled=row.enabled,
        overrides=row.overrides,
        updated_at=as_utc(row.updated_at),
    )
