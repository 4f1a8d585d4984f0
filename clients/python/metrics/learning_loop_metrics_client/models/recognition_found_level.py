from enum import StrEnum


class RecognitionFoundLevel(StrEnum):
    CLINICIAN = "clinician"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
