"""Clinician feedback reports: a caseload's outcomes next to the team's and the org's."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from services.metrics.api.deps import (
    FloorDep,
    FromQuery,
    Reader,
    RoundingDep,
    ToQuery,
)
from services.metrics.catalog import CATALOG
from services.metrics.compute.disclosure.range_values import threshold_for, value_out
from services.metrics.errors import InvalidParameterError
from services.metrics.learning.ranges import aligned_range
from services.metrics.learning.reports import (
    FEEDBACK_METRICS,
    OUTCOME_METRICS,
    PROCESS_METRICS,
    clinician_team,
    report_line,
)
from services.metrics.schemas.reports import ClinicianReportOut, ReportLineOut
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/v1", tags=["reports"])


@router.get(
    "/reports/clinicians/{clinician_id}",
    summary="A clinician's feedback report",
    response_model=ClinicianReportOut,
    responses=problem_responses(404, 422),
)
def get_clinician_report(
    clinician_id: Annotated[
        str, Path(min_length=1, max_length=64, description="The clinician.", examples=["c-17"])
    ],
    caller: Reader,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    start: FromQuery = None,
    end: ToQuery = None,
    team: Annotated[
        str | None,
        Query(
            max_length=64,
            description="Team to compare with; default: the clinician's team in the range.",
            examples=["team-north"],
        ),
    ] = None,
    instrument: Annotated[
        str | None,
        Query(
            max_length=64,
            description="Instrument of the MBC outcomes (default phq9).",
            examples=["phq9"],
        ),
    ] = None,
    form: Annotated[
        str | None,
        Query(
            max_length=64,
            description="Feedback form to include consumer feedback for.",
            examples=["csq8"],
        ),
    ] = None,
) -> ClinicianReportOut:
    """The clinician's caseload outcomes over the range (measurement-based care: reliable
    improvement, recovery, remission and reliable deterioration by 12 weeks; sessions with a
    recent assessment; kept rate; consumer feedback with `form`), each next to the team's and
    the organization's value, over the range snapped outward to whole calendar months
    (`effective_from`/`effective_to`). Every value is suppressed below the threshold, and the
    clinician, team and org are suppressed together so that no small group can be derived by
    subtraction; every count shown is rounded to a multiple of `rounded_to` (5) and values are
    computed from the rounded counts.
    Example: `GET /v1/reports/clinicians/c-17?from=2026-01-01&to=2026-06-30`."""
    if start is not None and end is not None and start > end:
        raise InvalidParameterError("`from` is after `to`.", parameter="from")
    team_id = team or clinician_team(
        session, org=caller.org, clinician_id=clinician_id, start=start, end=end
    )
    threshold = threshold_for(session, floor=floor, orgs=[caller.org])
    metrics = [*OUTCOME_METRICS, *PROCESS_METRICS, *(FEEDBACK_METRICS if form else ())]
    lines = [
        report_line(
            session, org=caller.org, metric_id=m, clinician_id=clinician_id,
            team_id=team_id, start=start, end=end, threshold=threshold, bases=bases,
            filters={"instrument": instrument, "form": form},
        )
        for m in metrics
    ]  # fmt: skip
    effective = aligned_range(start, end)
    warnings = []
    if team_id is None:
        warnings.append("No team found for the clinician in the range: compared with the org only.")
    return ClinicianReportOut(
        clinician_id=clinician_id,
        team_id=team_id,
        start=start,
        end=end,
        effective_from=effective[0],
        effective_to=effective[1],
        threshold=threshold,
        lines=[
            ReportLineOut(
                metric_id=line.metric_id,
                title=CATALOG[line.metric_id].title,
                measure_unit=CATALOG[line.metric_id].unit,
                better=CATALOG[line.metric_id].better,
                clinician=value_out(line.clinician.published),
                team=None if line.team is None else value_out(line.team.published),
                org=value_out(line.org.published),
            )
            for line in lines
        ],
        warnings=warnings,
    )
