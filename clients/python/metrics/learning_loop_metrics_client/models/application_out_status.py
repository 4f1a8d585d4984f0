from enum import StrEnum


class ApplicationOutStatus(StrEnum):
    APPLIED = "applied"
    APPROVED = "approved"
    DECLINED = "declined"

    def __str__(self) -> str:
        return str(self.value)
