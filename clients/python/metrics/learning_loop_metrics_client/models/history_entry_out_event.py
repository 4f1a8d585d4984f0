from enum import StrEnum


class HistoryEntryOutEvent(StrEnum):
    APPLIED = "applied"
    APPROVED = "approved"
    DECLINED = "declined"
    LEFT = "left"
    REMOVED = "removed"
    ROLE_CHANGED = "role_changed"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
