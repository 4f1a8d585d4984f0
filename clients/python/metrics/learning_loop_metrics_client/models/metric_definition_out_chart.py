from enum import StrEnum


class MetricDefinitionOutChart(StrEnum):
    AUTO = "auto"
    U = "u"
    XMR = "xmr"

    def __str__(self) -> str:
        return str(self.value)
