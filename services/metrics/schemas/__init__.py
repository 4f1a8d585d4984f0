"""Every API model of the metrics service, one module per resource (the OpenAPI components;
class names are the component names, so they do not change when a module moves).

Storage models are :mod:`services.metrics.models`; these are what requests and answers carry.
"""

from services.metrics.schemas.benchmarks import BenchmarkOut, BenchmarkPeriodOut, PeerComparisonOut
from services.metrics.schemas.charts import (
    ChartOut,
    ChartPointOut,
    ChartSignalOut,
    ControlChartOut,
    InterventionMarkOut,
    RuleOut,
    RuleSetOut,
    RunChartOut,
)
from services.metrics.schemas.collaboratives import (
    ApplicationOut,
    CollaborativeIn,
    CollaborativeOut,
    CollaborativePage,
    DecisionIn,
    MembershipOut,
    RosterOut,
)
from services.metrics.schemas.common import IntervalOut, SignalOut, ValueOut
from services.metrics.schemas.dashboard import SignedInOut, SignInIn
from services.metrics.schemas.equity import EquityOut, GroupOut
from services.metrics.schemas.interventions import (
    EffectOut,
    EffectPointOut,
    InterventionIn,
    InterventionOut,
    InterventionPage,
)
from services.metrics.schemas.metrics import (
    MetricCatalogOut,
    MetricDefinitionOut,
    MetricValueOut,
    MetricValuesOut,
)
from services.metrics.schemas.reports import ClinicianReportOut, ReportLineOut
from services.metrics.schemas.sync import RebuildOut, SourceReplay, SourceStatus, SyncStatus

__all__ = [
    "ApplicationOut",
    "BenchmarkOut",
    "BenchmarkPeriodOut",
    "ChartOut",
    "ChartPointOut",
    "ChartSignalOut",
    "ClinicianReportOut",
    "CollaborativeIn",
    "CollaborativeOut",
    "CollaborativePage",
    "ControlChartOut",
    "DecisionIn",
    "EffectOut",
    "EffectPointOut",
    "EquityOut",
    "GroupOut",
    "IntervalOut",
    "InterventionIn",
    "InterventionMarkOut",
    "InterventionOut",
    "InterventionPage",
    "MembershipOut",
    "MetricCatalogOut",
    "MetricDefinitionOut",
    "MetricValueOut",
    "MetricValuesOut",
    "PeerComparisonOut",
    "RebuildOut",
    "ReportLineOut",
    "RosterOut",
    "RuleOut",
    "RuleSetOut",
    "RunChartOut",
    "SignInIn",
    "SignalOut",
    "SignedInOut",
    "SourceReplay",
    "SourceStatus",
    "SyncStatus",
    "ValueOut",
]
