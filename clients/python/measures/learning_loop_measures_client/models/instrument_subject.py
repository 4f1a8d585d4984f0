from enum import StrEnum


class InstrumentSubject(StrEnum):
    CLINICIAN = "clinician"
    PATIENT = "patient"

    def __str__(self) -> str:
        return str(self.value)
