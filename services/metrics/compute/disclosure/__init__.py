"""The disclosure policy: what of a computed cell may leave the service, one concept a module.

* :mod:`.publish`: the policy itself and the per-period cells every route publishes
  (alignment to whole periods, suppression, rounding); the README's "Disclosure policy".
* :mod:`.siblings`: which cells are suppressed together (units of a level, equity groups of a
  unit, a collaborative's pooled cell), primary and complementary, by the arithmetic of
  :mod:`services.metrics.stats.suppression` (pure: a breakdown and its total, no metrics).
* :mod:`.range_values`: the same three steps for one value over a whole range (equity views,
  clinician reports).
* :mod:`.cell`: a cell as it may leave, suppressed or rounded.
* :mod:`.pool`: who a collaborative pools, and only when there are enough members.
"""

from services.metrics.compute.disclosure.cell import PublishedCell
from services.metrics.compute.disclosure.pool import MIN_MEMBERS, pool_for
from services.metrics.compute.disclosure.publish import (
    aligned,
    publish,
    publish_equity,
    suppression_threshold,
)
from services.metrics.compute.disclosure.range_values import (
    Published,
    suppress_range,
    threshold_for,
    value_out,
)
from services.metrics.compute.disclosure.siblings import counts_of

__all__ = [
    "MIN_MEMBERS",
    "Published",
    "PublishedCell",
    "aligned",
    "counts_of",
    "pool_for",
    "publish",
    "publish_equity",
    "suppress_range",
    "suppression_threshold",
    "threshold_for",
    "value_out",
]
