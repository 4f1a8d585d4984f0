from enum import StrEnum


class AimInLevel(StrEnum):
    CLINICIAN = "clinician"
    COLLABORATIVE = "collaborative"
    ORG = "org"
    SITE = "site"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
