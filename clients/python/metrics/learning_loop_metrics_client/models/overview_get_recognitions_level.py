from enum import StrEnum


class OverviewGetRecognitionsLevel(StrEnum):
    CLINICIAN = "clinician"
    ORG = "org"
    SITE = "site"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
