from enum import StrEnum


class DueItemReason(StrEnum):
    BASELINE_DUE = "baseline-due"
    BASELINE_OVERDUE = "baseline-overdue"
    FOLLOW_UP_DUE = "follow-up-due"
    FOLLOW_UP_OVERDUE = "follow-up-overdue"

    def __str__(self) -> str:
        return str(self.value)
