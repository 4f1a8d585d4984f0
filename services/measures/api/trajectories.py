"""A patient's trajectory on one instrument within one episode of care: the series and the
change from the episode's baseline."""

from typing import Annotated

from fastapi import APIRouter, Path, Query
from sqlmodel import col, select

from services.measures import models
from services.measures.api.deps import Reader
from services.measures.assessments.recording import baseline_of
from services.measures.assessments.stored import stored_instrument
from services.measures.models import AssessmentRow, as_utc
from services.measures.schemas import TrajectoryOut, TrajectoryPoint, change_out
from services.measures.schemas.trajectories import EpisodeSummary
from services.measures.scoring.episodes import is_gap_episode
from services.measures.scoring.outcomes import weeks_between
from shared.audit import record_patient_read
from shared.problems import NotFound, problem_responses
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/v1", tags=["trajectories"])


@router.get(
    "/patients/{patient_id}/trajectory",
    summary="Read a patient's trajectory",
    response_model=TrajectoryOut,
    responses=problem_responses(404),
)
def get_trajectory(
    patient_id: Annotated[str, Path(min_length=1, max_length=64)],
    instrument: Annotated[
        str, Query(min_length=1, max_length=64, description="Instrument id.", examples=["phq9"])
    ],
    caller: Reader,
    session: ReadSessionDep,
    episode_id: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=64,
            description="The episode of care to show (one of `episodes`); the latest when "
            "omitted. An episode the patient does not have on the instrument is a 404.",
            examples=["ep-2026-0001"],
        ),
    ] = None,
) -> TrajectoryOut:
    """The patient's scored assessments on the instrument within one episode of care (the
    latest unless `episode_id` picks another), oldest first, with the change from the
    episode's baseline to its latest: reliable improvement or deterioration (Jacobson-Truax,
    with the instrument's reliable-change value), clinically significant change, response,
    remission, weeks in care, and the not-on-track verdict with the model that decided.
    `episodes` lists all of the patient's episodes on the instrument. Audited."""
    rows = session.exec(
        select(AssessmentRow)
        .where(
            AssessmentRow.org == caller.org,
            AssessmentRow.patient_id == patient_id,
            AssessmentRow.instrument_id == instrument,
        )
        .order_by(col(AssessmentRow.completed_at), col(AssessmentRow.assessment_id))
    ).all()
    if not rows:
        raise NotFound("No assessments for this patient and instrument.")
    episodes: dict[str | None, list[AssessmentRow]] = {}
    for row in rows:
        episodes.setdefault(row.episode_id, []).append(row)
    shown = rows[-1].episode_id if episode_id is None else episode_id
    if shown not in episodes:
        raise NotFound("The patient has no such episode on this instrument.")
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[patient_id],
        route="/v1/patients/{patient_id}/trajectory",
    )
    rows = episodes[shown]
    scored = [r for r in rows if r.total is not None]
    start = as_utc(scored[0].completed_at) if scored else None
    points = [
        TrajectoryPoint(
            assessment_id=r.assessment_id,
            completed_at=as_utc(r.completed_at),
            total=r.total,
            band=r.severity_band,
            weeks_since_baseline=None
            if start is None or r.total is None
            else weeks_between(start, as_utc(r.completed_at)),
        )
        for r in rows
    ]
    latest = scored[-1] if scored else None
    change = None
    if latest is not None:
        change = change_out(
            baseline_of(session, latest, stored_instrument(session, latest), with_tracking=True)
        )
    return TrajectoryOut(
        patient_id=patient_id,
        instrument_id=instrument,
        episode_id=shown,
        episodes=[_summary(e, members) for e, members in episodes.items() if e is not None],
        points=points,
        change=change,
    )


def _summary(episode_id: str, members: list[AssessmentRow]) -> EpisodeSummary:
    return EpisodeSummary(
        episode_id=episode_id,
        gap_rule=is_gap_episode(episode_id),
        first_completed_at=as_utc(members[0].completed_at),
        last_completed_at=as_utc(members[-1].completed_at),
        assessments=len(members),
    )
