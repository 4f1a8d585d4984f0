from enum import StrEnum


class EpisodeUpsertedDischargeReasonType0(StrEnum):
    DIED = "died"
    DROPPED_OUT = "dropped-out"
    OTHER = "other"
    PLANNED_COMPLETION = "planned-completion"
    REFERRED_ON = "referred-on"
    TRANSFERRED = "transferred"

    def __str__(self) -> str:
        return str(self.value)
