from enum import StrEnum


class EpisodeStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    ENTERED_IN_ERROR = "entered-in-error"
    FINISHED = "finished"
    ONHOLD = "onhold"
    PLANNED = "planned"
    WAITLIST = "waitlist"

    def __str__(self) -> str:
        return str(self.value)
