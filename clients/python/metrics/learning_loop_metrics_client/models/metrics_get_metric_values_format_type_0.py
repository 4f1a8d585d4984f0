from enum import StrEnum


class MetricsGetMetricValuesFormatType0(StrEnum):
    CSV = "csv"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
