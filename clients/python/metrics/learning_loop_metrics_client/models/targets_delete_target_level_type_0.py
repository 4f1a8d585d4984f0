from enum import StrEnum


class TargetsDeleteTargetLevelType0(StrEnum):
    CLINICIAN = "clinician"
    COLLABORATIVE = "collaborative"
    ORG = "org"
    SITE = "site"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
