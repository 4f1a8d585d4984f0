from enum import StrEnum


class ChartsGetChartChartType0(StrEnum):
    P = "p"
    PP = "pp"
    RUN = "run"
    U = "u"
    XMR = "xmr"

    def __str__(self) -> str:
        return str(self.value)
