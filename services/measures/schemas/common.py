"""What the measures API models share: id and answer constraints, the completion-time window,
and the base of every request body (unknown fields refused)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from services.measures.instruments.schema import ANSWER_MAX, ANSWER_MIN
from shared.strict_types import JSON_INTEGER, IsoDateTime

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
#: Example answers (typed loosely: the OpenAPI examples they go into are JSON of any shape).
PHQ9_EXAMPLE: dict[str, Any] = {
    f"phq9_{n}": v for n, v in enumerate([2, 2, 2, 2, 1, 1, 2, 0, 0], 1)
}
GAD7_EXAMPLE: dict[str, Any] = {f"gad7_{n}": v for n, v in enumerate([1, 2, 1, 1, 0, 1, 1], 1)}
# An answer beyond every instrument's options (negative, or 2**63) is a 422; one inside the range
# that is not an option of its item (5 on PHQ-9) is scored as `out_of_range`, i.e. unanswered.
AnswerValue = Annotated[int, Field(ge=ANSWER_MIN, le=ANSWER_MAX), JSON_INTEGER]
ANSWERS_RANGE = (
    f"Values outside {ANSWER_MIN}-{ANSWER_MAX} (no instrument's options go beyond it) are refused "
    "with 422; a value inside it that is not one of the item's options is reported in "
    "`invalid_items` and scored as unanswered (the missing-item policy)."
)

# The earliest completion accepted, and how far ahead of the server's clock a device's may run.
EARLIEST_COMPLETION = datetime(1900, 1, 1, tzinfo=UTC)
CLOCK_SKEW = timedelta(days=1)


def completed_in_window(moment: datetime) -> datetime:
    """``moment``, if a plausible completion time; ValueError otherwise. A placeholder date
    (0001-01-01, 9999-12-31) would become the patient's baseline or outlive every later
    assessment, and near the ends of the calendar it cannot even be converted to UTC."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if not EARLIEST_COMPLETION <= aware <= datetime.now(UTC) + CLOCK_SKEW:
        raise ValueError("must be between 1900-01-01 and now (a day of clock skew allowed)")
    return moment


CompletedAt = Annotated[IsoDateTime, AfterValidator(completed_in_window)]


class RequestModel(BaseModel):
    """A request body: an unknown field is refused rather than ignored."""

    model_config = ConfigDict(extra="forbid")
