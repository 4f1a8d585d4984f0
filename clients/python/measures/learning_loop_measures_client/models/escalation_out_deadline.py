from enum import StrEnum


class EscalationOutDeadline(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    ACTION = "action"

    def __str__(self) -> str:
        return str(self.value)
