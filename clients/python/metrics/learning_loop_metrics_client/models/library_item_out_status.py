from enum import StrEnum


class LibraryItemOutStatus(StrEnum):
    ABANDONED = "abandoned"
    ACTIVE = "active"
    COMPLETED = "completed"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
