from enum import StrEnum


class LeavingReason(StrEnum):
    DIED = "died"
    DISMISSED = "dismissed"
    END_OF_CONTRACT = "end-of-contract"
    MOVED_INTERNALLY = "moved-internally"
    OTHER = "other"
    RESIGNED = "resigned"
    RETIRED = "retired"

    def __str__(self) -> str:
        return str(self.value)
