"""Contains all the data models used in inputs/outputs"""

from .aim_in import AimIn
from .aim_in_level import AimInLevel
from .aim_in_metric_id import AimInMetricId
from .aim_in_period import AimInPeriod
from .aim_out import AimOut
from .application_out import ApplicationOut
from .application_out_role import ApplicationOutRole
from .application_out_status import ApplicationOutStatus
from .association_out import AssociationOut
from .benchmark_out import BenchmarkOut
from .benchmark_out_filters import BenchmarkOutFilters
from .benchmark_period_out import BenchmarkPeriodOut
from .benchmarks_get_benchmark_modality import BenchmarksGetBenchmarkModality
from .benchmarks_get_benchmark_period import BenchmarksGetBenchmarkPeriod
from .chart_out import ChartOut
from .chart_out_filters import ChartOutFilters
from .chart_point_out import ChartPointOut
from .chart_signal_out import ChartSignalOut
from .charts_get_chart_chart_type_0 import ChartsGetChartChartType0
from .charts_get_chart_level import ChartsGetChartLevel
from .charts_get_chart_modality import ChartsGetChartModality
from .charts_get_chart_period import ChartsGetChartPeriod
from .charts_get_chart_rules import ChartsGetChartRules
from .charts_get_chart_svg_chart_type_0 import ChartsGetChartSvgChartType0
from .charts_get_chart_svg_level import ChartsGetChartSvgLevel
from .charts_get_chart_svg_modality import ChartsGetChartSvgModality
from .charts_get_chart_svg_period import ChartsGetChartSvgPeriod
from .charts_get_chart_svg_rules import ChartsGetChartSvgRules
from .clinician_report_out import ClinicianReportOut
from .collaborative_in import CollaborativeIn
from .collaborative_out import CollaborativeOut
from .collaborative_out_role import CollaborativeOutRole
from .collaborative_page import CollaborativePage
from .comparison_out import ComparisonOut
from .comparison_out_kind import ComparisonOutKind
from .control_chart_out import ControlChartOut
from .cycle_in import CycleIn
from .cycle_in_act_type_0 import CycleInActType0
from .cycle_out import CycleOut
from .cycle_out_act_type_0 import CycleOutActType0
from .decision_in import DecisionIn
from .decision_in_role_type_0 import DecisionInRoleType0
from .decision_in_status import DecisionInStatus
from .due_item import DueItem
from .due_item_reason import DueItemReason
from .due_list import DueList
from .due_list_feeds_caught_up_at import DueListFeedsCaughtUpAt
from .effect_out import EffectOut
from .effect_point_out import EffectPointOut
from .equity_get_association_period import EquityGetAssociationPeriod
from .equity_get_equity_by import EquityGetEquityBy
from .equity_get_equity_level import EquityGetEquityLevel
from .equity_get_equity_modality import EquityGetEquityModality
from .equity_out import EquityOut
from .equity_out_filters import EquityOutFilters
from .evidence_point_out import EvidencePointOut
from .exports_get_measure_report_level import ExportsGetMeasureReportLevel
from .exports_get_measure_report_period import ExportsGetMeasureReportPeriod
from .exports_get_measure_report_response_200 import ExportsGetMeasureReportResponse200
from .feed_page import FeedPage
from .feedback_item_out import FeedbackItemOut
from .feedback_items_out import FeedbackItemsOut
from .feedback_items_out_filters import FeedbackItemsOutFilters
from .feedback_items_out_level import FeedbackItemsOutLevel
from .feedback_items_out_period import FeedbackItemsOutPeriod
from .feedback_theme_out import FeedbackThemeOut
from .feedback_themes_out import FeedbackThemesOut
from .feedback_themes_out_filters import FeedbackThemesOutFilters
from .feedback_themes_out_level import FeedbackThemesOutLevel
from .feedback_themes_out_period import FeedbackThemesOutPeriod
from .field_error import FieldError
from .group_out import GroupOut
from .health import Health
from .history_entry_out import HistoryEntryOut
from .history_entry_out_event import HistoryEntryOutEvent
from .history_entry_out_role import HistoryEntryOutRole
from .history_page import HistoryPage
from .interval_out import IntervalOut
from .intervention_in import InterventionIn
from .intervention_in_level import InterventionInLevel
from .intervention_in_metric_id import InterventionInMetricId
from .intervention_in_period import InterventionInPeriod
from .intervention_mark_out import InterventionMarkOut
from .intervention_out import InterventionOut
from .intervention_out_level import InterventionOutLevel
from .intervention_out_metric_id import InterventionOutMetricId
from .intervention_out_period import InterventionOutPeriod
from .intervention_page import InterventionPage
from .latest_out import LatestOut
from .leave_in import LeaveIn
from .leave_in_reason import LeaveInReason
from .left_out import LeftOut
from .left_out_status import LeftOutStatus
from .library_item_out import LibraryItemOut
from .library_item_out_outcome_type_0 import LibraryItemOutOutcomeType0
from .library_item_out_status import LibraryItemOutStatus
from .library_out import LibraryOut
from .member_participation_out import MemberParticipationOut
from .membership_out import MembershipOut
from .membership_out_role import MembershipOutRole
from .membership_out_status import MembershipOutStatus
from .metric_catalog_out import MetricCatalogOut
from .metric_definition_out import MetricDefinitionOut
from .metric_definition_out_better import MetricDefinitionOutBetter
from .metric_definition_out_chart import MetricDefinitionOutChart
from .metric_definition_out_chart_types_item import MetricDefinitionOutChartTypesItem
from .metric_definition_out_default_filters import MetricDefinitionOutDefaultFilters
from .metric_definition_out_domain import MetricDefinitionOutDomain
from .metric_definition_out_equity_dimensions_item import MetricDefinitionOutEquityDimensionsItem
from .metric_definition_out_fact import MetricDefinitionOutFact
from .metric_definition_out_filters_item import MetricDefinitionOutFiltersItem
from .metric_definition_out_kind import MetricDefinitionOutKind
from .metric_definition_out_levels_item import MetricDefinitionOutLevelsItem
from .metric_definition_out_required_filters_item import MetricDefinitionOutRequiredFiltersItem
from .metric_value_out import MetricValueOut
from .metric_value_out_reason_type_0 import MetricValueOutReasonType0
from .metric_values_out import MetricValuesOut
from .metric_values_out_filters import MetricValuesOutFilters
from .metric_values_out_level import MetricValuesOutLevel
from .metric_values_out_period import MetricValuesOutPeriod
from .metrics_get_metric_values_format_type_0 import MetricsGetMetricValuesFormatType0
from .metrics_get_metric_values_level import MetricsGetMetricValuesLevel
from .metrics_get_metric_values_period import MetricsGetMetricValuesPeriod
from .metrics_list_feedback_items_level import MetricsListFeedbackItemsLevel
from .metrics_list_feedback_items_period import MetricsListFeedbackItemsPeriod
from .metrics_list_feedback_themes_level import MetricsListFeedbackThemesLevel
from .metrics_list_feedback_themes_period import MetricsListFeedbackThemesPeriod
from .naming_in import NamingIn
from .naming_out import NamingOut
from .overview_get_overview_domain_type_0 import OverviewGetOverviewDomainType0
from .overview_get_overview_level import OverviewGetOverviewLevel
from .overview_get_overview_modality import OverviewGetOverviewModality
from .overview_get_overview_period import OverviewGetOverviewPeriod
from .overview_get_overview_rules import OverviewGetOverviewRules
from .overview_get_recognitions_level import OverviewGetRecognitionsLevel
from .overview_get_recognitions_modality import OverviewGetRecognitionsModality
from .overview_get_recognitions_period import OverviewGetRecognitionsPeriod
from .overview_get_recognitions_rules import OverviewGetRecognitionsRules
from .overview_item_out import OverviewItemOut
from .overview_item_out_filters import OverviewItemOutFilters
from .overview_out import OverviewOut
from .pair_out import PairOut
from .participation_out import ParticipationOut
from .peer_comparison_out import PeerComparisonOut
from .peer_out import PeerOut
from .people_out import PeopleOut
from .person_in import PersonIn
from .person_in_role import PersonInRole
from .person_out import PersonOut
from .person_out_role import PersonOutRole
from .plan_in import PlanIn
from .plan_list import PlanList
from .plan_out import PlanOut
from .problem_details import ProblemDetails
from .project_in import ProjectIn
from .project_in_status import ProjectInStatus
from .project_out import ProjectOut
from .project_out_status import ProjectOutStatus
from .project_page import ProjectPage
from .projects_get_library_outcome_type_0 import ProjectsGetLibraryOutcomeType0
from .projects_list_projects_status_type_0 import ProjectsListProjectsStatusType0
from .rebuild_out import RebuildOut
from .rebuild_out_facts import RebuildOutFacts
from .recognition_found import RecognitionFound
from .recognition_found_better import RecognitionFoundBetter
from .recognition_found_event import RecognitionFoundEvent
from .recognition_found_filters import RecognitionFoundFilters
from .recognition_found_level import RecognitionFoundLevel
from .recognition_found_period import RecognitionFoundPeriod
from .recognition_list import RecognitionList
from .recognition_out import RecognitionOut
from .recognition_out_filters import RecognitionOutFilters
from .recognition_point import RecognitionPoint
from .report_line_out import ReportLineOut
from .roster_out import RosterOut
from .rule_out import RuleOut
from .rule_set_out import RuleSetOut
from .run_chart_out import RunChartOut
from .session_in import SessionIn
from .session_in_attendance import SessionInAttendance
from .session_out import SessionOut
from .session_out_attendance import SessionOutAttendance
from .sessions_out import SessionsOut
from .source_replay import SourceReplay
from .source_status import SourceStatus
from .study_out import StudyOut
from .sync_status import SyncStatus
from .target_in import TargetIn
from .target_list import TargetList
from .target_out import TargetOut
from .targets_delete_target_level_type_0 import TargetsDeleteTargetLevelType0
from .targets_put_target_level_type_0 import TargetsPutTargetLevelType0
from .value_out import ValueOut

__all__ = (
    "AimIn",
    "AimInLevel",
    "AimInMetricId",
    "AimInPeriod",
    "AimOut",
    "ApplicationOut",
    "ApplicationOutRole",
    "ApplicationOutStatus",
    "AssociationOut",
    "BenchmarkOut",
    "BenchmarkOutFilters",
    "BenchmarkPeriodOut",
    "BenchmarksGetBenchmarkModality",
    "BenchmarksGetBenchmarkPeriod",
    "ChartOut",
    "ChartOutFilters",
    "ChartPointOut",
    "ChartsGetChartChartType0",
    "ChartsGetChartLevel",
    "ChartsGetChartModality",
    "ChartsGetChartPeriod",
    "ChartsGetChartRules",
    "ChartsGetChartSvgChartType0",
    "ChartsGetChartSvgLevel",
    "ChartsGetChartSvgModality",
    "ChartsGetChartSvgPeriod",
    "ChartsGetChartSvgRules",
    "ChartSignalOut",
    "ClinicianReportOut",
    "CollaborativeIn",
    "CollaborativeOut",
    "CollaborativeOutRole",
    "CollaborativePage",
    "ComparisonOut",
    "ComparisonOutKind",
    "ControlChartOut",
    "CycleIn",
    "CycleInActType0",
    "CycleOut",
    "CycleOutActType0",
    "DecisionIn",
    "DecisionInRoleType0",
    "DecisionInStatus",
    "DueItem",
    "DueItemReason",
    "DueList",
    "DueListFeedsCaughtUpAt",
    "EffectOut",
    "EffectPointOut",
    "EquityGetAssociationPeriod",
    "EquityGetEquityBy",
    "EquityGetEquityLevel",
    "EquityGetEquityModality",
    "EquityOut",
    "EquityOutFilters",
    "EvidencePointOut",
    "ExportsGetMeasureReportLevel",
    "ExportsGetMeasureReportPeriod",
    "ExportsGetMeasureReportResponse200",
    "FeedbackItemOut",
    "FeedbackItemsOut",
    "FeedbackItemsOutFilters",
    "FeedbackItemsOutLevel",
    "FeedbackItemsOutPeriod",
    "FeedbackThemeOut",
    "FeedbackThemesOut",
    "FeedbackThemesOutFilters",
    "FeedbackThemesOutLevel",
    "FeedbackThemesOutPeriod",
    "FeedPage",
    "FieldError",
    "GroupOut",
    "Health",
    "HistoryEntryOut",
    "HistoryEntryOutEvent",
    "HistoryEntryOutRole",
    "HistoryPage",
    "IntervalOut",
    "InterventionIn",
    "InterventionInLevel",
    "InterventionInMetricId",
    "InterventionInPeriod",
    "InterventionMarkOut",
    "InterventionOut",
    "InterventionOutLevel",
    "InterventionOutMetricId",
    "InterventionOutPeriod",
    "InterventionPage",
    "LatestOut",
    "LeaveIn",
    "LeaveInReason",
    "LeftOut",
    "LeftOutStatus",
    "LibraryItemOut",
    "LibraryItemOutOutcomeType0",
    "LibraryItemOutStatus",
    "LibraryOut",
    "MemberParticipationOut",
    "MembershipOut",
    "MembershipOutRole",
    "MembershipOutStatus",
    "MetricCatalogOut",
    "MetricDefinitionOut",
    "MetricDefinitionOutBetter",
    "MetricDefinitionOutChart",
    "MetricDefinitionOutChartTypesItem",
    "MetricDefinitionOutDefaultFilters",
    "MetricDefinitionOutDomain",
    "MetricDefinitionOutEquityDimensionsItem",
    "MetricDefinitionOutFact",
    "MetricDefinitionOutFiltersItem",
    "MetricDefinitionOutKind",
    "MetricDefinitionOutLevelsItem",
    "MetricDefinitionOutRequiredFiltersItem",
    "MetricsGetMetricValuesFormatType0",
    "MetricsGetMetricValuesLevel",
    "MetricsGetMetricValuesPeriod",
    "MetricsListFeedbackItemsLevel",
    "MetricsListFeedbackItemsPeriod",
    "MetricsListFeedbackThemesLevel",
    "MetricsListFeedbackThemesPeriod",
    "MetricValueOut",
    "MetricValueOutReasonType0",
    "MetricValuesOut",
    "MetricValuesOutFilters",
    "MetricValuesOutLevel",
    "MetricValuesOutPeriod",
    "NamingIn",
    "NamingOut",
    "OverviewGetOverviewDomainType0",
    "OverviewGetOverviewLevel",
    "OverviewGetOverviewModality",
    "OverviewGetOverviewPeriod",
    "OverviewGetOverviewRules",
    "OverviewGetRecognitionsLevel",
    "OverviewGetRecognitionsModality",
    "OverviewGetRecognitionsPeriod",
    "OverviewGetRecognitionsRules",
    "OverviewItemOut",
    "OverviewItemOutFilters",
    "OverviewOut",
    "PairOut",
    "ParticipationOut",
    "PeerComparisonOut",
    "PeerOut",
    "PeopleOut",
    "PersonIn",
    "PersonInRole",
    "PersonOut",
    "PersonOutRole",
    "PlanIn",
    "PlanList",
    "PlanOut",
    "ProblemDetails",
    "ProjectIn",
    "ProjectInStatus",
    "ProjectOut",
    "ProjectOutStatus",
    "ProjectPage",
    "ProjectsGetLibraryOutcomeType0",
    "ProjectsListProjectsStatusType0",
    "RebuildOut",
    "RebuildOutFacts",
    "RecognitionFound",
    "RecognitionFoundBetter",
    "RecognitionFoundEvent",
    "RecognitionFoundFilters",
    "RecognitionFoundLevel",
    "RecognitionFoundPeriod",
    "RecognitionList",
    "RecognitionOut",
    "RecognitionOutFilters",
    "RecognitionPoint",
    "ReportLineOut",
    "RosterOut",
    "RuleOut",
    "RuleSetOut",
    "RunChartOut",
    "SessionIn",
    "SessionInAttendance",
    "SessionOut",
    "SessionOutAttendance",
    "SessionsOut",
    "SourceReplay",
    "SourceStatus",
    "StudyOut",
    "SyncStatus",
    "TargetIn",
    "TargetList",
    "TargetOut",
    "TargetsDeleteTargetLevelType0",
    "TargetsPutTargetLevelType0",
    "ValueOut",
)
