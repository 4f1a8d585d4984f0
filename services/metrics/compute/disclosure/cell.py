"""A cell as it may leave the service: suppressed (no numbers) or rounded (see
:mod:`.publish` for the policy and :mod:`services.metrics.stats.rounding`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from services.metrics.catalog import MetricDefinition
from services.metrics.compute import Cell
from services.metrics.stats import rounding
from services.metrics.stats.suppression import Reason


@dataclass(frozen=True)
class PublishedCell:
    """A cell as it may leave the service. Suppressed: every number is None."""

    period: date
    unit_id: str
    group: str | None
    value: float | None
    numerator: float | None
    denominator: float | None
    n: int | None
    suppressed: bool = False
    reason: Reason | None = None
    rounded_to: int | None = None

    @classmethod
    def of(cls, cell: Cell, *, reason: Reason | None = None) -> PublishedCell:
        """Publish ``cell`` as is, or hidden when ``reason`` is given."""
        if reason is not None:
            return cls(cell.period, cell.unit_id, cell.group, None, None, None, None, True, reason)
        return cls(
            cell.period,
            cell.unit_id,
            cell.group,
            cell.value,
            cell.numerator,
            cell.denominator,
            cell.n,
        )

    def hidden(self, reason: Reason) -> PublishedCell:
        """The same cell, suppressed (a cell already suppressed keeps its first reason)."""
        if self.suppressed:
            return self
        return replace(
            self,
            value=None,
            numerator=None,
            denominator=None,
            n=None,
            suppressed=True,
            reason=reason,
            rounded_to=None,
        )

    def rounded(self, definition: MetricDefinition, base: int) -> PublishedCell:
        """The cell with every count rounded to ``base`` and its value recomputed from the
        rounded counts (a mean or median: rounded to its stated decimals); see
        :mod:`services.metrics.stats.rounding`. A suppressed cell has nothing to round."""
        if self.suppressed:
            return self
        numerator = None if self.numerator is None else rounding.round_count(self.numerator, base)
        denominator = (
            None if self.denominator is None else rounding.round_count(self.denominator, base)
        )
        if definition.kind == "continuous":
            value = rounding.round_value(self.value)
        else:
            value = None if self.value is None else definition.ratio(numerator, denominator)
        return replace(
            self,
            value=value,
            numerator=numerator,
            denominator=denominator,
            n=None if self.n is None else rounding.round_n(self.n, base),
            rounded_to=base,
        )
