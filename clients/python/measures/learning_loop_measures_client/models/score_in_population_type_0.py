from enum import StrEnum


class ScoreInPopulationType0(StrEnum):
    FEMALE = "female"
    MALE = "male"

    def __str__(self) -> str:
        return str(self.value)
