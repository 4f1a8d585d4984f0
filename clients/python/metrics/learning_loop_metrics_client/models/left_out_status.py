from enum import StrEnum


class LeftOutStatus(StrEnum):
    DECLINED = "declined"
    LEFT = "left"

    def __str__(self) -> str:
        return str(self.value)
