from enum import StrEnum


class DecisionInRoleType0(StrEnum):
    FACILITATOR = "facilitator"
    MEMBER = "member"

    def __str__(self) -> str:
        return str(self.value)
