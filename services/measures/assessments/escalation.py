"""Escalating alerts whose deadlines passed unmet: one feed event and one webhook delivery per
subscribed endpoint, exactly once per (org, alert, deadline).

Nothing is kept in memory: the due times are stamped on the alert row when it is raised
(:mod:`.policy`), so any pass of any replica, after any restart, finds what is due with one
indexed query. A deadline is unmet when, at the pass,

* ``acknowledge``: the alert is still unacknowledged at ``acknowledge_due_at``;
* ``action``: no action is recorded by ``action_due_at``.

A closed alert escalates no more (closing cancels its pending deadlines), and an alert met
late but before a pass (say, acknowledged while every replica was down) is not escalated:
escalation exists to make someone act, and someone has. The late answer is still visible as
``acknowledged_at`` or ``first_action_at`` after the due time.

Exactly once: each escalation inserts its ``alert_escalations`` row, keyed (org, alert_id,
deadline), in the transaction that writes its feed event and outbox rows, with
``INSERT .. ON CONFLICT DO NOTHING``: the loser of a race inserts nothing and writes nothing.
On PostgreSQL the alert row is first taken with ``FOR UPDATE SKIP LOCKED``, so two replicas
(or a replica and a clinician recording an action) never work on one alert at once; a skipped
alert is looked at again on the next pass. SQLite has a single writer (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, exists, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col

from services.measures import models, webhooks
from services.measures.models import AlertEscalationRow, AlertRow, as_utc
from shared.db import read_only
from shared.events import AlertEscalated
from shared.feed import NewEvent, append_events

logger = logging.getLogger("learning_loop.measures.escalation")

#: Each deadline: the alert's due-time column and the column that, once set, meets it.
DEADLINES: dict[str, tuple[Any, Any]] = {
    "acknowledge": (AlertRow.acknowledge_due_at, AlertRow.acknowledged_at),
    "action": (AlertRow.action_due_at, AlertRow.first_action_at),
}


@dataclass(frozen=True, slots=True)
class Due:
    """A deadline that looked unmet and unescalated when the pass read it."""

    org: str
    alert_id: str
    deadline: str


def due(engine: Engine, *, now: datetime, limit: int) -> list[Due]:
    """Up to ``limit`` deadlines per kind past ``now``, unmet and not yet escalated, oldest
    first (a plain read: :func:`escalate` checks again under the lock)."""
    found: list[Due] = []
    with read_only(engine).connect() as connection:
        for deadline, (due_at, met) in DEADLINES.items():
            escalated = exists().where(
                col(AlertEscalationRow.org) == col(AlertRow.org),
                col(AlertEscalationRow.alert_id) == col(AlertRow.alert_id),
                col(AlertEscalationRow.deadline) == deadline,
            )
            rows = connection.execute(
                select(col(AlertRow.org), col(AlertRow.alert_id))
                .where(
                    col(due_at) <= now,
                    col(met).is_(None),
                    col(AlertRow.closed_at).is_(None),
                    ~escalated,
                )
                .order_by(col(due_at))
                .limit(limit)
            ).all()
            found.extend(Due(org, alert_id, deadline) for org, alert_id in rows)
    return found


def escalate(engine: Engine, item: Due, *, now: datetime) -> bool:
    """Escalate one deadline if it is still due and unmet and nobody escalated it: the
    escalation row, its feed event and its outbox rows in one transaction. True if it fired."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        query = select(AlertRow).where(
            col(AlertRow.org) == item.org, col(AlertRow.alert_id) == item.alert_id
        )
        if engine.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        alert = session.execute(query).scalars().first()
        if alert is None:
            return False  # locked by another replica or an action: looked at again next pass
        due_column, met_column = DEADLINES[item.deadline]
        due_at = getattr(alert, due_column.key)
        if due_at is None or as_utc(due_at) > now or alert.closed_at is not None:
            return False
        if getattr(alert, met_column.key) is not None:
            return False
        if not _claim(session, engine, item, due_at=as_utc(due_at), now=now):
            return False  # another replica escalated it first
        data = AlertEscalated(
            alert_id=alert.alert_id,
            deadline=item.deadline,
            due_at=as_utc(due_at),
            escalated_at=now,
            raised_at=as_utc(alert.raised_at),
            rule=alert.rule,
        )
        subject = f"alerts/{alert.alert_id}"
        append_events(session, models.feed_events, [NewEvent.of(alert.org, subject, data)])
        webhooks.enqueue(session, [alert], "alert.escalated", now=now, at=now)
        return True


def _claim(session: Session, engine: Engine, item: Due, *, due_at: datetime, now: datetime) -> bool:
    """Insert the escalation's unique row; False when it already exists."""
    insert = pg_insert if engine.dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(AlertEscalationRow)
        .values(
            org=item.org,
            alert_id=item.alert_id,
            deadline=item.deadline,
            due_at=due_at,
            escalated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["org", "alert_id", "deadline"])
        .returning(col(AlertEscalationRow.deadline))
    )
    # RETURNING, not rowcount: the driver reports -1 for an INSERT .. ON CONFLICT here.
    return session.execute(statement).first() is not None


def run_pass(engine: Engine, *, now: datetime, limit: int) -> int:
    """One pass: escalate every deadline due at ``now``; the number that fired. One alert that
    fails is logged and left for the next pass; it does not hold up the others."""
    fired = 0
    for item in due(engine, now=now, limit=limit):
        try:
            fired += escalate(engine, item, now=now)
        except SQLAlchemyError:
            raise  # the database is the trouble, not this alert: end the pass
        except Exception:
            logger.exception("escalation of one alert failed")
    return fired


def escalations_of(session: Session, org: str, alert_ids: list[str]) -> list[AlertEscalationRow]:
    """The escalations of these alerts, in the order they fired."""
    if not alert_ids:
        return []
    return list(
        session.execute(
            select(AlertEscalationRow)
            .where(
                col(AlertEscalationRow.org) == org,
                col(AlertEscalationRow.alert_id).in_(alert_ids),
            )
            .order_by(col(AlertEscalationRow.escalated_at), col(AlertEscalationRow.deadline))
        )
        .scalars()
        .all()
    )
