from enum import StrEnum


class PersonInRole(StrEnum):
    COACH = "coach"
    FACULTY = "faculty"
    FAMILY = "family"
    LIVED_EXPERIENCE = "lived_experience"
    MEMBER_TEAM = "member_team"

    def __str__(self) -> str:
        return str(self.value)
