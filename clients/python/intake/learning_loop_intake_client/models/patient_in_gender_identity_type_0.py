from enum import StrEnum


class PatientInGenderIdentityType0(StrEnum):
    ASKU = "ASKU"
    OTH = "OTH"
    UNK = "UNK"
    VALUE_0 = "446141000124107"
    VALUE_1 = "446151000124109"
    VALUE_2 = "33791000087105"

    def __str__(self) -> str:
        return str(self.value)
