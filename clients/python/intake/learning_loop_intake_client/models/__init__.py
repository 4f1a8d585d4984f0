"""Contains all the data models used in inputs/outputs"""

from .basis import Basis
from .batch_result import BatchResult
from .discharge_reason import DischargeReason
from .encounter_in import EncounterIn
from .encounter_out import EncounterOut
from .encounter_status import EncounterStatus
from .encounter_upserted import EncounterUpserted
from .encounter_upserted_event import EncounterUpsertedEvent
from .encounter_upserted_modality import EncounterUpsertedModality
from .encounter_upserted_status import EncounterUpsertedStatus
from .encounters_post_encounters_batch_json_encounter_batch_item import (
    EncountersPostEncountersBatchJsonEncounterBatchItem,
)
from .episode_in import EpisodeIn
from .episode_out import EpisodeOut
from .episode_status import EpisodeStatus
from .episode_upserted import EpisodeUpserted
from .episode_upserted_discharge_reason_type_0 import EpisodeUpsertedDischargeReasonType0
from .episode_upserted_event import EpisodeUpsertedEvent
from .episode_upserted_status import EpisodeUpsertedStatus
from .episodes_post_episodes_batch_json_episode_batch_item import EpisodesPostEpisodesBatchJsonEpisodeBatchItem
from .establishment_in import EstablishmentIn
from .establishment_out import EstablishmentOut
from .establishment_upserted import EstablishmentUpserted
from .establishment_upserted_event import EstablishmentUpsertedEvent
from .feed_page import FeedPage
from .feedback_detail_out import FeedbackDetailOut
from .feedback_detail_out_answers import FeedbackDetailOutAnswers
from .feedback_form import FeedbackForm
from .feedback_in import FeedbackIn
from .feedback_in_answers import FeedbackInAnswers
from .feedback_in_form_id import FeedbackInFormId
from .feedback_out import FeedbackOut
from .feedback_out_answers import FeedbackOutAnswers
from .feedback_post_feedback_batch_body_item import FeedbackPostFeedbackBatchBodyItem
from .feedback_received import FeedbackReceived
from .feedback_received_event import FeedbackReceivedEvent
from .feedback_received_modality_type_0 import FeedbackReceivedModalityType0
from .feedback_received_scores import FeedbackReceivedScores
from .feedback_received_top_box import FeedbackReceivedTopBox
from .feedback_response_in import FeedbackResponseIn
from .feedback_response_out import FeedbackResponseOut
from .feedback_rupture import FeedbackRupture
from .feedback_rupture_event import FeedbackRuptureEvent
from .feedback_rupture_rule import FeedbackRuptureRule
from .feedback_scores_out import FeedbackScoresOut
from .feedback_themed import FeedbackThemed
from .feedback_themed_event import FeedbackThemedEvent
from .fhir_get_metadata_response_200 import FhirGetMetadataResponse200
from .fhir_post_questionnaire_response_json_body import FhirPostQuestionnaireResponseJsonBody
from .fhir_post_questionnaire_response_response_200 import FhirPostQuestionnaireResponseResponse200
from .fhir_post_questionnaire_response_response_201 import FhirPostQuestionnaireResponseResponse201
from .fhir_read_questionnaire_response_200 import FhirReadQuestionnaireResponse200
from .field_error import FieldError
from .form_item import FormItem
from .forms_get_form_questionnaire_response_forms_get_form_questionnaire import (
    FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire,
)
from .free_text import FreeText
from .health import Health
from .item_result import ItemResult
from .item_result_problem_type_0 import ItemResultProblemType0
from .item_score_out import ItemScoreOut
from .leaving_reason import LeavingReason
from .likert import Likert
from .likert_option import LikertOption
from .modality import Modality
from .operation_outcome import OperationOutcome
from .outcome_coding import OutcomeCoding
from .outcome_details import OutcomeDetails
from .outcome_issue import OutcomeIssue
from .outcome_issue_severity import OutcomeIssueSeverity
from .page_encounter_out import PageEncounterOut
from .page_episode_out import PageEpisodeOut
from .page_establishment_out import PageEstablishmentOut
from .page_feedback_detail_out import PageFeedbackDetailOut
from .page_feedback_response_out import PageFeedbackResponseOut
from .page_patient_out import PagePatientOut
from .page_referral_out import PageReferralOut
from .page_safety_event_out import PageSafetyEventOut
from .page_staff_out import PageStaffOut
from .page_webhook_out import PageWebhookOut
from .patient_in import PatientIn
from .patient_in_ethnicity_type_0 import PatientInEthnicityType0
from .patient_in_gender_identity_type_0 import PatientInGenderIdentityType0
from .patient_in_payer_type_type_0 import PatientInPayerTypeType0
from .patient_in_race_type_0_item import PatientInRaceType0Item
from .patient_in_rurality_type_0 import PatientInRuralityType0
from .patient_in_sex_type_0 import PatientInSexType0
from .patient_out import PatientOut
from .patient_out_ethnicity_type_0 import PatientOutEthnicityType0
from .patient_out_gender_identity_type_0 import PatientOutGenderIdentityType0
from .patient_out_payer_type_type_0 import PatientOutPayerTypeType0
from .patient_out_race_type_0_item import PatientOutRaceType0Item
from .patient_out_rurality_type_0 import PatientOutRuralityType0
from .patient_out_sex_type_0 import PatientOutSexType0
from .patient_upserted import PatientUpserted
from .patient_upserted_event import PatientUpsertedEvent
from .patients_post_patients_batch_json_patient_batch_item import PatientsPostPatientsBatchJsonPatientBatchItem
from .patients_post_patients_batch_json_patient_batch_item_ethnicity_type_0 import (
    PatientsPostPatientsBatchJsonPatientBatchItemEthnicityType0,
)
from .patients_post_patients_batch_json_patient_batch_item_gender_identity_type_0 import (
    PatientsPostPatientsBatchJsonPatientBatchItemGenderIdentityType0,
)
from .patients_post_patients_batch_json_patient_batch_item_payer_type_type_0 import (
    PatientsPostPatientsBatchJsonPatientBatchItemPayerTypeType0,
)
from .patients_post_patients_batch_json_patient_batch_item_race_type_0_item import (
    PatientsPostPatientsBatchJsonPatientBatchItemRaceType0Item,
)
from .patients_post_patients_batch_json_patient_batch_item_rurality_type_0 import (
    PatientsPostPatientsBatchJsonPatientBatchItemRuralityType0,
)
from .patients_post_patients_batch_json_patient_batch_item_sex_type_0 import (
    PatientsPostPatientsBatchJsonPatientBatchItemSexType0,
)
from .pointer_extension import PointerExtension
from .problem_details import ProblemDetails
from .problem_kind import ProblemKind
from .referral_in import ReferralIn
from .referral_out import ReferralOut
from .referral_priority import ReferralPriority
from .referral_upserted import ReferralUpserted
from .referral_upserted_event import ReferralUpsertedEvent
from .referrals_post_referrals_batch_json_referral_batch_item import ReferralsPostReferralsBatchJsonReferralBatchItem
from .review_status import ReviewStatus
from .rupture_rules import RuptureRules
from .safety_event_in import SafetyEventIn
from .safety_event_in_harm_level import SafetyEventInHarmLevel
from .safety_event_in_kind import SafetyEventInKind
from .safety_event_out import SafetyEventOut
from .safety_event_out_harm_level import SafetyEventOutHarmLevel
from .safety_event_out_kind import SafetyEventOutKind
from .safety_event_upserted import SafetyEventUpserted
from .safety_event_upserted_event import SafetyEventUpsertedEvent
from .safety_event_upserted_harm_level import SafetyEventUpsertedHarmLevel
from .safety_event_upserted_kind import SafetyEventUpsertedKind
from .safety_event_upserted_review_status import SafetyEventUpsertedReviewStatus
from .safety_events_list_safety_events_harm_level_type_0 import SafetyEventsListSafetyEventsHarmLevelType0
from .safety_events_list_safety_events_kind_type_0 import SafetyEventsListSafetyEventsKindType0
from .safety_events_post_safety_events_batch_json_safety_event_in import (
    SafetyEventsPostSafetyEventsBatchJsonSafetyEventIn,
)
from .safety_events_post_safety_events_batch_json_safety_event_in_harm_level import (
    SafetyEventsPostSafetyEventsBatchJsonSafetyEventInHarmLevel,
)
from .safety_events_post_safety_events_batch_json_safety_event_in_kind import (
    SafetyEventsPostSafetyEventsBatchJsonSafetyEventInKind,
)
from .safety_review_in import SafetyReviewIn
from .staff_in import StaffIn
from .staff_out import StaffOut
from .staff_role import StaffRole
from .staff_state import StaffState
from .staff_upserted import StaffUpserted
from .staff_upserted_event import StaffUpsertedEvent
from .staff_upserted_leaving_reason_type_0 import StaffUpsertedLeavingReasonType0
from .staff_upserted_role import StaffUpsertedRole
from .technical_problems import TechnicalProblems
from .telehealth_problems import TelehealthProblems
from .telehealth_problems_kinds_item import TelehealthProblemsKindsItem
from .theme_in import ThemeIn
from .theme_out import ThemeOut
from .theme_tags_in import ThemeTagsIn
from .theme_tags_out import ThemeTagsOut
from .webhook_created import WebhookCreated
from .webhook_in import WebhookIn
from .webhook_out import WebhookOut
from .workforce_post_staff_batch_json_staff_batch_item import WorkforcePostStaffBatchJsonStaffBatchItem
from .yes_no import YesNo

__all__ = (
    "Basis",
    "BatchResult",
    "DischargeReason",
    "EncounterIn",
    "EncounterOut",
    "EncountersPostEncountersBatchJsonEncounterBatchItem",
    "EncounterStatus",
    "EncounterUpserted",
    "EncounterUpsertedEvent",
    "EncounterUpsertedModality",
    "EncounterUpsertedStatus",
    "EpisodeIn",
    "EpisodeOut",
    "EpisodesPostEpisodesBatchJsonEpisodeBatchItem",
    "EpisodeStatus",
    "EpisodeUpserted",
    "EpisodeUpsertedDischargeReasonType0",
    "EpisodeUpsertedEvent",
    "EpisodeUpsertedStatus",
    "EstablishmentIn",
    "EstablishmentOut",
    "EstablishmentUpserted",
    "EstablishmentUpsertedEvent",
    "FeedbackDetailOut",
    "FeedbackDetailOutAnswers",
    "FeedbackForm",
    "FeedbackIn",
    "FeedbackInAnswers",
    "FeedbackInFormId",
    "FeedbackOut",
    "FeedbackOutAnswers",
    "FeedbackPostFeedbackBatchBodyItem",
    "FeedbackReceived",
    "FeedbackReceivedEvent",
    "FeedbackReceivedModalityType0",
    "FeedbackReceivedScores",
    "FeedbackReceivedTopBox",
    "FeedbackResponseIn",
    "FeedbackResponseOut",
    "FeedbackRupture",
    "FeedbackRuptureEvent",
    "FeedbackRuptureRule",
    "FeedbackScoresOut",
    "FeedbackThemed",
    "FeedbackThemedEvent",
    "FeedPage",
    "FhirGetMetadataResponse200",
    "FhirPostQuestionnaireResponseJsonBody",
    "FhirPostQuestionnaireResponseResponse200",
    "FhirPostQuestionnaireResponseResponse201",
    "FhirReadQuestionnaireResponse200",
    "FieldError",
    "FormItem",
    "FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire",
    "FreeText",
    "Health",
    "ItemResult",
    "ItemResultProblemType0",
    "ItemScoreOut",
    "LeavingReason",
    "Likert",
    "LikertOption",
    "Modality",
    "OperationOutcome",
    "OutcomeCoding",
    "OutcomeDetails",
    "OutcomeIssue",
    "OutcomeIssueSeverity",
    "PageEncounterOut",
    "PageEpisodeOut",
    "PageEstablishmentOut",
    "PageFeedbackDetailOut",
    "PageFeedbackResponseOut",
    "PagePatientOut",
    "PageReferralOut",
    "PageSafetyEventOut",
    "PageStaffOut",
    "PageWebhookOut",
    "PatientIn",
    "PatientInEthnicityType0",
    "PatientInGenderIdentityType0",
    "PatientInPayerTypeType0",
    "PatientInRaceType0Item",
    "PatientInRuralityType0",
    "PatientInSexType0",
    "PatientOut",
    "PatientOutEthnicityType0",
    "PatientOutGenderIdentityType0",
    "PatientOutPayerTypeType0",
    "PatientOutRaceType0Item",
    "PatientOutRuralityType0",
    "PatientOutSexType0",
    "PatientsPostPatientsBatchJsonPatientBatchItem",
    "PatientsPostPatientsBatchJsonPatientBatchItemEthnicityType0",
    "PatientsPostPatientsBatchJsonPatientBatchItemGenderIdentityType0",
    "PatientsPostPatientsBatchJsonPatientBatchItemPayerTypeType0",
    "PatientsPostPatientsBatchJsonPatientBatchItemRaceType0Item",
    "PatientsPostPatientsBatchJsonPatientBatchItemRuralityType0",
    "PatientsPostPatientsBatchJsonPatientBatchItemSexType0",
    "PatientUpserted",
    "PatientUpsertedEvent",
    "PointerExtension",
    "ProblemDetails",
    "ProblemKind",
    "ReferralIn",
    "ReferralOut",
    "ReferralPriority",
    "ReferralsPostReferralsBatchJsonReferralBatchItem",
    "ReferralUpserted",
    "ReferralUpsertedEvent",
    "ReviewStatus",
    "RuptureRules",
    "SafetyEventIn",
    "SafetyEventInHarmLevel",
    "SafetyEventInKind",
    "SafetyEventOut",
    "SafetyEventOutHarmLevel",
    "SafetyEventOutKind",
    "SafetyEventsListSafetyEventsHarmLevelType0",
    "SafetyEventsListSafetyEventsKindType0",
    "SafetyEventsPostSafetyEventsBatchJsonSafetyEventIn",
    "SafetyEventsPostSafetyEventsBatchJsonSafetyEventInHarmLevel",
    "SafetyEventsPostSafetyEventsBatchJsonSafetyEventInKind",
    "SafetyEventUpserted",
    "SafetyEventUpsertedEvent",
    "SafetyEventUpsertedHarmLevel",
    "SafetyEventUpsertedKind",
    "SafetyEventUpsertedReviewStatus",
    "SafetyReviewIn",
    "StaffIn",
    "StaffOut",
    "StaffRole",
    "StaffState",
    "StaffUpserted",
    "StaffUpsertedEvent",
    "StaffUpsertedLeavingReasonType0",
    "StaffUpsertedRole",
    "TechnicalProblems",
    "TelehealthProblems",
    "TelehealthProblemsKindsItem",
    "ThemeIn",
    "ThemeOut",
    "ThemeTagsIn",
    "ThemeTagsOut",
    "WebhookCreated",
    "WebhookIn",
    "WebhookOut",
    "WorkforcePostStaffBatchJsonStaffBatchItem",
    "YesNo",
)
