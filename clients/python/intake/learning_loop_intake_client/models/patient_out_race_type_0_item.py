from enum import StrEnum


class PatientOutRaceType0Item(StrEnum):
    ASKU = "ASKU"
    UNK = "UNK"
    VALUE_0 = "1002-5"
    VALUE_1 = "2028-9"
    VALUE_2 = "2054-5"
    VALUE_3 = "2076-8"
    VALUE_4 = "2106-3"
    VALUE_5 = "2118-8"

    def __str__(self) -> str:
        return str(self.value)
