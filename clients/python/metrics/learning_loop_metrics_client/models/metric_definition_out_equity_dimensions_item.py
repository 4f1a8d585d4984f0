from enum import StrEnum


class MetricDefinitionOutEquityDimensionsItem(StrEnum):
    AGE_BAND = "age_band"
    ETHNICITY = "ethnicity"
    GENDER = "gender"
    LANGUAGE = "language"
    PAYER = "payer"
    RACE = "race"
    RURALITY = "rurality"
    SEX = "sex"

    def __str__(self) -> str:
        return str(self.value)
