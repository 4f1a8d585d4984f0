from enum import StrEnum


class CycleInActType0(StrEnum):
    ABANDON = "abandon"
    ADAPT = "adapt"
    ADOPT = "adopt"

    def __str__(self) -> str:
        return str(self.value)
