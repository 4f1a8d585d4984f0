"""Range values (:mod:`services.metrics.tools.ranges`) as their API model."""

from __future__ import annotations

from services.metrics.schemas_tools.common import ValueOut
from services.metrics.tools.publishing import Published
from services.metrics.tools.ranges import Pooled


def value_out(value: Pooled, shown: Published) -> ValueOut:
    """A range value as published (all numbers null when suppressed)."""
    if shown.suppressed:
        return ValueOut(value=None, numerator=None, denominator=None, n=None, suppressed=True,
                        reason=shown.reason)  # fmt: skip
    return ValueOut(value=value.value, numerator=value.numerator, denominator=value.denominator,
                    n=value.n, suppressed=False)  # fmt: skip
