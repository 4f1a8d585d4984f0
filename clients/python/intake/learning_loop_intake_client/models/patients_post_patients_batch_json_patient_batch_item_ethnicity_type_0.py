from enum import StrEnum


class PatientsPostPatientsBatchJsonPatientBatchItemEthnicityType0(StrEnum):
    ASKU = "ASKU"
    UNK = "UNK"
    VALUE_0 = "2135-2"
    VALUE_1 = "2186-5"

    def __str__(self) -> str:
        return str(self.value)
