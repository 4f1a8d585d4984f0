from enum import StrEnum


class TrackOutVerdict(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    NOT_ON_TRACK = "not_on_track"
    ON_TRACK = "on_track"
    TOO_EARLY = "too_early"

    def __str__(self) -> str:
        return str(self.value)
