"""API models of an org's escalation policy: deadlines per alert severity."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from services.measures.assessments.policy import DEFAULT_POLICY, Policy
from services.measures.models import EscalationPolicyRow, as_utc
from services.measures.schemas.common import RequestModel
from shared.strict_types import JSON_INTEGER

_WEEK_MINUTES = 7 * 24 * 60
_MONTH_HOURS = 31 * 24
_EXAMPLE: dict[str, Any] = {
    "urgent": {"acknowledge_within_minutes": 30, "action_within_hours": 24},
    "high": {"acknowledge_within_minutes": 480, "action_within_hours": 72},
    "info": {},
}


Minutes = Annotated[int, Field(ge=1, le=_WEEK_MINUTES), JSON_INTEGER]
Hours = Annotated[int, Field(ge=1, le=_MONTH_HOURS), JSON_INTEGER]


class SeverityDeadlines(RequestModel):
    """The two deadlines of one severity; null (or absent) means no such deadline."""

    acknowledge_within_minutes: Minutes | None = Field(
        default=None,
        description="Escalate if not acknowledged this many minutes after the raise (1 minute "
        "to 7 days; null: never on this ground).",
        examples=[60],
    )  # fmt: skip
    action_within_hours: Hours | None = Field(
        default=None,
        description="Escalate if no action is recorded this many hours after the raise (1 hour "
        "to 31 days; null: never on this ground).",
        examples=[24],
    )  # fmt: skip


class EscalationPolicyIn(RequestModel):
    """The whole policy: every severity is given, so leaving one out cannot silently switch
    its escalation off (send nulls to do that on purpose)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_EXAMPLE]})

    urgent: SeverityDeadlines = Field(description="Urgent alerts (e.g. PHQ-9 item 9 above 0).")
    high: SeverityDeadlines = Field(description="High alerts (e.g. a patient not on track).")
    info: SeverityDeadlines = Field(description="Informational alerts.")

    def as_policy(self) -> Policy:
        return {name: getattr(self, name).model_dump() for name in ("urgent", "high", "info")}


class EscalationPolicyOut(BaseModel):
    """The policy in force, and whether it is the service's default."""

    urgent: SeverityDeadlines = Field(description="Deadlines of urgent alerts.")
    high: SeverityDeadlines = Field(description="Deadlines of high alerts.")
    info: SeverityDeadlines = Field(description="Deadlines of informational alerts.")
    is_default: bool = Field(
        description="True until the org sets its own: the default is a starting point chosen "
        "for this service (urgent 60 min / 24 h, high 24 h / 72 h), not a published standard."
    )
    updated_at: datetime | None = Field(default=None, description="When it was last changed.")
    updated_by: str | None = Field(default=None, description="Who last changed it.")


def policy_out(policy: Policy, row: EscalationPolicyRow | None) -> EscalationPolicyOut:
    return EscalationPolicyOut(
        **{name: SeverityDeadlines(**deadlines) for name, deadlines in policy.items()},
        is_default=row is None,
        updated_at=None if row is None else as_utc(row.updated_at),
        updated_by=None if row is None else row.updated_by,
    )


__all__ = ["DEFAULT_POLICY", "EscalationPolicyIn", "EscalationPolicyOut", "policy_out"]
