from enum import StrEnum


class InterventionOutLevel(StrEnum):
    CLINICIAN = "clinician"
    COLLABORATIVE = "collaborative"
    ORG = "org"
    SITE = "site"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
