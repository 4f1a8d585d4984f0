from enum import StrEnum


class RuleSeverity(StrEnum):
    HIGH = "high"
    INFO = "info"
    URGENT = "urgent"

    def __str__(self) -> str:
        return str(self.value)
