"""Range values (:mod:`services.metrics.tools.ranges`) as their API model."""

from __future__ import annotations

from services.metrics.schemas_tools.common import ValueOut
from services.metrics.tools.publishing import Published


def value_out(shown: Published) -> ValueOut:
    """A range value as published: rounded numbers, or all null when suppressed."""
    v = shown.value
    return ValueOut(value=v.value, numerator=v.numerator, denominator=v.denominator, n=v.n,
                    suppressed=shown.suppressed, reason=shown.reason,
                    rounded_to=shown.rounded_to)  # fmt: skip
