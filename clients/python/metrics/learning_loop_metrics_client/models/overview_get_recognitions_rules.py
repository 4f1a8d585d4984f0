from enum import StrEnum


class OverviewGetRecognitionsRules(StrEnum):
    ANHOEJ = "anhoej"
    IHI = "ihi"
    NHS = "nhs"

    def __str__(self) -> str:
        return str(self.value)
