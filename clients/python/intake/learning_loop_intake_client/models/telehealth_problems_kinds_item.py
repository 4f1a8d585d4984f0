from enum import StrEnum


class TelehealthProblemsKindsItem(StrEnum):
    AUDIO = "audio"
    CONNECTION = "connection"
    LOGIN = "login"
    PLATFORM = "platform"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
