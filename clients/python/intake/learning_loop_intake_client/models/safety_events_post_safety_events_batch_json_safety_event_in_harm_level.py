from enum import StrEnum


class SafetyEventsPostSafetyEventsBatchJsonSafetyEventInHarmLevel(StrEnum):
    DEATH = "death"
    MILD = "mild"
    MODERATE = "moderate"
    NONE = "none"
    SEVERE = "severe"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
