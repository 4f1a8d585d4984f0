from enum import StrEnum


class LeaveInReason(StrEnum):
    AIM_REACHED = "aim_reached"
    CAPACITY = "capacity"
    DATA_BURDEN = "data_burden"
    INACTIVE = "inactive"
    MERGED_OR_CLOSED = "merged_or_closed"
    NOT_USEFUL = "not_useful"
    OTHER = "other"
    PRIORITIES = "priorities"

    def __str__(self) -> str:
        return str(self.value)
