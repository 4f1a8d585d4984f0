from enum import StrEnum


class ScoringMethod(StrEnum):
    NONE = "none"
    SUM = "sum"

    def __str__(self) -> str:
        return str(self.value)
