from enum import StrEnum


class TrackOutDecidedBy(StrEnum):
    ELIGIBILITY = "eligibility"
    NONE = "none"
    ORG_PERCENTILE_MODEL = "org_percentile_model"
    OUTCOME_REACHED = "outcome_reached"
    RULE_OF_THUMB = "rule_of_thumb"

    def __str__(self) -> str:
        return str(self.value)
