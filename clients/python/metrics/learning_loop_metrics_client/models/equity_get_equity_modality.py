from enum import StrEnum


class EquityGetEquityModality(StrEnum):
    IN_PERSON = "in-person"
    PHONE = "phone"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
