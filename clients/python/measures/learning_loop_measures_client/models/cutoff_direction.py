from enum import StrEnum


class CutoffDirection(StrEnum):
    AT_OR_ABOVE = "at_or_above"
    AT_OR_BELOW = "at_or_below"

    def __str__(self) -> str:
        return str(self.value)
