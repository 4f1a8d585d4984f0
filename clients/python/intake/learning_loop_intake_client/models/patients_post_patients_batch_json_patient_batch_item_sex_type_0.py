from enum import StrEnum


class PatientsPostPatientsBatchJsonPatientBatchItemSexType0(StrEnum):
    ASKU = "ASKU"
    UNK = "UNK"
    VALUE_0 = "248152002"
    VALUE_1 = "248153007"

    def __str__(self) -> str:
        return str(self.value)
