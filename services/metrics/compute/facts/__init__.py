"""How each fact table answers its metrics: one :class:`~services.metrics.compute.spec.MetricSpec`
per metric, a module per fact table (referrals, encounters, feedback, feedback items, assessments,
alerts, safety events, episodes of care) or
stacked relation (feedback responses and themes)."""

from services.metrics.compute.facts.alerts import SPECS as ALERT_SPECS
from services.metrics.compute.facts.assessments import SPECS as ASSESSMENT_SPECS
from services.metrics.compute.facts.care_episodes import SPECS as CARE_EPISODE_SPECS
from services.metrics.compute.facts.encounters import SPECS as ENCOUNTER_SPECS
from services.metrics.compute.facts.feedback import SPECS as FEEDBACK_SPECS
from services.metrics.compute.facts.feedback_items import SPECS as FEEDBACK_ITEM_SPECS
from services.metrics.compute.facts.feedback_loop import SPECS as FEEDBACK_LOOP_SPECS
from services.metrics.compute.facts.measurement_fidelity import SPECS as FIDELITY_SPECS
from services.metrics.compute.facts.on_schedule import SPECS as ON_SCHEDULE_SPECS
from services.metrics.compute.facts.referrals import SPECS as REFERRAL_SPECS
from services.metrics.compute.facts.safety_events import SPECS as SAFETY_EVENT_SPECS

__all__ = [
    "ALERT_SPECS",
    "ASSESSMENT_SPECS",
    "CARE_EPISODE_SPECS",
    "ENCOUNTER_SPECS",
    "FEEDBACK_ITEM_SPECS",
    "FEEDBACK_LOOP_SPECS",
    "FEEDBACK_SPECS",
    "FIDELITY_SPECS",
    "ON_SCHEDULE_SPECS",
    "REFERRAL_SPECS",
    "SAFETY_EVENT_SPECS",
]
