from enum import StrEnum


class StaffRole(StrEnum):
    ADMINISTRATIVE = "administrative"
    CARE_COORDINATOR = "care-coordinator"
    COUNSELOR = "counselor"
    MANAGER = "manager"
    NURSE = "nurse"
    OTHER = "other"
    PEER_SPECIALIST = "peer-specialist"
    PSYCHIATRIST = "psychiatrist"
    PSYCHOLOGIST = "psychologist"
    SOCIAL_WORKER = "social-worker"

    def __str__(self) -> str:
        return str(self.value)
