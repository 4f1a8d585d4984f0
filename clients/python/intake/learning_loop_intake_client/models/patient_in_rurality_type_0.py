from enum import StrEnum


class PatientInRuralityType0(StrEnum):
    ISOLATED = "isolated"
    LARGE_RURAL = "large-rural"
    SMALL_RURAL = "small-rural"
    URBAN = "urban"

    def __str__(self) -> str:
        return str(self.value)
