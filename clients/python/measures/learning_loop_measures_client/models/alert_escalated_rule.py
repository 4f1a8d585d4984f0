from enum import StrEnum


class AlertEscalatedRule(StrEnum):
    CRITICAL_ITEM = "critical_item"
    NOT_ON_TRACK = "not_on_track"

    def __str__(self) -> str:
        return str(self.value)
