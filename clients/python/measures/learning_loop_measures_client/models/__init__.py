"""Contains all the data models used in inputs/outputs"""

from .alert_acknowledged import AlertAcknowledged
from .alert_acknowledged_event import AlertAcknowledgedEvent
from .alert_acknowledged_rule import AlertAcknowledgedRule
from .alert_action_in import AlertActionIn
from .alert_action_in_action import AlertActionInAction
from .alert_action_in_reason_type_0 import AlertActionInReasonType0
from .alert_action_out import AlertActionOut
from .alert_action_out_action import AlertActionOutAction
from .alert_action_out_reason_type_0 import AlertActionOutReasonType0
from .alert_actioned import AlertActioned
from .alert_actioned_action import AlertActionedAction
from .alert_actioned_event import AlertActionedEvent
from .alert_actioned_rule import AlertActionedRule
from .alert_closed import AlertClosed
from .alert_closed_closing_action import AlertClosedClosingAction
from .alert_closed_event import AlertClosedEvent
from .alert_closed_rule import AlertClosedRule
from .alert_escalated import AlertEscalated
from .alert_escalated_deadline import AlertEscalatedDeadline
from .alert_escalated_event import AlertEscalatedEvent
from .alert_escalated_rule import AlertEscalatedRule
from .alert_out import AlertOut
from .alert_out_closing_action_type_0 import AlertOutClosingActionType0
from .alert_out_evidence import AlertOutEvidence
from .alert_out_rule import AlertOutRule
from .alert_out_status import AlertOutStatus
from .alert_raised import AlertRaised
from .alert_raised_event import AlertRaisedEvent
from .alert_raised_rule import AlertRaisedRule
from .alerts_list_alerts_status import AlertsListAlertsStatus
from .alternative import Alternative
from .answer_conflict_out import AnswerConflictOut
from .answer_list import AnswerList
from .answer_option import AnswerOption
from .assessment_batch_in import AssessmentBatchIn
from .assessment_batch_in_items_item import AssessmentBatchInItemsItem
from .assessment_batch_out import AssessmentBatchOut
from .assessment_batch_result import AssessmentBatchResult
from .assessment_batch_result_problem_type_0 import AssessmentBatchResultProblemType0
from .assessment_in import AssessmentIn
from .assessment_in_answers import AssessmentInAnswers
from .assessment_in_completed_by import AssessmentInCompletedBy
from .assessment_in_population_type_0 import AssessmentInPopulationType0
from .assessment_out import AssessmentOut
from .assessment_scored import AssessmentScored
from .assessment_scored_completed_by import AssessmentScoredCompletedBy
from .assessment_scored_event import AssessmentScoredEvent
from .assessment_scored_subscales import AssessmentScoredSubscales
from .attempt_out import AttemptOut
from .band import Band
from .band_out import BandOut
from .bands import Bands
from .batch_item_result import BatchItemResult
from .batch_item_result_problem_type_0 import BatchItemResultProblemType0
from .change_out import ChangeOut
from .classification import Classification
from .condition import Condition
from .condition_op_type_0 import ConditionOpType0
from .count_spec import CountSpec
from .count_spec_op import CountSpecOp
from .critical_out import CriticalOut
from .cutoff import Cutoff
from .cutoff_direction import CutoffDirection
from .cutoff_populations import CutoffPopulations
from .delivery_out import DeliveryOut
from .delivery_out_event_type import DeliveryOutEventType
from .delivery_out_state import DeliveryOutState
from .enable_when import EnableWhen
from .enable_when_op import EnableWhenOp
from .episode_summary import EpisodeSummary
from .escalation_out import EscalationOut
from .escalation_out_deadline import EscalationOutDeadline
from .escalation_policy_in import EscalationPolicyIn
from .escalation_policy_out import EscalationPolicyOut
from .feed_page import FeedPage
from .fhir_get_metadata_response_200 import FhirGetMetadataResponse200
from .fhir_post_questionnaire_response_json_body import FhirPostQuestionnaireResponseJsonBody
from .fhir_read_observation_response_200 import FhirReadObservationResponse200
from .fhir_read_questionnaire_response_200 import FhirReadQuestionnaireResponse200
from .fhir_search_observations_response_200 import FhirSearchObservationsResponse200
from .field_error import FieldError
from .health import Health
from .instrument import Instrument
from .instrument_overrides import InstrumentOverrides
from .instrument_overrides_applied_type_0 import InstrumentOverridesAppliedType0
from .instrument_overrides_subscales import InstrumentOverridesSubscales
from .instrument_reporting import InstrumentReporting
from .instrument_setting_in import InstrumentSettingIn
from .instrument_setting_out import InstrumentSettingOut
from .instrument_setting_out_overrides_type_0 import InstrumentSettingOutOverridesType0
from .instrument_subject import InstrumentSubject
from .instrument_summary import InstrumentSummary
from .item import Item
from .level import Level
from .license_ import License
from .missing_policy import MissingPolicy
from .missing_policy_policy import MissingPolicyPolicy
from .operation_outcome import OperationOutcome
from .outcome_coding import OutcomeCoding
from .outcome_details import OutcomeDetails
from .outcome_issue import OutcomeIssue
from .outcome_issue_severity import OutcomeIssueSeverity
from .page_alert_out import PageAlertOut
from .page_delivery_out import PageDeliveryOut
from .page_staff_survey_out import PageStaffSurveyOut
from .page_webhook_out import PageWebhookOut
from .pointer_extension import PointerExtension
from .problem_details import ProblemDetails
from .provenance import Provenance
from .recover_in import RecoverIn
from .recover_out import RecoverOut
from .reliable_change import ReliableChange
from .remission_rule import RemissionRule
from .response_rule import ResponseRule
from .rule import Rule
from .rule_if_undecided import RuleIfUndecided
from .rule_kind import RuleKind
from .rule_severity import RuleSeverity
from .scale import Scale
from .scale_direction import ScaleDirection
from .scale_overrides import ScaleOverrides
from .scale_overrides_caseness_populations_type_0 import ScaleOverridesCasenessPopulationsType0
from .score_batch_in import ScoreBatchIn
from .score_batch_out import ScoreBatchOut
from .score_in import ScoreIn
from .score_in_answers import ScoreInAnswers
from .score_in_population_type_0 import ScoreInPopulationType0
from .score_out import ScoreOut
from .score_out_classifications import ScoreOutClassifications
from .score_out_subscales import ScoreOutSubscales
from .scoring import Scoring
from .scoring_method import ScoringMethod
from .severity_deadlines import SeverityDeadlines
from .source import Source
from .source_evidence import SourceEvidence
from .staff_survey_closed import StaffSurveyClosed
from .staff_survey_closed_event import StaffSurveyClosedEvent
from .staff_survey_in import StaffSurveyIn
from .staff_survey_out import StaffSurveyOut
from .staff_survey_out_status import StaffSurveyOutStatus
from .staff_survey_response import StaffSurveyResponse
from .staff_survey_response_ack import StaffSurveyResponseAck
from .staff_survey_response_answers import StaffSurveyResponseAnswers
from .staff_survey_response_answers_additional_property import StaffSurveyResponseAnswersAdditionalProperty
from .staff_survey_response_flags import StaffSurveyResponseFlags
from .staff_survey_response_in import StaffSurveyResponseIn
from .staff_survey_response_in_answers import StaffSurveyResponseInAnswers
from .staff_survey_response_in_answers_additional_property import StaffSurveyResponseInAnswersAdditionalProperty
from .staff_survey_response_in_role_type_0 import StaffSurveyResponseInRoleType0
from .staff_survey_response_scores import StaffSurveyResponseScores
from .staff_survey_response_scores_additional_property import StaffSurveyResponseScoresAdditionalProperty
from .subscale import Subscale
from .subscale_direction import SubscaleDirection
from .subscale_out import SubscaleOut
from .team_invite_in import TeamInviteIn
from .team_out import TeamOut
from .tokens_in import TokensIn
from .tokens_out import TokensOut
from .track_out import TrackOut
from .track_out_decided_by import TrackOutDecidedBy
from .track_out_verdict import TrackOutVerdict
from .trajectory_out import TrajectoryOut
from .trajectory_point import TrajectoryPoint
from .webhook_created import WebhookCreated
from .webhook_created_event_types_item import WebhookCreatedEventTypesItem
from .webhook_in import WebhookIn
from .webhook_in_event_types_item import WebhookInEventTypesItem
from .webhook_out import WebhookOut
from .webhook_out_event_types_item import WebhookOutEventTypesItem

__all__ = (
    "AlertAcknowledged",
    "AlertAcknowledgedEvent",
    "AlertAcknowledgedRule",
    "AlertActioned",
    "AlertActionedAction",
    "AlertActionedEvent",
    "AlertActionedRule",
    "AlertActionIn",
    "AlertActionInAction",
    "AlertActionInReasonType0",
    "AlertActionOut",
    "AlertActionOutAction",
    "AlertActionOutReasonType0",
    "AlertClosed",
    "AlertClosedClosingAction",
    "AlertClosedEvent",
    "AlertClosedRule",
    "AlertEscalated",
    "AlertEscalatedDeadline",
    "AlertEscalatedEvent",
    "AlertEscalatedRule",
    "AlertOut",
    "AlertOutClosingActionType0",
    "AlertOutEvidence",
    "AlertOutRule",
    "AlertOutStatus",
    "AlertRaised",
    "AlertRaisedEvent",
    "AlertRaisedRule",
    "AlertsListAlertsStatus",
    "Alternative",
    "AnswerConflictOut",
    "AnswerList",
    "AnswerOption",
    "AssessmentBatchIn",
    "AssessmentBatchInItemsItem",
    "AssessmentBatchOut",
    "AssessmentBatchResult",
    "AssessmentBatchResultProblemType0",
    "AssessmentIn",
    "AssessmentInAnswers",
    "AssessmentInCompletedBy",
    "AssessmentInPopulationType0",
    "AssessmentOut",
    "AssessmentScored",
    "AssessmentScoredCompletedBy",
    "AssessmentScoredEvent",
    "AssessmentScoredSubscales",
    "AttemptOut",
    "Band",
    "BandOut",
    "Bands",
    "BatchItemResult",
    "BatchItemResultProblemType0",
    "ChangeOut",
    "Classification",
    "Condition",
    "ConditionOpType0",
    "CountSpec",
    "CountSpecOp",
    "CriticalOut",
    "Cutoff",
    "CutoffDirection",
    "CutoffPopulations",
    "DeliveryOut",
    "DeliveryOutEventType",
    "DeliveryOutState",
    "EnableWhen",
    "EnableWhenOp",
    "EpisodeSummary",
    "EscalationOut",
    "EscalationOutDeadline",
    "EscalationPolicyIn",
    "EscalationPolicyOut",
    "FeedPage",
    "FhirGetMetadataResponse200",
    "FhirPostQuestionnaireResponseJsonBody",
    "FhirReadObservationResponse200",
    "FhirReadQuestionnaireResponse200",
    "FhirSearchObservationsResponse200",
    "FieldError",
    "Health",
    "Instrument",
    "InstrumentOverrides",
    "InstrumentOverridesAppliedType0",
    "InstrumentOverridesSubscales",
    "InstrumentReporting",
    "InstrumentSettingIn",
    "InstrumentSettingOut",
    "InstrumentSettingOutOverridesType0",
    "InstrumentSubject",
    "InstrumentSummary",
    "Item",
    "Level",
    "License",
    "MissingPolicy",
    "MissingPolicyPolicy",
    "OperationOutcome",
    "OutcomeCoding",
    "OutcomeDetails",
    "OutcomeIssue",
    "OutcomeIssueSeverity",
    "PageAlertOut",
    "PageDeliveryOut",
    "PageStaffSurveyOut",
    "PageWebhookOut",
    "PointerExtension",
    "ProblemDetails",
    "Provenance",
    "RecoverIn",
    "RecoverOut",
    "ReliableChange",
    "RemissionRule",
    "ResponseRule",
    "Rule",
    "RuleIfUndecided",
    "RuleKind",
    "RuleSeverity",
    "Scale",
    "ScaleDirection",
    "ScaleOverrides",
    "ScaleOverridesCasenessPopulationsType0",
    "ScoreBatchIn",
    "ScoreBatchOut",
    "ScoreIn",
    "ScoreInAnswers",
    "ScoreInPopulationType0",
    "ScoreOut",
    "ScoreOutClassifications",
    "ScoreOutSubscales",
    "Scoring",
    "ScoringMethod",
    "SeverityDeadlines",
    "Source",
    "SourceEvidence",
    "StaffSurveyClosed",
    "StaffSurveyClosedEvent",
    "StaffSurveyIn",
    "StaffSurveyOut",
    "StaffSurveyOutStatus",
    "StaffSurveyResponse",
    "StaffSurveyResponseAck",
    "StaffSurveyResponseAnswers",
    "StaffSurveyResponseAnswersAdditionalProperty",
    "StaffSurveyResponseFlags",
    "StaffSurveyResponseIn",
    "StaffSurveyResponseInAnswers",
    "StaffSurveyResponseInAnswersAdditionalProperty",
    "StaffSurveyResponseInRoleType0",
    "StaffSurveyResponseScores",
    "StaffSurveyResponseScoresAdditionalProperty",
    "Subscale",
    "SubscaleDirection",
    "SubscaleOut",
    "TeamInviteIn",
    "TeamOut",
    "TokensIn",
    "TokensOut",
    "TrackOut",
    "TrackOutDecidedBy",
    "TrackOutVerdict",
    "TrajectoryOut",
    "TrajectoryPoint",
    "WebhookCreated",
    "WebhookCreatedEventTypesItem",
    "WebhookIn",
    "WebhookInEventTypesItem",
    "WebhookOut",
    "WebhookOutEventTypesItem",
)
