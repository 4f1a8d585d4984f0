from enum import StrEnum


class MissingPolicyPolicy(StrEnum):
    COMPLETE_ONLY = "complete_only"
    PRORATE = "prorate"

    def __str__(self) -> str:
        return str(self.value)
