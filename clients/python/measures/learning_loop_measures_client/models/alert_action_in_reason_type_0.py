from enum import StrEnum


class AlertActionInReasonType0(StrEnum):
    ALREADY_IN_CRISIS_CARE = "already-in-crisis-care"
    ANSWERED_IN_ERROR = "answered-in-error"
    DUPLICATE_ALERT = "duplicate-alert"
    NOT_AT_RISK_ON_REVIEW = "not-at-risk-on-review"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
