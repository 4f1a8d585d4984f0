"""Every API (pydantic) model of the measures service, a module per resource; storage models
live in :mod:`services.measures.models`. The ``*_out`` functions build a response model from
stored rows and domain results, so routers only pick what to answer."""

from services.measures.schemas.alert_actions import AlertActionIn, AlertActionOut, action_out
from services.measures.schemas.alerts import AlertOut, EscalationOut, alert_out
from services.measures.schemas.assessments import (
    AssessmentBatchIn,
    AssessmentBatchOut,
    AssessmentBatchResult,
    AssessmentIn,
    AssessmentOut,
    assessment_out,
)
from services.measures.schemas.changes import ChangeOut, TrackOut, change_out
from services.measures.schemas.common import (
    ANSWERS_RANGE,
    ID_PATTERN,
    AnswerValue,
    CompletedAt,
    RequestModel,
    completed_in_window,
)
from services.measures.schemas.escalation import (
    EscalationPolicyIn,
    EscalationPolicyOut,
    policy_out,
)
from services.measures.schemas.instruments import (
    InstrumentSettingIn,
    InstrumentSettingOut,
    InstrumentSummary,
)
from services.measures.schemas.scoring import (
    AnswerConflictOut,
    BandOut,
    BatchItemResult,
    CriticalOut,
    ScoreBatchIn,
    ScoreBatchOut,
    ScoreIn,
    ScoreOut,
    SubscaleOut,
    score_out,
)
from services.measures.schemas.trajectories import TrajectoryOut, TrajectoryPoint
from services.measures.schemas.webhooks import (
    AttemptOut,
    DeliveryOut,
    RecoverIn,
    RecoverOut,
    WebhookCreated,
    WebhookIn,
    WebhookOut,
    webhook_out,
)

__all__ = [
    "ANSWERS_RANGE",
    "ID_PATTERN",
    "AlertActionIn",
    "AlertActionOut",
    "AlertOut",
    "AnswerConflictOut",
    "AnswerValue",
    "AssessmentBatchIn",
    "AssessmentBatchOut",
    "AssessmentBatchResult",
    "AssessmentIn",
    "AssessmentOut",
    "AttemptOut",
    "BandOut",
    "BatchItemResult",
    "ChangeOut",
    "CompletedAt",
    "CriticalOut",
    "DeliveryOut",
    "EscalationOut",
    "EscalationPolicyIn",
    "EscalationPolicyOut",
    "InstrumentSettingIn",
    "InstrumentSettingOut",
    "InstrumentSummary",
    "RecoverIn",
    "RecoverOut",
    "RequestModel",
    "ScoreBatchIn",
    "ScoreBatchOut",
    "ScoreIn",
    "ScoreOut",
    "SubscaleOut",
    "TrackOut",
    "TrajectoryOut",
    "TrajectoryPoint",
    "WebhookCreated",
    "WebhookIn",
    "WebhookOut",
    "action_out",
    "alert_out",
    "assessment_out",
    "change_out",
    "completed_in_window",
    "policy_out",
    "score_out",
    "webhook_out",
]
