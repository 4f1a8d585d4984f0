"""How much improvement work each member of a collaborative did in a period: the part of the
collaborative's participation metrics that projects and PDSA cycles supply.

Contract between the collaborative's governance (which reports participation) and improvement
projects (which own the tables); implemented with the projects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session


@dataclass(frozen=True)
class ImprovementActivity:
    """One member organization's improvement work in a period."""

    active_projects: int
    cycles_completed: int


def activity_by_org(
    session: Session, collaborative_id: str, start: date, end: date
) -> dict[str, ImprovementActivity]:
    """Per member org: projects shared with the collaborative that were active at any time in
    ``[start, end)``, and their PDSA cycles completed (acted on) in it. Orgs with none are
    absent."""
    raise NotImplementedError("implemented with improvement projects (issue #21)")
