from enum import StrEnum


class WebhookOutEventTypesItem(StrEnum):
    ALERT_ACKNOWLEDGED = "alert.acknowledged"
    ALERT_ACTIONED = "alert.actioned"
    ALERT_CLOSED = "alert.closed"
    ALERT_ESCALATED = "alert.escalated"
    ALERT_RAISED = "alert.raised"

    def __str__(self) -> str:
        return str(self.value)
