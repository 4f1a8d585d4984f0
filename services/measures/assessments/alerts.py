"""Alerts: raised with the assessment that triggered them, acknowledged by a clinician.

A critical item (PHQ-9 item 9 above 0, a positive C-SSRS screen, the CORE-10 risk item) raises
an alert at once: rule ``critical_item``, ``rule_id`` the catalog rule. An unknown answer is
never a no, so a critical rule that unanswered items leave undecided raises one too:

* a rule marked ``if_undecided: raise`` (the C-SSRS high-risk criteria) raises its own alert,
  as a high result would, with ``missing_items`` in the evidence;
* any other undecided critical rule is gathered into the assessment's single alert with
  ``rule_id`` ``critical_item_unanswered`` (rule ``critical_item``, so it is delivered, listed,
  fed and counted as every critical-item alert is), as severe as the most severe rule it
  could not rule out, naming each rule and the unanswered items.

A not-on-track verdict raises one unless the patient already has an open not-on-track alert on
the instrument. Each alert and each acknowledgement is a feed event.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from services.measures import models, webhooks
from services.measures.instruments.catalog import Instrument
from services.measures.models import Alert, AlertRow, AlertValues, Assessment, as_utc
from services.measures.scoring.result import CriticalHit, ScoreResult
from shared.events import AlertAcknowledged, AlertRaised
from shared.feed import NewEvent, append_events
from shared.models import utcnow

if TYPE_CHECKING:
    from services.measures.assessments.recording import Baselined


def alerts_for(
    *,
    row: Assessment,
    result: ScoreResult,
    inst: Instrument,
    baselined: Baselined | None,
    has_open_not_on_track: Callable[[], bool],
    clock: Callable[[], datetime] = utcnow,
    make: type[AlertRow] | type[AlertValues] = AlertRow,
) -> list[Any]:
    """The alerts a new assessment raises, built with ``make`` (an ORM row, or plain values for
    a batch). ``has_open_not_on_track`` is asked only for a not-on-track verdict; ``clock``
    gives each alert its ``raised_at``."""
    if row.patient_id is None:
        return []  # anonymous (clinician well-being) responses never alert on a person
    alerts = [
        _alert(row, "critical_item", hit.rule_id, hit.severity,
               critical_evidence(row, result, inst, hit), clock(), make)
        for hit in result.critical
    ]  # fmt: skip
    if result.critical_unanswered:
        hits = result.critical_unanswered
        alerts.append(
            _alert(row, "critical_item", UNANSWERED, max((h.severity for h in hits), key=_RANK),
                   unanswered_evidence(row, result, hits), clock(), make)
        )  # fmt: skip
    tracking = None if baselined is None else baselined.tracking
    if tracking is not None and tracking.on_track is False and not has_open_not_on_track():
        change = baselined.change if baselined else None
        alerts.append(
            _alert(row, "not_on_track", "not_on_track", "high", {
                "decided_by": tracking.decided_by,
                "model_version": tracking.model_version,
                "reason": tracking.reason,
                "baseline_assessment_id": baselined.baseline.assessment_id if baselined else None,
                "change": None if change is None else change.change,
                "weeks_in_care": None if change is None else change.weeks_in_care,
            }, clock(), make)
        )  # fmt: skip
    return alerts


UNANSWERED = "critical_item_unanswered"
"""The ``rule_id`` of the alert for critical items left unanswered."""
UNANSWERED_LABEL = "Safety question(s) left unanswered"
UNANSWERED_ACTION = (
    "Ask the unanswered question(s) before the patient leaves, or assess suicide risk directly; "
    "until then treat the answer as possibly positive."
)
_RANK = {"info": 0, "high": 1, "urgent": 2}.__getitem__


def critical_evidence(
    row: Assessment, result: ScoreResult, inst: Instrument, hit: CriticalHit
) -> dict[str, Any]:
    """What a critical-item alert shows: the rule, its answered items, and, when it was raised
    because unanswered items leave it open, which ones; FHIR answers read the more severe way
    are named too."""
    items = _rule_items(inst, hit.rule_id)
    evidence: dict[str, Any] = {
        "label": hit.label,
        "action": hit.action,
        "items": {i: row.answers[i] for i in items if i in row.answers},
        "scoring_version": row.scoring_version,
    }
    if hit.missing_items:
        evidence["missing_items"] = list(hit.missing_items)
        evidence["reason"] = "not ruled out: the answers that could rule it out are missing"
    conflicts = [c.as_dict() for c in result.answer_conflicts if c.item_id in items]
    if conflicts:
        evidence["answer_conflicts"] = conflicts
    return evidence


def unanswered_evidence(
    row: Assessment, result: ScoreResult, hits: tuple[CriticalHit, ...]
) -> dict[str, Any]:
    """The rules the unanswered items leave open, and those items."""
    missing = [i for i in result.missing_items + result.invalid_items if _reads(hits, i)]
    return {
        "label": UNANSWERED_LABEL,
        "action": UNANSWERED_ACTION,
        "missing_items": list(dict.fromkeys(missing)),
        "rules": [
            {"rule_id": h.rule_id, "label": h.label, "severity": h.severity,
             "missing_items": list(h.missing_items)}
            for h in hits
        ],
        "scoring_version": row.scoring_version,
    }  # fmt: skip


def _reads(hits: tuple[CriticalHit, ...], item_id: str) -> bool:
    return any(item_id in hit.missing_items for hit in hits)


def acknowledge(session: Session, alert: AlertRow, *, by: str, now: datetime | None = None) -> bool:
    """Mark acknowledged at ``now`` (the app's clock); False (and no event) when it already
    was. Meeting the acknowledge deadline cancels its escalation (the worker skips it)."""
    if alert.acknowledged_at is not None:
        return False
    alert.acknowledged_at = now or utcnow()
    alert.acknowledged_by = by
    session.add(alert)
    data = AlertAcknowledged(
        alert_id=alert.alert_id,
        acknowledged_at=alert.acknowledged_at,
        raised_at=as_utc(alert.raised_at),
        rule=alert.rule,
    )
    append_events(
        session, models.feed_events, [NewEvent.of(alert.org, f"alerts/{alert.alert_id}", data)]
    )
    webhooks.enqueue(session, [alert], "alert.acknowledged", now=alert.acknowledged_at)
    return True


def _alert(
    row: Assessment,
    rule: str,
    rule_id: str,
    severity: str,
    evidence: dict[str, Any],
    raised_at: datetime,
    make: type[AlertRow] | type[AlertValues],
) -> Alert:
    return make(
        org=row.org,
        alert_id=str(uuid.uuid4()),
        rule=rule,
        rule_id=rule_id,
        severity=severity,
        patient_id=row.patient_id or "",
        assessment_id=row.assessment_id,
        instrument_id=row.instrument_id,
        clinician_id=row.clinician_id,
        team_id=row.team_id,
        site_id=row.site_id,
        evidence=evidence,
        raised_at=raised_at,
    )


def _rule_items(inst: Instrument, rule_id: str) -> list[str]:
    from services.measures.instruments.conditions import referenced_items

    rule = next(r for r in inst.rules if r.id == rule_id)
    return sorted(referenced_items(inst, rule.when))


def raised_event(alert: Alert) -> NewEvent:
    data = AlertRaised(
        alert_id=alert.alert_id,
        rule=alert.rule,
        raised_at=as_utc(alert.raised_at),
        patient_id=alert.patient_id,
        assessment_id=alert.assessment_id,
        instrument_id=alert.instrument_id,
        clinician_id=alert.clinician_id,
        team_id=alert.team_id,
        site_id=alert.site_id,
        rule_id=alert.rule_id,
        severity=alert.severity,
    )
    return NewEvent.of(alert.org, f"alerts/{alert.alert_id}", data)


def as_of(value: datetime | None) -> datetime | None:
    return None if value is None else as_utc(value)
