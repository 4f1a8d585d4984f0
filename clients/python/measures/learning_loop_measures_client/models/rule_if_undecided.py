from enum import StrEnum


class RuleIfUndecided(StrEnum):
    RAISE = "raise"
    UNANSWERED_ALERT = "unanswered_alert"

    def __str__(self) -> str:
        return str(self.value)
