from enum import StrEnum


class RuleKind(StrEnum):
    CRITICAL = "critical"
    INDICATOR = "indicator"

    def __str__(self) -> str:
        return str(self.value)
