"""Stateless scoring: nothing is stored, for vendors that keep their own records."""

import json

from fastapi import APIRouter, Response

from services.measures.api.deps import Reader
from services.measures.assessments.recording import require_answers
from services.measures.errors import EmptyResponseError, MeasuresError
from services.measures.instruments.org_settings import instrument_for_org
from services.measures.schemas import (
    ScoreBatchIn,
    ScoreBatchOut,
    ScoreIn,
    ScoreOut,
    score_out,
)
from services.measures.scoring.engine import Scorer, scorer_for
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/v1", tags=["scoring"])


@router.post(
    "/score",
    summary="Score a response",
    response_model=ScoreOut,
    responses=problem_responses(400, 403, 404, 409, 413, 422),
)
def score_response(body: ScoreIn, caller: Reader, session: ReadSessionDep) -> ScoreOut:
    """Total, subscales, severity band, caseness, critical items and flags for one response,
    computed by the catalog's rules (and the org's overrides). Nothing is stored. A response
    with no valid answer to any item is refused (422 `empty-response`)."""
    inst = instrument_for_org(session, caller.org, body.instrument_id, body.version)
    require_answers(inst, body.answers)
    return score_out(scorer_for(inst).score(body.answers, population=body.population))


@router.post(
    "/score:batch",
    summary="Score many responses",
    response_model=ScoreBatchOut,
    responses=problem_responses(400, 409, 413, 422),
)
def score_batch(body: ScoreBatchIn, caller: Reader, session: ReadSessionDep) -> Response:
    """Up to 10,000 responses, each answered on its own (an unknown or disabled instrument fails
    only its own items)."""
    scorers: dict[tuple[str, int | None], Scorer | MeasuresError] = {}
    results: list[dict[str, object]] = []
    for index, item in enumerate(body.items):
        key = (item.instrument_id, item.version)
        if key not in scorers:
            try:
                scorers[key] = scorer_for(
                    instrument_for_org(session, caller.org, item.instrument_id, item.version)
                )
            except MeasuresError as error:
                scorers[key] = error
        scorer = scorers[key]
        if isinstance(scorer, MeasuresError):
            results.append({"index": index, "status": scorer.status, "problem": _problem(scorer)})
            continue
        if not scorer.has_answer(item.answers):
            empty = EmptyResponseError(item.instrument_id)
            results.append({"index": index, "status": 422, "problem": _problem(empty)})
            continue
        result = scorer.score(item.answers, population=item.population)
        results.append({"index": index, "status": 200, "score": result.as_dict()})
    # Plain JSON (same shape as ScoreBatchOut): re-validating 10,000 nested models through the
    # response model would cost more than scoring them.
    return Response(json.dumps({"results": results}), media_type="application/json")


def _problem(error: MeasuresError) -> dict[str, object]:
    # The slug alone as ``type``, as this route has always answered.
    return {
        "type": error.slug,
        "title": error.title,
        "status": error.status,
        "detail": error.detail,
    }
