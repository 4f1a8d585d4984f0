from enum import StrEnum


class RecognitionFoundBetter(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"

    def __str__(self) -> str:
        return str(self.value)
