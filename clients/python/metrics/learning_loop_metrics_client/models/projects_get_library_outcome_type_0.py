from enum import StrEnum


class ProjectsGetLibraryOutcomeType0(StrEnum):
    ABANDON = "abandon"
    ADAPT = "adapt"
    ADOPT = "adopt"

    def __str__(self) -> str:
        return str(self.value)
