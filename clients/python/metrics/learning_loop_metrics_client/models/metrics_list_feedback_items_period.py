from enum import StrEnum


class MetricsListFeedbackItemsPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    ROLLING_QUARTER = "rolling-quarter"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
