from enum import StrEnum


class MetricDefinitionOutFiltersItem(StrEnum):
    FORM = "form"
    INSTRUMENT = "instrument"
    ITEM = "item"
    MODALITY = "modality"
    ROLE = "role"
    SERVICE_LINE = "service_line"
    THEME = "theme"

    def __str__(self) -> str:
        return str(self.value)
