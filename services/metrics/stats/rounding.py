"""Rounding of published counts after suppression: the remedy for secondary disclosure.

Suppression alone is defeated by subtraction across anything a caller can vary: a site minus
its other teams, an org minus a filtered query, a quarter minus its months, two date ranges a
day apart. OpenSAFELY's output checking (docs.opensafely.org/sdc, "updated output checking
processes", 2024) therefore rounds every count after suppressing the small ones: with every
count rounded to a multiple of ``base``, a difference of published counts is only known to
within ``base`` either way, so no exact small count comes out of exact arithmetic.

The rules, applied to a cell that survived suppression:

* every count (``n``, and the numerator and denominator of a proportion or rate) is rounded to
  the nearest multiple of the base, halves up; zero stays zero. With base 5 a published 10 is
  a true 8 to 12, and since 1 to 10 are suppressed, an 11 or a 12;
* the value of a proportion or rate is recomputed from the rounded numerator and denominator,
  so that the value cannot be turned back into the exact counts;
* a mean or median is published as computed, rounded to :data:`VALUE_DECIMALS` decimals, with
  its ``n`` and the number of facts it summarises rounded like any count.

Audiences (see :class:`Rounding`): an organization's own staff get the org base (5 by default,
never below 5); anything that leaves the organization (collaborative values, benchmarks, peer
statistics) gets the larger shared base (10 by default).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from services.metrics.stats.errors import InvalidInputError

ROUNDING_BASE = 5
"""Default base for an organization's own staff (OpenSAFELY rounds to the nearest 5)."""
SHARED_ROUNDING_BASE = 10
"""Default base for whatever leaves the organization (the strict policy)."""
MIN_ROUNDING_BASE = 5
"""No deployment may round more finely than this."""
VALUE_DECIMALS = 2
"""Decimals a mean or median is published with (scores, days, minutes)."""

Audience = Literal["own", "shared"]
"""``own``: the organization's own staff looking at their own units; ``shared``: values that
leave the organization (collaborative level, benchmarks and peer statistics)."""


@dataclass(frozen=True)
class Rounding:
    """The rounding bases of a deployment: ``own`` for an org's own staff, ``shared`` for what
    leaves the org. The shared base is never finer than the own one."""

    own: int = ROUNDING_BASE
    shared: int = SHARED_ROUNDING_BASE

    def __post_init__(self) -> None:
        if self.own < MIN_ROUNDING_BASE:
            raise InvalidInputError(f"the rounding base must be at least {MIN_ROUNDING_BASE}")
        if self.shared < self.own:
            raise InvalidInputError("the shared rounding base must be at least the org's own")

    def base(self, audience: Audience) -> int:
        """The base for ``audience``."""
        return self.shared if audience == "shared" else self.own


DEFAULT_ROUNDING = Rounding()


def round_count(count: float, base: int) -> float:
    """``count`` to the nearest multiple of ``base``, halves up; zero stays zero."""
    if base < 1:
        raise InvalidInputError("the rounding base must be positive")
    if count < 0:
        raise InvalidInputError("a count cannot be negative")
    return float(base * math.floor(count / base + 0.5))


def round_n(n: int, base: int) -> int:
    """A count of people rounded like any count, as an integer."""
    return int(round_count(n, base))


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """The value of a proportion or rate from its (rounded) counts; None without a denominator."""
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def round_value(value: float | None) -> float | None:
    """A mean or median as published: :data:`VALUE_DECIMALS` decimals."""
    return None if value is None else round(value, VALUE_DECIMALS)
