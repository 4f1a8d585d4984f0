from enum import StrEnum


class MetricDefinitionOutRequiredFiltersItem(StrEnum):
    FORM = "form"
    INSTRUMENT = "instrument"
    MODALITY = "modality"
    SERVICE_LINE = "service_line"

    def __str__(self) -> str:
        return str(self.value)
