from enum import StrEnum


class InstrumentReporting(StrEnum):
    ANONYMOUS_TEAM_AGGREGATE = "anonymous_team_aggregate"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
