"""Dependencies shared by intake's routers: callers by scope, settings, id path parameters.

Domain errors need nothing here: each renders itself through the shared problem handler."""

from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Path, Request
from pydantic import ValidationError

from services.intake.settings import IntakeSettings
from shared.auth import Caller, require_scopes

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"

Writer = Annotated[Caller, Depends(require_scopes("intake:write"))]
Reader = Annotated[Caller, Depends(require_scopes("intake:read"))]
#: The org's incident reviewers: safety events' narratives, and their review.
SAFETY_REVIEW = "intake:safety-review"
SafetyReviewer = Annotated[Caller, Depends(require_scopes(SAFETY_REVIEW))]
#: The org's feedback team: consumers' comments, the theme list, tagging, "you said, we did".
FEEDBACK_REVIEW = "intake:feedback-review"
FeedbackReviewer = Annotated[Caller, Depends(require_scopes(FEEDBACK_REVIEW))]
#: Whoever keeps the workforce records (HR, service managers): staff records and establishments.
WORKFORCE = "intake:workforce"
WorkforceKeeper = Annotated[Caller, Depends(require_scopes(WORKFORCE))]


async def _settings(request: Request) -> IntakeSettings:
    # Async: a sync dependency costs a worker-thread hand-off per request for nothing.
    settings: IntakeSettings = request.app.state.settings
    return settings


SettingsDep = Annotated[IntakeSettings, Depends(_settings)]


_ID_EXAMPLES = {
    "patient": "7f3c9a2e-5d41-4b8e-9c1a-2b6f0e8d4a17",
    "referral": "ref-3318",
    "encounter": "enc-0192",
    "episode": "ep-2025-0117",
    "safety event": "se-2025-0042",
    "feedback response": "yswd-2025-03-waiting-times",
    "staff member": "clin-204",
    "team": "team-east",
}


def id_path(what: str) -> object:
    return Path(
        min_length=1,
        max_length=64,
        pattern=ID_PATTERN,
        description=f"The caller's id for the {what}, unique within the org.",
        examples=[_ID_EXAMPLES.get(what, f"{what}-0001")],
    )


def late_notice(settings: IntakeSettings) -> timedelta:
    return timedelta(hours=settings.late_cancellation_notice_hours)


def item_errors(error: ValidationError, prefix: str) -> list[dict[str, str]]:
    """Field errors of one batch item, pointing into the request body, without the input."""
    return [
        {
            "pointer": prefix + "/" + "/".join(str(p) for p in e["loc"]),
            "detail": e["msg"],
            "code": e["type"],
        }
        for e in error.errors(include_input=False)
    ]


__all__ = [
    "FEEDBACK_REVIEW",
    "ID_PATTERN",
    "SAFETY_REVIEW",
    "WORKFORCE",
    "FeedbackReviewer",
    "Reader",
    "SafetyReviewer",
    "SettingsDep",
    "WorkforceKeeper",
    "Writer",
    "id_path",
    "item_errors",
    "late_notice",
]
