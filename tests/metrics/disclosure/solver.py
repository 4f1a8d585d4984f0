"""The attacker's arithmetic: an integer program whose solutions are every organization's
appointment counts consistent with what was published, and the least and greatest value each
hidden count can take among them (``scipy.optimize.milp``, exact branch and bound by HiGHS).

Variables are appointment counts of elementary cells: per leaf unit, span of days between two
published boundaries and part (kept or rest) for the unfiltered counts, and per additive
dimension (a filter or an equity dimension: modality, service line, race, language) the same
split by category. A dimension's variables are only as fine as that dimension's own published
regions (blocks of units and of days) and are tied to the unfiltered variables by one equation
per block: its categories add up to the block's total. That is exact, not a relaxation:
whenever the totals and each dimension's margins are non-negative integers that agree, a full
table of appointments split along every dimension at once exists (fill it dimension after
dimension, each a transportation problem with integer supplies and demands). So a count is
determined by the published cells if and only if it is determined here.

Each published count lies in its rounding interval and, under the policy, is never 1..10
(zero or at least the threshold; a binary variable per count where both are possible). A
hidden count is only known to be a non-negative integer: "primary" says that *some* count of
the cell (perhaps its number of patients, which is not additive and is left out) is small,
which bounds none of the appointment counts.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

from tests.metrics.disclosure.regions import KEPT, OTHER, REST, STATUSES, Observation, Region
from tests.metrics.disclosure.synthetic import Appointment

Expr = dict[int, int]
"""A linear expression: variable index -> coefficient."""


@dataclass
class _Family:
    """The variables of one additive dimension."""

    cats: tuple[str, ...]
    unit_blocks: list[frozenset[str]]
    day_bounds: list[date]  # block k spans day_bounds[k] .. day_bounds[k + 1] - 1 day
    var: dict[tuple[int, int, str, str], int] = field(default_factory=dict)


@dataclass(frozen=True)
class Range:
    """The least and greatest feasible integer value of a count (None: unbounded)."""

    low: int | None
    high: int | None

    @property
    def determined(self) -> bool:
        return self.low is not None and self.low == self.high


class Model:
    """The integer program of everything observed."""

    def __init__(
        self,
        observations: Sequence[Observation],
        *,
        leaves: Iterable[str],
        categories: Mapping[str, Iterable[str]] = {},
        threshold: int = 11,
    ) -> None:
        self.observations = list(observations)
        self.threshold = threshold
        regions = [o.region for o in self.observations]
        bounds = sorted({r.first for r in regions} | {r.last + timedelta(days=1) for r in regions})
        self.segments = [
            (a, b - timedelta(days=1))
            for a, b in itertools.pairwise(bounds)
            if any(r.first <= a and b - timedelta(days=1) <= r.last for r in regions)
        ]
        self.leaves = sorted(leaves)
        self.var: dict[tuple, int] = {}
        self._exprs: dict[Region, Expr] = {}
        self.total = {
            (u, i, st): self._new(("t", u, i, st))
            for u in self.leaves
            for i in range(len(self.segments))
            for st in (KEPT, REST)
        }
        self.families: dict[str, _Family] = {}
        rows: list[tuple[Expr, float, float]] = []
        for name in sorted({r.family for r in regions if r.family}):
            mine = [r for r in regions if r.family == name]
            rows += self._family(name, mine, categories.get(name, ()))
        self.binaries: list[int] = []
        for o in self.observations:
            if not o.hidden:
                rows += self._published(o)
        self.rows = rows
        self._build()

    # -- variables -------------------------------------------------------------------------
    def _new(self, key: tuple) -> int:
        assert key not in self.var, key
        self.var[key] = len(self.var)
        return self.var[key]

    def _segments_in(self, first: date, last: date) -> list[int]:
        return [i for i, (a, b) in enumerate(self.segments) if first <= a and b <= last]

    def _family(self, name: str, regions: list[Region], known: Iterable[str]):
        seen = {c for r in regions for c in r.cats or ()} | set(known)
        cats = [*sorted(seen - {OTHER}), OTHER]
        unit_sets = sorted({r.units for r in regions}, key=sorted)
        by_signature: dict[tuple[bool, ...], set[str]] = defaultdict(set)
        for u in self.leaves:
            signature = tuple(u in s for s in unit_sets)
            if any(signature):
                by_signature[signature].add(u)
        blocks = [frozenset(b) for b in by_signature.values()]
        bounds = sorted({r.first for r in regions} | {r.last + timedelta(days=1) for r in regions})
        family = _Family(tuple(cats), blocks, bounds)
        coupling = []
        for k in range(len(bounds) - 1):
            segs = self._segments_in(bounds[k], bounds[k + 1] - timedelta(days=1))
            if not segs:
                continue
            for b, block in enumerate(blocks):
                for st in (KEPT, REST):
                    expr: Expr = {}
                    for cat in cats:
                        index = self._new(("f", name, b, k, cat, st))
                        family.var[(b, k, cat, st)] = index
                        expr[index] = 1
                    for u in block:
                        for i in segs:
                            expr[self.total[(u, i, st)]] = -1
                    coupling.append((expr, 0.0, 0.0))
        self.families[name] = family
        return coupling

    # -- expressions -----------------------------------------------------------------------
    def expr(self, region: Region) -> Expr:
        """The region's count as a sum of variables."""
        if region not in self._exprs:
            self._exprs[region] = self._expr(region)
        return self._exprs[region]

    def _expr(self, region: Region) -> Expr:
        statuses = STATUSES[region.part]
        unknown = region.units - set(self.leaves)
        assert not unknown, f"not a unit of the org: {unknown}"
        if region.family is None:
            return {
                self.total[(u, i, st)]: 1
                for u in region.units
                for i in self._segments_in(region.first, region.last)
                for st in statuses
            }
        family = self.families[region.family]
        blocks = [b for b, units in enumerate(family.unit_blocks) if units <= region.units]
        spans = [
            k
            for k in range(len(family.day_bounds) - 1)
            if region.first <= family.day_bounds[k]
            and family.day_bounds[k + 1] - timedelta(days=1) <= region.last
        ]
        out: Expr = {}
        for b in blocks:
            for k in spans:
                for cat in region.cats or ():
                    for st in statuses:
                        index = family.var.get((b, k, cat, st))
                        if index is not None:
                            out[index] = 1
        return out

    def _published(self, o: Observation) -> list[tuple[Expr, float, float]]:
        """A published count: in its interval, and zero or at least the threshold."""
        assert o.low is not None and o.high is not None
        expr = self.expr(o.region)
        low, high, t = o.low, o.high, self.threshold
        if low >= 1:
            return [(expr, max(low, t), high)]
        if high < t:
            return [(expr, 0, 0)]
        # zero, or threshold..high: expr <= high * b and expr >= t * b
        b = self._new(("b", len(self.binaries)))
        self.binaries.append(b)
        return [({**expr, b: -high}, -np.inf, 0), ({**expr, b: -t}, 0, np.inf)]

    # -- the program -----------------------------------------------------------------------
    def _build(self) -> None:
        size = len(self.var)
        data, row_index, col_index, low, high = [], [], [], [], []
        for r, (expr, lo, hi) in enumerate(self.rows):
            for c, v in expr.items():
                row_index.append(r)
                col_index.append(c)
                data.append(v)
            low.append(lo)
            high.append(hi)
        matrix = coo_array((data, (row_index, col_index)), shape=(len(self.rows), size)).tocsr()
        self.constraints = LinearConstraint(matrix, np.array(low), np.array(high))
        upper = np.full(size, np.inf)
        upper[self.binaries] = 1
        self.bounds = Bounds(np.zeros(size), upper)

    def table(
        self, objective: Expr, *, bounds: Bounds | None = None, seconds: float | None = None
    ) -> np.ndarray | None:
        """A feasible integer table, minimising ``objective`` (within ``seconds``: then the
        best found so far). None when unbounded, or when no table was found in time."""
        c = np.zeros(len(self.var))
        for index, coefficient in objective.items():
            c[index] = coefficient
        options = {} if seconds is None else {"time_limit": seconds}
        result = milp(
            c,
            constraints=self.constraints,
            integrality=np.ones(len(self.var)),
            bounds=bounds or self.bounds,
            options=options,
        )
        if result.x is not None and result.status in (0, 1):
            return np.round(result.x)
        if result.status in (1, 3):  # no table in time; unbounded
            return None
        if "unbounded" in result.message and bounds is None:
            # HiGHS may only say "infeasible or unbounded"; the true table is feasible (the
            # test checks it first), so the whole program is not infeasible: unbounded.
            return None
        raise AssertionError(f"the attacker's program did not solve: {result.message}")

    def near(self, x: np.ndarray, radius: int) -> Bounds:
        """Bounds keeping every count within ``radius`` of the table ``x`` and each binary
        where ``x`` has it: a smaller feasible set, quick to search for witnesses in (a
        table found there is feasible in the whole program)."""
        low, high = np.maximum(0, x - radius), x + radius
        low[self.binaries] = high[self.binaries] = x[self.binaries]
        return Bounds(low, high)

    def range_of(self, expr: Expr) -> Range:
        """Exact least and greatest integer values of ``expr`` over every feasible table."""
        ends = []
        for sign in (1, -1):
            x = self.table({i: sign * v for i, v in expr.items()})
            ends.append(None if x is None else round(sum(x[i] * v for i, v in expr.items())))
        return Range(ends[0], ends[1])

    # -- sanity -----------------------------------------------------------------------------
    def truth_vector(self, appointments: Iterable[Appointment]) -> np.ndarray:
        """The variables' values in the real data (the binaries as the policy implies them)."""
        x = np.zeros(len(self.var))
        for a in appointments:
            st = KEPT if a.kept else REST
            seg = next((i for i, (s, e) in enumerate(self.segments) if s <= a.day <= e), None)
            if seg is None:
                continue  # a day no published count covers
            x[self.total[(a.clinician, seg, st)]] += 1
            for name, family in self.families.items():
                b = next((i for i, bl in enumerate(family.unit_blocks) if a.clinician in bl), None)
                k = next(
                    (
                        i
                        for i, (start, stop) in enumerate(itertools.pairwise(family.day_bounds))
                        if start <= a.day < stop
                    ),
                    None,
                )
                cat = a.category(name)
                key = (b, k, cat if cat in family.cats else OTHER, st)
                if key in family.var:
                    x[family.var[key]] += 1
        for expr, _, _ in self.rows:
            flags = [c for c in expr if c in self.binaries]
            if flags:
                value = sum(x[c] * v for c, v in expr.items() if c not in self.binaries)
                x[flags[0]] = 1 if value >= self.threshold else 0
        return x

    def violations(self, x: np.ndarray) -> list[str]:
        """The observations the real data break: the attacker misread a response."""
        found = []
        values = self.constraints.A @ x
        for r, (value, lo, hi) in enumerate(
            zip(values, self.constraints.lb, self.constraints.ub, strict=True)
        ):
            if not lo - 1e-9 <= value <= hi + 1e-9:
                found.append(f"row {r}: {value} not in [{lo}, {hi}]")
        if found:
            for o in self.observations:
                if o.hidden:
                    continue
                value = sum(x[c] * v for c, v in self.expr(o.region).items())
                if not o.low <= value <= o.high:  # type: ignore[operator]
                    found.append(
                        f"{o.source}: {o.region.label()} is {value}, read [{o.low}, {o.high}]"
                    )
        return found
