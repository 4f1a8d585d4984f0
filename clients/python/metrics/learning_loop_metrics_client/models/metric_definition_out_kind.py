from enum import StrEnum


class MetricDefinitionOutKind(StrEnum):
    CONTINUOUS = "continuous"
    PROPORTION = "proportion"
    RATE = "rate"

    def __str__(self) -> str:
        return str(self.value)
