from enum import StrEnum


class StaffState(StrEnum):
    ENTERED_IN_ERROR = "entered-in-error"
    IN_POST = "in-post"
    LEFT = "left"

    def __str__(self) -> str:
        return str(self.value)
