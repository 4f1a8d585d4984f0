from enum import StrEnum


class MembershipOutStatus(StrEnum):
    APPLIED = "applied"
    APPROVED = "approved"
    DECLINED = "declined"

    def __str__(self) -> str:
        return str(self.value)
