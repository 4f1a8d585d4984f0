from enum import StrEnum


class AssessmentInCompletedBy(StrEnum):
    CLINICIAN = "clinician"
    PATIENT = "patient"
    PROXY = "proxy"

    def __str__(self) -> str:
        return str(self.value)
