from enum import StrEnum


class DecisionInStatus(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"

    def __str__(self) -> str:
        return str(self.value)
