"""``GET /v1/associations``: two metrics across teams, and their correlation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from services.metrics.api.deps import FloorDep, FromQuery, PeriodQuery, Reader, RoundingDep, ToQuery
from services.metrics.compute import MetricQuery
from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.learning.associations import CAVEATS, associate
from services.metrics.schemas.associations import AssociationOut, PairOut
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/v1", tags=["equity"])


@router.get(
    "/associations",
    summary="Two metrics across teams, and how they go together",
    response_model=AssociationOut,
    responses=problem_responses(404, 409, 422),
)
def get_association(
    caller: Reader,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    x: Annotated[
        str,
        Query(
            min_length=1,
            max_length=64,
            description="The first metric id.",
            examples=["miniz-burnout-prevalence"],
        ),
    ],
    y: Annotated[
        str,
        Query(
            min_length=1,
            max_length=64,
            description="The second metric id.",
            examples=["staff-turnover-rate"],
        ),
    ],
    period: PeriodQuery = "quarter",
    start: FromQuery = None,
    end: ToQuery = None,
) -> AssociationOut:
    """Each team's published values of `x` and `y` per period of the range (after suppression
    and rounding, as `/v1/metrics/{id}/values?level=team` shows them), paired where both are
    published; Pearson's r with its 95% interval (Fisher z), Spearman's rho, and caveats.
    Fewer than 5 teams with both values: 409 `too-few-teams`.
    Example: `GET /v1/associations?x=miniz-burnout-prevalence&y=staff-turnover-rate&period=quarter`."""  # noqa: E501
    threshold = threshold_for(session, floor=floor, orgs=[caller.org])
    queries = [
        MetricQuery(metric_id=m, level="team", period=period, start=start, end=end) for m in (x, y)
    ]
    found = associate(
        session, org=caller.org, x=queries[0], y=queries[1], threshold=threshold, bases=bases
    )
    return AssociationOut(
        x=x, y=y, period=period,
        pairs=[PairOut(team_id=p.team_id, period=p.period, x=p.x, y=p.y) for p in found.pairs],
        n=len(found.pairs), teams=found.teams, pearson=found.pearson,
        pearson_lower=found.lower, pearson_upper=found.upper, spearman=found.spearman,
        caveats=list(CAVEATS),
    )  # fmt: skip
