from enum import StrEnum


class AlertsListAlertsStatus(StrEnum):
    ACKNOWLEDGED = "acknowledged"
    ALL = "all"
    CLOSED = "closed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
