from enum import StrEnum


class AlertEscalatedDeadline(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    ACTION = "action"

    def __str__(self) -> str:
        return str(self.value)
