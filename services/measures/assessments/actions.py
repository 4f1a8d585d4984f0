"""What was done about an alert: an append-only history of coded actions, each under the
caller's own ``action_id``, the last of which may close the alert.

The action codes are the feed contract's (:data:`shared.events.AlertAction`). They follow the
steps the Joint Commission's NPSG.15.01.01 (suicide prevention) asks of a positive screen: a
suicide risk assessment, a safety plan, contact and referral, with emergency services when the
risk is imminent (Stanley-Brown Safety Planning Intervention, Stanley & Brown 2012, for the
safety plan). ``reviewed-no-action-needed`` is the one way to close without acting, so it
needs a coded :data:`CLOSING_REASONS` entry and always closes.

Recording an action also acknowledges the alert if nobody had: whoever acts on an alert has
seen it, and an acknowledge deadline must not escalate an alert already being acted on.
Times: ``performed_at`` is when the clinician says it was done (not after the server's clock
beyond :data:`CLOCK_SKEW`, never before the raise); ``recorded_at`` is the server's. The
alert's ``first_action_at`` is the earliest ``performed_at`` of its history.

A free-text ``note`` stays in this table: never on the feed, in webhooks or logs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from services.measures import models, webhooks
from services.measures.assessments.alerts import acknowledge
from services.measures.errors import ActionIdReusedError, ActionTimeError, AlertClosedError
from services.measures.models import AlertActionRow, AlertRow, as_utc
from shared.events import AlertActioned, AlertClosed
from shared.feed import NewEvent, append_events

NO_ACTION = "reviewed-no-action-needed"
CLOSING_REASONS = (
    "not-at-risk-on-review",
    "already-in-crisis-care",
    "duplicate-alert",
    "answered-in-error",
    "other",
)
"""Why an alert was closed without action; ``other`` needs a note saying why."""
CLOCK_SKEW = timedelta(minutes=5)
"""How far ahead of the server's clock a reported ``performed_at`` may be (device clocks)."""


@dataclass(frozen=True, slots=True)
class ActionRequest:
    """One action as asked for (``performed_by`` already defaulted to the caller)."""

    action_id: str
    action: str
    performed_at: datetime
    performed_by: str
    close: bool
    reason: str | None
    note: str | None

    @property
    def closes(self) -> bool:
        return self.close or self.action == NO_ACTION


def fingerprint(alert_id: str, request: ActionRequest) -> str:
    """A hash of everything the request says, to tell a retry from a reuse of its id."""
    values = {**asdict(request), "alert_id": alert_id, "close": request.closes}
    values["performed_at"] = as_utc(request.performed_at).isoformat()
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()


def record_action(
    session: Session, alert: AlertRow, request: ActionRequest, *, by: str, now: datetime
) -> tuple[AlertActionRow, bool]:
    """Append ``request`` to the alert's history (the caller holds the alert row locked);
    the stored action and whether it is new (False: a retry, answered with what is stored)."""
    digest = fingerprint(alert.alert_id, request)
    stored = session.get(AlertActionRow, (alert.org, request.action_id))
    if stored is not None:
        if stored.fingerprint != digest:
            raise ActionIdReusedError()
        return stored, False
    if alert.closed_at is not None:
        raise AlertClosedError()
    performed_at = as_utc(request.performed_at)
    if performed_at > now + CLOCK_SKEW:
        raise ActionTimeError("performed_at is in the future (5 minutes of clock skew allowed).")
    raised_at = as_utc(alert.raised_at)
    if performed_at < raised_at:
        raise ActionTimeError("performed_at is before the alert was raised.")
    row = AlertActionRow(
        org=alert.org,
        action_id=request.action_id,
        alert_id=alert.alert_id,
        action=request.action,
        performed_at=performed_at,
        performed_by=request.performed_by,
        recorded_at=now,
        recorded_by=by,
        closes=request.closes,
        reason=request.reason,
        note=request.note,
        fingerprint=digest,
    )
    session.add(row)
    acknowledge(session, alert, by=by, now=now)  # acting on it means it was seen
    first = alert.first_action_at
    if first is None or performed_at < as_utc(first):
        alert.first_action_at = performed_at
    subject = f"alerts/{alert.alert_id}"
    events = [NewEvent.of(alert.org, subject, actioned(alert, row))]
    if row.closes:
        alert.closed_at, alert.closing_action = now, row.action
        closed = AlertClosed(
            alert_id=alert.alert_id,
            closed_at=now,
            closing_action=row.action,
            raised_at=raised_at,
            rule=alert.rule,
        )
        events.append(NewEvent.of(alert.org, subject, closed))
    session.add(alert)
    append_events(session, models.feed_events, events)
    webhooks.enqueue(session, [alert], "alert.actioned", now=now, at=now)
    if row.closes:
        webhooks.enqueue(session, [alert], "alert.closed", now=now, at=now)
    return row, True


def actioned(alert: AlertRow, row: AlertActionRow) -> AlertActioned:
    """The feed's record of one action: the code and times, never who or the note."""
    return AlertActioned(
        alert_id=alert.alert_id,
        action_id=row.action_id,
        action=row.action,
        performed_at=as_utc(row.performed_at),
        recorded_at=as_utc(row.recorded_at),
        raised_at=as_utc(alert.raised_at),
        rule=alert.rule,
        closes=row.closes,
    )


def history(session: Session, org: str, alert_id: str) -> Sequence[AlertActionRow]:
    """The alert's actions in the order they were recorded."""
    return session.exec(
        select(AlertActionRow)
        .where(AlertActionRow.org == org, AlertActionRow.alert_id == alert_id)
        .order_by(col(AlertActionRow.recorded_at), col(AlertActionRow.action_id))
    ).all()
