"""What a published count counts, as the attacker models it: a region of appointments.

A region is a set of units (clinicians, and for each team, site and the org a catch-all for
appointments attributed to it but to no clinician below it), a span of days, at most one
restriction along an additive dimension (a filter value such as ``modality=video`` or an equity
group), and a part: kept appointments (a kept rate's numerator), the rest (denominator minus
numerator) or both (the denominator). Every count the attack uses is the number of appointments
in a region, so counts of regions add up exactly: a site's is the sum of its teams', a quarter's
the sum of its months', an unfiltered count the sum over a filter's values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from tests.metrics.disclosure.synthetic import Appointment

Part = Literal["num", "rest", "den"]
PARTS: tuple[Part, ...] = ("num", "rest", "den")
KEPT, REST = "kept", "rest"
STATUSES: dict[Part, tuple[str, ...]] = {"num": (KEPT,), "rest": (REST,), "den": (KEPT, REST)}
OTHER = "*"
"""The catch-all category of a dimension: values the attacker has not seen published."""


@dataclass(frozen=True)
class Region:
    units: frozenset[str]
    first: date
    last: date
    family: str | None = None
    cats: frozenset[str] | None = None
    part: Part = "den"

    def of_part(self, part: Part) -> Region:
        return replace(self, part=part)

    def label(self) -> str:
        where = f" {self.family}={','.join(sorted(self.cats or ()))}" if self.family else ""
        units = ",".join(sorted(self.units))
        return f"{self.part} of [{units}] {self.first}..{self.last}{where}"

    def truth(self, appointments: Iterable[Appointment]) -> int:
        """The exact count, from the test's own record of the appointments."""
        statuses = STATUSES[self.part]
        return sum(
            1
            for a in appointments
            if a.clinician in self.units
            and self.first <= a.day <= self.last
            and (KEPT if a.kept else REST) in statuses
            and (self.family is None or a.category(self.family) in (self.cats or ()))
        )


@dataclass(frozen=True)
class Observation:
    """One count as published: an interval of integers (``low == high`` when exact), or hidden
    (``low is None``) with the reason the response gave."""

    region: Region
    low: int | None
    high: int | None
    reason: str | None
    source: str

    @property
    def hidden(self) -> bool:
        return self.low is None


@dataclass(frozen=True)
class Structure:
    """The org's units as its staff know them: clinician -> (team, site)."""

    org: str
    clinicians: dict[str, tuple[str, str]]

    def members(self, level: str, unit: str | None) -> frozenset[str]:
        """The leaf units (clinicians and catch-alls) a unit's count is the sum of."""
        if level == "clinician":
            return frozenset({unit or ""})
        if level == "team":
            return frozenset(
                {c for c, (t, _) in self.clinicians.items() if t == unit} | {f"{unit}/none"}
            )
        if level == "site":
            teams = {t for _, (t, s) in self.clinicians.items() if s == unit}
            found: set[str] = {f"{unit}/none"}
            for team in teams:
                found |= self.members("team", team)
            return frozenset(found)
        return self.leaves()

    def leaves(self) -> frozenset[str]:
        teams = {t for t, _ in self.clinicians.values()}
        sites = {s for _, s in self.clinicians.values()}
        return frozenset(
            set(self.clinicians)
            | {f"{t}/none" for t in teams}
            | {f"{s}/none" for s in sites}
            | {f"{self.org}/none"}
        )
