from enum import StrEnum


class AlertActionedAction(StrEnum):
    CRISIS_SERVICE_REFERRAL = "crisis-service-referral"
    EMERGENCY_SERVICES = "emergency-services"
    PATIENT_CONTACTED = "patient-contacted"
    REVIEWED_NO_ACTION_NEEDED = "reviewed-no-action-needed"
    RISK_ASSESSMENT_DONE = "risk-assessment-done"
    SAFETY_PLAN_MADE = "safety-plan-made"
    SAFETY_PLAN_UPDATED = "safety-plan-updated"

    def __str__(self) -> str:
        return str(self.value)
