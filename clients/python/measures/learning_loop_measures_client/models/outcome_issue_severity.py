from enum import StrEnum


class OutcomeIssueSeverity(StrEnum):
    ERROR = "error"
    FATAL = "fatal"

    def __str__(self) -> str:
        return str(self.value)
