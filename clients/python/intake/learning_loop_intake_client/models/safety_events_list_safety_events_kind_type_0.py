from enum import StrEnum


class SafetyEventsListSafetyEventsKindType0(StrEnum):
    DEATH = "death"
    FALL = "fall"
    MEDICATION = "medication"
    NEAR_MISS = "near-miss"
    OTHER = "other"
    PRIVACY_BREACH = "privacy-breach"
    SELF_HARM = "self-harm"
    SUICIDE_ATTEMPT = "suicide-attempt"
    VIOLENCE = "violence"

    def __str__(self) -> str:
        return str(self.value)
