"""API models of an alert's action history: one coded action in, the stored action out."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.measures.assessments.actions import CLOSING_REASONS, NO_ACTION
from services.measures.models import AlertActionRow, as_utc
from services.measures.schemas.common import ID_PATTERN, RequestModel
from shared.events import AlertAction
from shared.strict_types import IsoDateTime

ClosingReason = Literal[
    "not-at-risk-on-review", "already-in-crisis-care", "duplicate-alert", "answered-in-error",
    "other",
]  # fmt: skip
assert get_args(ClosingReason) == CLOSING_REASONS
NOTE_MAX = 2000

_EXAMPLE: dict[str, Any] = {
    "action_id": "act-2026-01-05-0001",
    "action": "risk-assessment-done",
    "performed_at": "2026-01-05T10:20:00Z",
    "close": False,
}


class AlertActionIn(RequestModel):
    """One thing done about an alert, under an id the caller chooses (a retry with the same id
    and body is answered with the stored action; another body under it is a 409)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_EXAMPLE]})

    action_id: str = Field(
        min_length=1, max_length=64, pattern=ID_PATTERN,
        description="The caller's id for this action, unique in the organisation.",
        examples=["act-2026-01-05-0001"],
    )  # fmt: skip
    action: AlertAction = Field(
        description="What was done: `risk-assessment-done`, `safety-plan-made`, "
        "`safety-plan-updated`, `patient-contacted`, `crisis-service-referral`, "
        "`emergency-services`, or `reviewed-no-action-needed` (closes, with a `reason`).",
        examples=["risk-assessment-done"],
    )
    performed_at: IsoDateTime = Field(
        description="When it was done: not before the alert was raised, not after the server's "
        "clock (5 minutes of skew allowed); 422 otherwise. Without a zone, UTC.",
        examples=["2026-01-05T10:20:00Z"],
    )
    performed_by: str | None = Field(
        default=None, min_length=1, max_length=256,
        description="The staff member who did it; default the token's subject.",
        examples=["clin-12"],
    )  # fmt: skip
    close: bool = Field(
        default=False,
        description="Whether this action closes the alert (no further action can be recorded "
        "and its escalation deadlines are cancelled). `reviewed-no-action-needed` always closes.",
    )
    reason: ClosingReason | None = Field(
        default=None,
        description="Why no action was needed: required with `reviewed-no-action-needed` and "
        "refused with any other action. `other` needs a `note`.",
        examples=["not-at-risk-on-review"],
    )
    note: str | None = Field(
        default=None, min_length=1, max_length=NOTE_MAX,
        description="Free text for the clinical record. Kept in measures only: never on the "
        "feed, in webhooks or in logs.",
    )  # fmt: skip

    @model_validator(mode="after")
    def _reason_rules(self) -> AlertActionIn:
        if self.action == NO_ACTION and self.reason is None:
            raise ValueError("reason is required with reviewed-no-action-needed")
        if self.action != NO_ACTION and self.reason is not None:
            raise ValueError("reason is only allowed with reviewed-no-action-needed")
        if self.reason == "other" and self.note is None:
            raise ValueError("reason other needs a note saying why")
        return self


class AlertActionOut(BaseModel):
    """A recorded action, as stored (the note included: this is measures' own record)."""

    action_id: str = Field(description="The caller's id.", examples=["act-2026-01-05-0001"])
    alert_id: str = Field(description="The alert it is about.")
    action: AlertAction = Field(description="What was done.", examples=["risk-assessment-done"])
    performed_at: datetime = Field(description="When it was done (UTC), as reported.")
    performed_by: str = Field(description="Who did it.", examples=["clin-12"])
    recorded_at: datetime = Field(description="When measures recorded it (UTC).")
    recorded_by: str = Field(description="Who recorded it (the token's subject).")
    closes: bool = Field(description="Whether it closed the alert.")
    reason: ClosingReason | None = Field(default=None, description="Why no action was needed.")
    note: str | None = Field(default=None, description="The free-text note, if any.")


def action_out(row: AlertActionRow) -> AlertActionOut:
    return AlertActionOut(
        action_id=row.action_id,
        alert_id=row.alert_id,
        action=row.action,
        performed_at=as_utc(row.performed_at),
        performed_by=row.performed_by,
        recorded_at=as_utc(row.recorded_at),
        recorded_by=row.recorded_by,
        closes=row.closes,
        reason=row.reason,
        note=row.note,
    )
