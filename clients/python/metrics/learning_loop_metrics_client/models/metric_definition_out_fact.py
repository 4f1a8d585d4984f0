from enum import StrEnum


class MetricDefinitionOutFact(StrEnum):
    ALERT = "alert"
    ASSESSMENT = "assessment"
    CARE_EPISODE = "care_episode"
    ENCOUNTER = "encounter"
    EPISODE = "episode"
    FEEDBACK = "feedback"
    REFERRAL = "referral"
    SAFETY_EVENT = "safety_event"

    def __str__(self) -> str:
        return str(self.value)
