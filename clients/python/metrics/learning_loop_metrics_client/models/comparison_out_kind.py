from enum import StrEnum


class ComparisonOutKind(StrEnum):
    PEER_MEDIAN = "peer-median"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
