"""anonymous staff answers: remove stored identities, coarsen their times

Staff answers (the burnout item) used to be stored, served and published with the clinician's
id (and, through FHIR, a patient reference) and their exact times. This removes the ids from
the assessments, their feed events and alerts, moves every time of such an answer to the start
of its period (as ``services.measures.assessments.staff.period_start`` does for new answers) and
forgets stored idempotent replies that would serve the old form again.

The downgrade does nothing: the removed identities and times cannot be brought back, and the
older code reads the scrubbed rows as it reads anonymous ones.

Revision ID: 5b0e7c2a9d41
Revises: 7c4e2a91d3b5
Create Date: 2026-12-06 03:30:00
"""

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision: str = "5b0e7c2a9d41"
down_revision: str | None = "7c4e2a91d3b5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The catalog's instruments whose subject is staff when this migration was written.
STAFF_INSTRUMENTS = ("burnout1",)
_TIME = sa.DateTime(timezone=True)

assessments = sa.table(
    "assessments",
    sa.column("org", sa.String),
    sa.column("assessment_id", sa.String),
    sa.column("instrument_id", sa.String),
    sa.column("patient_id", sa.String),
    sa.column("clinician_id", sa.String),
    sa.column("completed_at", _TIME),
    sa.column("created_at", _TIME),
)
alerts = sa.table(
    "alerts",
    sa.column("org", sa.String),
    sa.column("assessment_id", sa.String),
    sa.column("clinician_id", sa.String),
)
feed_events = sa.table(
    "feed_events",
    sa.column("id", sa.BigInteger),
    sa.column("type", sa.String),
    sa.column("time", _TIME),
    sa.column("data", sa.Text),
)
idempotency_keys = sa.table(
    "idempotency_keys",
    sa.column("org", sa.String),
    sa.column("caller", sa.String),
    sa.column("key", sa.String),
    sa.column("body", sa.LargeBinary),
)


def _period_start(moment: datetime) -> datetime:
    """The Monday of the ISO week, or the 1st of the month when that Monday is in the month
    before (a frozen copy of ``assessments.staff.period_start``)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    day = aware.astimezone(UTC).date()
    start = max(day - timedelta(days=day.weekday()), day.replace(day=1))
    return datetime(start.year, start.month, start.day, tzinfo=UTC)


def _iso_period_start(value: str) -> str:
    return _period_start(datetime.fromisoformat(value.replace("Z", "+00:00"))).isoformat()


def upgrade() -> None:
    connection = op.get_bind()
    staff = assessments.c.instrument_id.in_(STAFF_INSTRUMENTS)
    rows = connection.execute(
        sa.select(
            assessments.c.org,
            assessments.c.assessment_id,
            assessments.c.completed_at,
            assessments.c.created_at,
        ).where(staff)
    ).all()
    for row in rows:
        key = sa.and_(
            assessments.c.org == row.org, assessments.c.assessment_id == row.assessment_id
        )
        connection.execute(
            assessments.update()
            .where(key)
            .values(
                patient_id=None,
                clinician_id=None,
                completed_at=_period_start(row.completed_at),
                created_at=_period_start(row.created_at),
            )
        )
        connection.execute(
            alerts.update()
            .where(alerts.c.org == row.org, alerts.c.assessment_id == row.assessment_id)
            .values(clinician_id=None)
        )
    _scrub_feed_events(connection)
    _forget_stored_replies(connection)


def _scrub_feed_events(connection: sa.Connection) -> None:
    """Rewrite the payload and time of staff answers' events in place: their feed positions
    stay, so no consumer skips or re-reads anything."""
    events = connection.execute(
        sa.select(feed_events.c.id, feed_events.c.time, feed_events.c.data).where(
            feed_events.c.type == "assessment.scored"
        )
    ).all()
    for event in events:
        data = json.loads(event.data)
        if data.get("instrument_id") not in STAFF_INSTRUMENTS:
            continue
        data.update(patient_id=None, clinician_id=None)
        if isinstance(data.get("completed_at"), str):
            data["completed_at"] = _iso_period_start(data["completed_at"])
        connection.execute(
            feed_events.update()
            .where(feed_events.c.id == event.id)
            .values(data=json.dumps(data, separators=(",", ":")), time=_period_start(event.time))
        )


def _forget_stored_replies(connection: sa.Connection) -> None:
    """Stored Idempotency-Key replies are kept a day and replayed byte for byte; one holding a
    staff answer would serve its old identity again, so it is forgotten (a retry then runs
    again, and the assessment id still makes it harmless)."""
    replies = connection.execute(
        sa.select(
            idempotency_keys.c.org,
            idempotency_keys.c.caller,
            idempotency_keys.c.key,
            idempotency_keys.c.body,
        ).where(idempotency_keys.c.body.is_not(None))
    ).all()
    markers = [f'"instrument_id":"{i}"'.encode() for i in STAFF_INSTRUMENTS]
    for reply in replies:
        if any(marker in bytes(reply.body) for marker in markers):
            connection.execute(
                idempotency_keys.delete().where(
                    idempotency_keys.c.org == reply.org,
                    idempotency_keys.c.caller == reply.caller,
                    idempotency_keys.c.key == reply.key,
                )
            )


def downgrade() -> None:
    """Nothing to undo in the schema; the removed identities cannot be restored."""
