"""Small-cell suppression for a one-dimensional breakdown and its total (CMS cell-size policy).

Primary: following CMS's cell-size policy, no published number may be 1 to threshold - 1
(default 11, so 1-10; zero is allowed). A cell is suppressed when its patient count `n`, its
`numerator`, its `denominator`, or its complement `denominator - numerator` falls in that
range: a share of 7/50 exposes 7 people, and 47/50 exposes the 3 who are not in it.
Callers pass numerator/denominator only when they count people or events about people (a
kept-session rate, a top-box share); a mean passes only `n`.

Complementary: when the total is published, one suppressed cell is recovered by subtraction
(total minus the published siblings). So while a suppressed set could be recovered or
narrowed down, that is, it holds a single cell or its combined count (for any of n,
numerator, denominator, complement) lies in 1..threshold - 1, the next smallest published
cell is suppressed as well. A total below the threshold suppresses everything. Callers must
pass the total whenever it is published anywhere, including as the org-level value beside an
equity breakdown.

Suppression protects only the sets it sees together. Differencing across separate requests
(levels, filters, periods, ranges) is answered by the steps around it in the publishing layer:
ranges snapped to whole periods, and every surviving count rounded
(:mod:`services.metrics.stats.rounding`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from services.metrics.stats.errors import InvalidInputError

DEFAULT_THRESHOLD = 11
Reason = Literal["primary", "complementary", "too_few_members"]


@dataclass(frozen=True)
class Cell:
    """One published cell: `n` patients, with optional numerator/denominator counts."""

    key: str
    n: int
    numerator: int | None = None
    denominator: int | None = None
    suppressed: bool = False
    reason: Reason | None = None


@dataclass(frozen=True)
class SuppressedBreakdown:
    """The cells (input order) and the total, each marked suppressed with a reason."""

    cells: tuple[Cell, ...]
    total: Cell | None


def _counts(cell: Cell) -> tuple[int, ...]:
    """Every number a cell publishes or lets a reader derive."""
    counts = [cell.n]
    if cell.numerator is not None:
        counts.append(cell.numerator)
    if cell.denominator is not None:
        counts.append(cell.denominator)
    if cell.numerator is not None and cell.denominator is not None:
        counts.append(cell.denominator - cell.numerator)
    return tuple(counts)


def is_small(cell: Cell, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """True when any number the cell reveals lies in 1..threshold - 1."""
    return any(0 < c < threshold for c in _counts(cell))


def _validate(cell: Cell) -> None:
    if cell.n < 0 or any(c < 0 for c in _counts(cell)):
        raise InvalidInputError(f"cell {cell.key!r} has a negative count")


def _exposed(cells: Sequence[Cell], threshold: int) -> bool:
    """Could the suppressed cells, taken together, still reveal a small number?"""
    hidden = [c for c in cells if c.suppressed]
    if not hidden:
        return False
    if len(hidden) == 1:
        return True
    sums = [sum(col) for col in zip(*(_counts(c) for c in hidden), strict=False)]
    return any(0 < s < threshold for s in sums)


def suppress(
    cells: Sequence[Cell], *, total: Cell | None = None, threshold: int = DEFAULT_THRESHOLD
) -> SuppressedBreakdown:
    """Apply primary and complementary suppression; see the module docstring for the rules."""
    if threshold < 1:
        raise InvalidInputError("the suppression threshold must be at least 1")
    for cell in [*cells, *([total] if total else [])]:
        _validate(cell)
    out = [
        replace(c, suppressed=True, reason="primary") if is_small(c, threshold) else c
        for c in cells
    ]
    if total is None:
        return SuppressedBreakdown(tuple(out), None)
    if is_small(total, threshold):
        everything = [
            c if c.suppressed else replace(c, suppressed=True, reason="complementary") for c in out
        ]
        return SuppressedBreakdown(
            tuple(everything), replace(total, suppressed=True, reason="primary")
        )
    # Smallest first; zero cells last, since hiding a known zero adds no uncertainty.
    order = sorted(range(len(out)), key=lambda i: (out[i].n == 0, out[i].n, out[i].key))
    while _exposed(out, threshold):
        candidates = [i for i in order if not out[i].suppressed]
        if not candidates:
            out = [replace(c, suppressed=True, reason=c.reason or "complementary") for c in out]
            return SuppressedBreakdown(
                tuple(out), replace(total, suppressed=True, reason="complementary")
            )
        i = candidates[0]
        out[i] = replace(out[i], suppressed=True, reason="complementary")
    return SuppressedBreakdown(tuple(out), total)
