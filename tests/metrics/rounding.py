"""The disclosure policy's rounding, written out independently of the service, so that tests
assert the published number the policy gives for a known true count."""

from __future__ import annotations

import math


def rounded(count: float, base: int = 5) -> float:
    """``count`` to the nearest multiple of ``base``, halves up (zero stays zero)."""
    return float(base * math.floor(count / base + 0.5))


def rounded_n(count: int, base: int = 5) -> int:
    return int(rounded(count, base))


def share(numerator: float, denominator: float, base: int = 5) -> float:
    """A published share: the rounded numerator over the rounded denominator."""
    return rounded(numerator, base) / rounded(denominator, base)
