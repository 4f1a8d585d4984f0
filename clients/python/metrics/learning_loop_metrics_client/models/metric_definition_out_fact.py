from enum import StrEnum


class MetricDefinitionOutFact(StrEnum):
    ALERT = "alert"
    ASSESSMENT = "assessment"
    CARE_EPISODE = "care_episode"
    ENCOUNTER = "encounter"
    EPISODE = "episode"
    ESTABLISHMENT = "establishment"
    FEEDBACK = "feedback"
    REFERRAL = "referral"
    SAFETY_EVENT = "safety_event"
    STAFF = "staff"
    SURVEY_INVITATION = "survey_invitation"
    SURVEY_RESPONSE = "survey_response"

    def __str__(self) -> str:
        return str(self.value)
