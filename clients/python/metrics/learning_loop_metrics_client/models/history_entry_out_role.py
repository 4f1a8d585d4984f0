from enum import StrEnum


class HistoryEntryOutRole(StrEnum):
    FACILITATOR = "facilitator"
    MEMBER = "member"
    OWNER = "owner"

    def __str__(self) -> str:
        return str(self.value)
