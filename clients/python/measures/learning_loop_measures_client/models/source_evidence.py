from enum import StrEnum


class SourceEvidence(StrEnum):
    DERIVED = "derived"
    LITERATURE = "literature"
    ORGANISATION = "organisation"
    SECONDARY = "secondary"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
