"""Metrics' tables, on metrics' own metadata (:mod:`.base`), a module per kind.

Three kinds of table live here:

* **facts**, one row per thing the feeds describe (patient, referral, encounter, feedback and
  its answers item by item and coded themes, assessment, alert, episode of care on one
  instrument, safety event, episode of care as the EHR keeps it, staff record, establishment,
  anonymous staff-survey response and invitation). Each row is the latest
  state the feed gave, keyed by the producer's id, so applying an event twice changes nothing.
  Fact rows carry only what metrics aggregates: no free text, no birth year (age band only), no
  names. Each
  carries its period keys (``day``, ``week``, ``month``, ``quarter``: the first day of each,
  in the local calendar of the time the producer sent) so that a metric query is one GROUP BY.
* **sync state**: each feed's cursor, stored in the same transaction as the facts it changed,
  and the lease that lets one consumer at a time apply a feed.
* **learning state** that metrics owns itself: improvement projects and their PDSA cycles,
  collaboratives and their members, per-org settings, the targets an org sets on its
  metrics, its measurement plans.
* **its own outbox** (``feed_events``, served on ``GET /v1/feed``) and the recognitions
  published on it, each once.

Every fact carries ``org`` in its primary key and every query filters on it.
"""

from services.metrics.models.base import MetricsTable, PeriodKeys, idempotency_keys, metadata
from services.metrics.models.collaboration import (
    CollaborativePerson,
    LearningSession,
    MembershipEvent,
    SessionAttendance,
)
from services.metrics.models.facts import (
    AlertFact,
    AssessmentFact,
    EncounterFact,
    EpisodeFact,
    FeedbackFact,
    PatientFact,
    ReferralFact,
)
from services.metrics.models.feedback import (
    FeedbackItemFact,
    FeedbackRuptureFact,
    FeedbackThemeFact,
)
from services.metrics.models.improvement import ImprovementCycle, ImprovementProject
from services.metrics.models.learning import (
    Collaborative,
    CollaborativeMember,
    OrgSettings,
)
from services.metrics.models.measurement import CareEpisodeFact, MeasurementPlan, audit_log
from services.metrics.models.recognitions import PublishedRecognition, feed_events
from services.metrics.models.rollups import (
    ENCOUNTER_ROLLUP_COUNTERS,
    ROLLUP_MODALITIES,
    encounter_rollup,
)
from services.metrics.models.safety import SafetyEventFact
from services.metrics.models.sync import (
    ConsumerHeartbeat,
    ConsumerLease,
    FeedCursor,
    SyncProblem,
)
from services.metrics.models.targets import MetricTarget
from services.metrics.models.workforce import (
    CalendarMonth,
    EstablishmentFact,
    StaffFact,
    SurveyInvitationFact,
    SurveyResponseFact,
)

__all__ = [
    "ENCOUNTER_ROLLUP_COUNTERS",
    "ROLLUP_MODALITIES",
    "AlertFact",
    "AssessmentFact",
    "CalendarMonth",
    "CareEpisodeFact",
    "Collaborative",
    "CollaborativeMember",
    "CollaborativePerson",
    "ConsumerHeartbeat",
    "ConsumerLease",
    "EncounterFact",
    "EpisodeFact",
    "EstablishmentFact",
    "FeedCursor",
    "FeedbackFact",
    "FeedbackItemFact",
    "FeedbackRuptureFact",
    "FeedbackThemeFact",
    "ImprovementCycle",
    "ImprovementProject",
    "LearningSession",
    "MeasurementPlan",
    "MembershipEvent",
    "MetricTarget",
    "MetricsTable",
    "OrgSettings",
    "PatientFact",
    "PeriodKeys",
    "PublishedRecognition",
    "ReferralFact",
    "SafetyEventFact",
    "SessionAttendance",
    "StaffFact",
    "SurveyInvitationFact",
    "SurveyResponseFact",
    "SyncProblem",
    "audit_log",
    "encounter_rollup",
    "feed_events",
    "idempotency_keys",
    "metadata",
]
