"""The attack: what to request, which counts must stay hidden, and which the arithmetic finds.

Targets are the counts the policy protects that a caller does not see:

* every hidden cell's numerator, rest and denominator whose true value is 1..10;
* for every *additive pair* of collected cells (one inside the other along a single dimension:
  a team inside its site, a month inside its quarter, a range inside a range one day longer,
  a filter value inside the unfiltered count, an equity group inside its unit), their
  difference when its true value is 1..10 (site minus team, quarter minus month, the day
  between two ranges, ...), published or not.

A target is *leaked* when every table of appointments consistent with what was published
gives it the same value. Most targets are shown open cheaply: a few feasible integer tables
(witnesses) already give them another value. Each remaining target is decided by its exact
minimum and maximum (:meth:`.solver.Model.range_of`).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from tests.metrics.disclosure.regions import Observation, Region
from tests.metrics.disclosure.solver import Expr, Model, Range

SMALL = range(1, 11)


@dataclass(frozen=True)
class Target:
    expr: Expr
    truth: int
    label: str
    channel: str
    dimension: str = "hidden"
    """``hidden`` (a hidden cell) or what a pair differs in: ``units``, ``days``, ``categories``."""


def _value(expr: Expr, x: np.ndarray) -> int:
    return round(sum(x[i] * v for i, v in expr.items()))


def _difference(a: Expr, b: Expr) -> Expr:
    out = dict(a)
    for i, v in b.items():
        out[i] = out.get(i, 0) - v
    return {i: v for i, v in out.items() if v}


def _channel(source: str) -> str:
    return source.split(":", 1)[0]


def _level(source: str) -> str:
    """The level a cell was published at, read from its source."""
    for level in ("clinician", "team", "site", "org"):
        if f"level={level}" in source or source.endswith(f"-> {level}"):
            return level
    return "unit"


def _kind(dimension: str, outer: Observation, inner: Observation) -> str:
    """What an additive pair subtracts, in words: ``site - team``, ``ranges a day apart``,
    ``unfiltered - modality``, ``unit - race group``."""
    a, b = outer.region, inner.region
    if dimension == "units":
        return f"{_level(outer.source)} - {_level(inner.source)}"
    if dimension == "days":
        days = (b.first - a.first).days + (a.last - b.last).days
        return "ranges a day apart" if days == 1 else "span - shorter span"
    if a.family is None:
        return f"unfiltered - {b.family}" + (" group" if "equity" in inner.source else "")
    return f"{a.family} values - {b.family} value"


def _pairs(observations: Sequence[Observation]) -> Iterable[tuple[str, Observation, Observation]]:
    """Every (outer, inner) pair of cells one inside the other along one dimension."""
    unique = {o.region: o for o in observations}
    regions = list(unique)
    keyed: dict[str, Callable[[Region], tuple]] = {
        "units": lambda r: (r.first, r.last, r.family, r.cats, r.part),
        "days": lambda r: (r.units, r.family, r.cats, r.part),
        "categories": lambda r: (r.units, r.first, r.last, r.part),
    }
    for dimension, key in keyed.items():
        groups: dict[tuple, list[Region]] = defaultdict(list)
        for r in regions:
            groups[key(r)].append(r)
        for members in groups.values():
            for a in members:
                for b in members:
                    if a != b and _inside(dimension, b, a):
                        yield dimension, unique[a], unique[b]


def _inside(dimension: str, inner: Region, outer: Region) -> bool:
    if dimension == "units":
        return inner.units < outer.units
    if dimension == "days":
        return outer.first <= inner.first and inner.last <= outer.last
    if outer.family is None:
        return inner.family is not None
    return inner.family == outer.family and (inner.cats or set()) < (outer.cats or set())


def targets(model: Model, x: np.ndarray) -> tuple[list[Target], int, int]:
    """The small counts that must stay hidden, deduplicated; with how many hidden cells and
    additive pairs were looked at."""
    found: dict[frozenset, Target] = {}
    hidden = [o for o in model.observations if o.hidden]
    shown_by: dict[frozenset, set[str]] = defaultdict(set)
    for o in model.observations:
        if not o.hidden and o.low == o.high:
            shown_by[frozenset(model.expr(o.region).items())].add(_channel(o.source))
    for o in hidden:
        expr = model.expr(o.region)
        truth = _value(expr, x)
        if truth in SMALL:
            key = frozenset(expr.items())
            channel = f"hidden cell ({_channel(o.source)})"
            if shown_by[key]:
                channel += f" published whole by {', '.join(sorted(shown_by[key]))}"
            found.setdefault(key, Target(expr, truth, f"{o.source} [{o.region.part}]", channel))
    pairs = 0
    exprs: dict[Region, Expr] = {}
    for dimension, outer, inner in _pairs(model.observations):
        pairs += 1
        a = exprs.setdefault(outer.region, model.expr(outer.region))
        b = exprs.setdefault(inner.region, model.expr(inner.region))
        expr = _difference(a, b)
        truth = _value(expr, x)
        if truth in SMALL:
            key = frozenset(expr.items())
            label = f"({outer.source}) minus ({inner.source}) [{outer.region.part}]"
            routes = f"{_channel(outer.source)} - {_channel(inner.source)}"
            channel = f"{_kind(dimension, outer, inner)} ({routes})"
            found.setdefault(key, Target(expr, truth, label, channel, dimension))
    return list(found.values()), len(hidden), pairs


@dataclass(frozen=True)
class Finding:
    target: Target
    range: Range


@dataclass
class Outcome:
    leaks: list[Finding]
    opened_by_witnesses: int
    decided_one_by_one: int
    stopped_early: bool


def leaks(model: Model, goals: Sequence[Target], truth: np.ndarray, *, rounds: int = 8,
          seed: int = 0, max_found: int | None = None) -> Outcome:  # fmt: skip
    """The targets every consistent table agrees on.

    Witnesses first: feasible integer tables close to the true one (each count within a few
    of its true value, each binary as in the truth) that push all undecided targets down, up,
    or in random directions at once. A table giving a target another value than the truth
    proves it is not determined (the truth being feasible too); any table found in time will
    do, not only an optimal one. Each target still closed is then pushed down and up alone,
    the tables found on the way opening others, and a target no table moves is decided by
    its exact minimum and maximum over the whole program: equal, it is a leak.
    ``max_found`` stops after that many leaks.
    """
    rng = random.Random(seed)
    closed = set(range(len(goals)))
    nearby = model.near(truth, radius=6)

    def absorb(x: np.ndarray | None) -> None:
        if x is not None:
            closed.difference_update(
                {i for i in closed if _value(goals[i].expr, x) != goals[i].truth}
            )

    for r in range(rounds):
        if not closed:
            break
        weights = {i: (1, -1)[r % 2] if r < 2 else rng.choice((1, -1)) for i in closed}
        absorb(model.table(_combined(goals, weights), bounds=nearby, seconds=10))
    witnessed = len(goals) - len(closed)
    found: list[Finding] = []
    decided = 0
    for i in _round_robin(goals, closed):
        if i not in closed:
            continue
        decided += 1
        for sign in (1, -1):
            expr = {k: sign * v for k, v in goals[i].expr.items()}
            absorb(model.table(expr, bounds=nearby, seconds=10))
            if i not in closed:
                break
        if i in closed:
            closed.discard(i)
            exact = model.range_of(goals[i].expr)
            if exact.determined:
                found.append(Finding(goals[i], exact))
            if max_found is not None and len(found) >= max_found:
                return Outcome(found, witnessed, decided, stopped_early=True)
    return Outcome(found, witnessed, decided, stopped_early=False)


def _combined(goals: Sequence[Target], weights: dict[int, int]) -> Expr:
    out: Expr = {}
    for i, w in weights.items():
        for k, v in goals[i].expr.items():
            out[k] = out.get(k, 0) + w * v
    return out


def _interleave(queues: Iterable[list[int]]) -> list[int]:
    pending = [list(q) for q in queues]
    out = []
    while any(pending):
        for q in pending:
            if q:
                out.append(q.pop(0))
    return out


def _round_robin(goals: Sequence[Target], indices: Iterable[int]) -> list[int]:
    """Indices interleaved by dimension and, within one, by channel, so that an early stop
    still shows every kind of leak (hidden cells, units, days, categories)."""
    by: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i in sorted(indices):
        by[goals[i].dimension][goals[i].channel].append(i)
    return _interleave(_interleave(channels.values()) for channels in by.values())
