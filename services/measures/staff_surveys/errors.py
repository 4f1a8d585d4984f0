"""The errors of anonymous staff surveys, each naming its problem (the rest of measures' errors,
and why they carry their HTTP answer: :mod:`services.measures.errors`).

    MeasuresError
    ├── SurveyAnswersError          -> 422 validation-error, errors at /answers/<instrument>/...
    ├── SurveyTokenRefusedError     -> 403 survey-token-refused (unknown token)
    ├── SurveyNotOpenError          -> 403 survey-not-open (before its first day)
    ├── SurveyClosedError           -> 410 survey-closed (a response after the campaign closed)
    ├── SurveyTokenSpentError       -> 409 survey-token-spent (a second, different answer)
    ├── CampaignClosedError         -> 409 campaign-closed (minting tokens for a closed one)
    ├── TokensExhaustedError        -> 409 tokens-exhausted (the team's invited count reached)
    └── TokensNotReplayableError    -> 400 tokens-not-replayable (Idempotency-Key on minting)
"""

from __future__ import annotations

from services.measures.errors import MeasuresError
from shared.errors import FieldErrorDict

__all__ = [
    "CampaignClosedError",
    "SurveyAnswersError",
    "SurveyClosedError",
    "SurveyNotOpenError",
    "SurveyTokenRefusedError",
    "SurveyTokenSpentError",
    "TokensExhaustedError",
    "TokensNotReplayableError",
]

_UNPROCESSABLE = (422, "validation-error", "Unprocessable Content")


class SurveyAnswersError(MeasuresError):
    """A staff survey answer names an instrument the campaign did not ask, an unknown item, or
    a value outside the item's options (or nothing at all); ``where`` points at it."""

    status, slug, title = _UNPROCESSABLE

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"answers{where}: {reason}")
        self.where, self.reason = where, reason

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return [
            {"pointer": f"{pointer}/answers{self.where}", "detail": self.reason, "code": "invalid"}
        ]


class SurveyTokenRefusedError(MeasuresError):
    """No campaign of the org issued this token: 403, the token grants nothing (never 404,
    which would hint that something else exists)."""

    status, slug, title = 403, "survey-token-refused", "Forbidden"

    def __init__(self) -> None:
        super().__init__("This survey link is not valid.")


class SurveyNotOpenError(MeasuresError):
    """The token is valid but its campaign's first day has not come: 403, since the same token
    will be accepted once it opens (a 410 would say it never will)."""

    status, slug, title = 403, "survey-not-open", "Survey Not Open"

    def __init__(self) -> None:
        super().__init__("This survey has not opened yet.")


class SurveyClosedError(MeasuresError):
    """The campaign has closed (early, or its last day has passed): 410, for good."""

    status, slug, title = 410, "survey-closed", "Survey Closed"

    def __init__(self) -> None:
        super().__init__("This survey has closed; no more answers are taken.")


class SurveyTokenSpentError(MeasuresError):
    """The token already answered, with other answers: one answer per token."""

    status, slug, title = 409, "survey-token-spent", "Conflict"

    def __init__(self) -> None:
        super().__init__("This survey link was already used to answer.")


class CampaignClosedError(MeasuresError):
    """An administrative change (minting tokens) asked of a closed campaign."""

    status, slug, title = 409, "campaign-closed", "Conflict"

    def __init__(self) -> None:
        super().__init__("The campaign is closed.")


class TokensExhaustedError(MeasuresError):
    """Minting more tokens than the team's invited count leaves."""

    status, slug, title = 409, "tokens-exhausted", "Conflict"

    def __init__(self, left: int) -> None:
        super().__init__(f"Only {left} more tokens can be minted for this team.")


class TokensNotReplayableError(MeasuresError):
    """Tokens are returned once and only their hashes are kept, so a stored idempotent reply
    (which would hold them) is not made: minting refuses ``Idempotency-Key``."""

    status, slug, title = 400, "tokens-not-replayable", "Bad Request"

    def __init__(self) -> None:
        super().__init__(
            "Tokens are never stored, so minting takes no Idempotency-Key; "
            "a retry mints from what is left of the team's invited count."
        )
