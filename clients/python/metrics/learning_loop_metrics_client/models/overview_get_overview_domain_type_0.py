from enum import StrEnum


class OverviewGetOverviewDomainType0(StrEnum):
    ACCESS = "access"
    ENGAGEMENT = "engagement"
    EXPERIENCE = "experience"
    MBC = "mbc"
    SAFETY = "safety"
    TELEHEALTH = "telehealth"
    WORKFORCE = "workforce"

    def __str__(self) -> str:
        return str(self.value)
