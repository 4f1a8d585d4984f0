from enum import StrEnum


class OverviewGetOverviewRules(StrEnum):
    ANHOEJ = "anhoej"
    IHI = "ihi"
    NHS = "nhs"

    def __str__(self) -> str:
        return str(self.value)
