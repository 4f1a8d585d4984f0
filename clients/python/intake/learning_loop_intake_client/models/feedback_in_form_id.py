from enum import StrEnum


class FeedbackInFormId(StrEnum):
    COMMENT = "comment"
    SERVICE_SATISFACTION = "service-satisfaction"
    SESSION_FEEDBACK = "session-feedback"
    TELEHEALTH_EXPERIENCE = "telehealth-experience"

    def __str__(self) -> str:
        return str(self.value)
