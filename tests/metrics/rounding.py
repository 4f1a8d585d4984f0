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


def possible(published: float, base: int = 5) -> list[int]:
    """Every true count that publishes as ``published``."""
    return [x for x in range(max(0, int(published) - base), int(published) + base + 1)
            if rounded(x, base) == published]  # fmt: skip


def hidden_candidates(
    total: float, parts: list[float], *, total_base: int = 5, part_base: int = 5
) -> list[int]:
    """What an attacker learns of a hidden cell from a published total and the published other
    parts by exact arithmetic (hidden = total - parts): every hidden count consistent with
    some true total and true parts that publish as given. Without rounding this is one value."""
    low = sum(min(possible(p, part_base)) for p in parts)
    high = sum(max(possible(p, part_base)) for p in parts)
    return sorted(
        {t - s for t in possible(total, total_base) for s in range(low, high + 1) if t >= s}
    )
