"""``staff.upserted``, ``establishment.upserted`` and ``staff-survey.closed`` -> the workforce
facts (:mod:`services.metrics.models.workforce`).

Staff records and establishments are upserts versioned by the feed's commit time. A closed
campaign's team arrives once, but a producer's retry or a replay may send it again: its
responses replace the stored ones only when its event is at least as new as the one they came
from (the invitation row keeps that time), so that applying twice changes nothing. Of each
response metrics keeps the role and the scores and flags its metrics read; item answers stay
in measures.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, delete, select, tuple_
from sqlalchemy.engine import Connection

from services.metrics.catalog.workforce import FLAG_COLUMNS, SCORE_COLUMNS
from services.metrics.models import (
    EstablishmentFact,
    StaffFact,
    SurveyInvitationFact,
    SurveyResponseFact,
)
from services.metrics.sync.apply.common import Parsed, chunks, latest, upsert
from services.metrics.sync.apply.periods import period_keys
from shared.db import executemany
from shared.events import (
    EstablishmentUpserted,
    StaffSurveyClosed,
    StaffSurveyResponse,
    StaffUpserted,
)

STAFF = StaffFact.__table__  # type: ignore[attr-defined]
ESTABLISHMENTS = EstablishmentFact.__table__  # type: ignore[attr-defined]
RESPONSES = SurveyResponseFact.__table__  # type: ignore[attr-defined]
INVITATIONS = SurveyInvitationFact.__table__  # type: ignore[attr-defined]
INSERT_RESPONSES = RESPONSES.insert()


def _aware(moment: datetime) -> datetime:
    # SQLite hands stored times back without their offset; they were stored as UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def apply_staff(connection: Connection, events: Sequence[Parsed[StaffUpserted]]) -> None:
    """Store each staff record's latest state."""
    rows = [
        {
            "org": e.org,
            "staff_id": e.data.staff_id,
            "team_id": e.data.team_id,
            "site_id": e.data.site_id,
            "role": e.data.role,
            "fte": e.data.fte,
            "started_on": e.data.started_on,
            "ended_on": e.data.ended_on,
            "leaving_reason": e.data.leaving_reason,
            "entered_in_error": e.data.entered_in_error,
            "event_time": e.time,
        }
        for e in latest(events, key=lambda e: (e.org, e.data.staff_id))
    ]
    upsert(connection, STAFF, rows, versioned=True)


def apply_establishments(
    connection: Connection, events: Sequence[Parsed[EstablishmentUpserted]]
) -> None:
    """Store each (team, effective_from)'s funded FTE: the establishment's history."""
    rows = [
        {
            "org": e.org,
            "team_id": e.data.team_id,
            "effective_from": e.data.effective_from,
            "site_id": e.data.site_id,
            "funded_fte": e.data.funded_fte,
            "event_time": e.time,
        }
        for e in latest(events, key=lambda e: (e.org, e.data.team_id, e.data.effective_from))
    ]
    upsert(connection, ESTABLISHMENTS, rows, versioned=True)


def response_row(number: int, response: StaffSurveyResponse) -> dict[str, Any]:
    """A response's role, scores and flags as the fact's columns (None: not scored, or the
    item a flag reads not answered)."""
    row: dict[str, Any] = {"response_no": number, "role": response.role}
    for column, (instrument, scale) in SCORE_COLUMNS.items():
        row[column] = response.scores.get(instrument, {}).get(scale)
    for column, (instrument, flag, item) in FLAG_COLUMNS.items():
        # The flag list names the cut-offs met; a missing flag is a "no" only if answered.
        answered = response.answers.get(instrument, {}).get(item) is not None
        row[column] = (flag in response.flags.get(instrument, [])) if answered else None
    return row


def _newer(connection: Connection, events: list[Parsed[StaffSurveyClosed]]) -> list[Any]:
    """The events at least as new as what their (org, campaign, team) stored last."""
    stored: dict[tuple[str, str, str], Any] = {}
    keys = [(e.org, e.data.campaign_id, e.data.team_id) for e in events]
    t = INVITATIONS.c
    for chunk in chunks(keys):
        found = connection.execute(
            select(t.org, t.campaign_id, t.team_id, t.event_time).where(
                tuple_(t.org, t.campaign_id, t.team_id).in_(chunk)
            )
        )
        stored.update({(o, c, team): time for o, c, team, time in found})
    return [
        e
        for e, key in zip(events, keys, strict=True)
        if stored.get(key) is None or _aware(stored[key]) <= e.time
    ]


def apply_staff_surveys(
    connection: Connection, events: Sequence[Parsed[StaffSurveyClosed]]
) -> None:
    """Replace each closed campaign team's invitation row and responses with the newest."""
    fresh = _newer(
        connection, latest(events, key=lambda e: (e.org, e.data.campaign_id, e.data.team_id))
    )
    if not fresh:
        return
    r = RESPONSES.c
    for e in fresh:
        connection.execute(
            delete(RESPONSES).where(
                and_(
                    r.org == e.org, r.campaign_id == e.data.campaign_id, r.team_id == e.data.team_id
                )
            )
        )
    invitations, responses = [], []
    for e in fresh:
        d = e.data
        where = {
            "org": e.org,
            "campaign_id": d.campaign_id,
            "team_id": d.team_id,
            "site_id": d.site_id,
            "closed_on": d.closed_on,
            **period_keys(d.closed_on),
        }
        invitations.append(
            {**where, "invited": d.invited, "responses": len(d.responses), "event_time": e.time}
        )
        responses += [{**where, **response_row(i, x)} for i, x in enumerate(d.responses)]
    upsert(connection, INVITATIONS, invitations, versioned=True)
    if responses:
        executemany(connection, INSERT_RESPONSES, responses)
