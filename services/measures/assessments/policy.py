"""An org's escalation policy: per alert severity, how soon an alert must be acknowledged and
how soon something must be done about it, as data the org sets (``PUT /v1/escalation-policy``).

Until an org sets one it gets :data:`DEFAULT_POLICY`: urgent alerts acknowledged within 60
minutes and acted on within 24 hours, high ones within 24 and 72 hours, info alerts never
escalated. These figures are a starting point chosen for this service, **not a published
standard**: no guideline we know of fixes such times. The Joint Commission's National Patient
Safety Goal NPSG.15.01.01 (suicide prevention) requires written procedures for the
follow-up of patients screened at risk but leaves the times to the organisation, which is why
each org should set its own.

The policy is applied when an alert is raised: its two due times are stamped on the alert row
(:func:`stamp`), so the policy in force at the raise governs it. Changing the policy later
changes no deadline already promised (no burst of retroactive escalations when a deadline is
shortened, no silent cancellation when one is lengthened), and the worker finds due alerts
with an indexed comparison instead of re-deriving every open alert's deadlines on each pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from services.measures.models import Alert, EscalationPolicyRow

SEVERITIES = ("urgent", "high", "info")
"""The alert severities of the catalog (``instruments/schema.py``), most severe first."""

Deadlines = dict[str, int | None]
Policy = dict[str, Deadlines]

DEFAULT_POLICY: Policy = {
    "urgent": {"acknowledge_within_minutes": 60, "action_within_hours": 24},
    "high": {"acknowledge_within_minutes": 24 * 60, "action_within_hours": 72},
    "info": {"acknowledge_within_minutes": None, "action_within_hours": None},
}


def policy_for(session: Session, org: str) -> tuple[Policy, EscalationPolicyRow | None]:
    """The org's policy (the default until it sets one) and its stored row, if any."""
    row = session.get(EscalationPolicyRow, org)
    return (DEFAULT_POLICY if row is None else row.severities), row


def save_policy(
    session: Session, org: str, severities: Policy, *, by: str, now: datetime
) -> EscalationPolicyRow:
    """Replace the org's policy (a PUT: the same body twice leaves the same policy). Alerts
    already raised keep their deadlines."""
    row = session.get(EscalationPolicyRow, org)
    if row is None:
        row = EscalationPolicyRow(org=org, severities=severities, updated_at=now, updated_by=by)
    elif row.severities != severities:
        row.severities, row.updated_at, row.updated_by = severities, now, by
    session.add(row)
    return row


def due_times(
    policy: Policy, severity: str, raised_at: datetime
) -> tuple[datetime | None, datetime | None]:
    """The acknowledge and action due times of an alert of ``severity`` raised at ``raised_at``
    (null: the policy sets no such deadline; an unknown severity has none)."""
    deadlines: dict[str, Any] = policy.get(severity) or {}
    minutes = deadlines.get("acknowledge_within_minutes")
    hours = deadlines.get("action_within_hours")
    return (
        None if minutes is None else raised_at + timedelta(minutes=minutes),
        None if hours is None else raised_at + timedelta(hours=hours),
    )


def stamp(alerts: Sequence[Alert], policy: Policy) -> None:
    """Give each new alert its due times under ``policy``."""
    for alert in alerts:
        alert.acknowledge_due_at, alert.action_due_at = due_times(
            policy, alert.severity, alert.raised_at
        )
