from enum import StrEnum


class EncounterStatus(StrEnum):
    BOOKED = "booked"
    CANCELLED_BY_CLINIC = "cancelled-by-clinic"
    CANCELLED_BY_PATIENT = "cancelled-by-patient"
    ENTERED_IN_ERROR = "entered-in-error"
    FULFILLED = "fulfilled"
    NO_SHOW = "no-show"

    def __str__(self) -> str:
        return str(self.value)
