from enum import StrEnum


class SafetyEventUpsertedReviewStatus(StrEnum):
    ACTIONED = "actioned"
    ENTERED_IN_ERROR = "entered-in-error"
    RECEIVED = "received"
    REVIEWED = "reviewed"

    def __str__(self) -> str:
        return str(self.value)
