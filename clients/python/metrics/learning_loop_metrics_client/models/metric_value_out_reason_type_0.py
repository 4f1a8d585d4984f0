from enum import StrEnum


class MetricValueOutReasonType0(StrEnum):
    COMPLEMENTARY = "complementary"
    PRIMARY = "primary"
    TOO_FEW_MEMBERS = "too_few_members"

    def __str__(self) -> str:
        return str(self.value)
