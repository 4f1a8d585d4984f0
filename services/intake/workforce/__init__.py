"""The org's workforce, as HR keeps it: staff records and team establishments, stored and
published on the feed for metrics to count turnover, vacancy and caseload per FTE.

    staff_writes.py     create or replace one staff record or a batch, under the lifecycle
    staff_reads.py      one record or a filtered page of them, and the API view of a row
    establishments.py   a team's funded FTE from a day on: rows, history, what is in force
    events.py           ``staff.upserted`` and ``establishment.upserted``

The roles, leaving reasons, FTE bound and state moves are the leaf module
:mod:`~services.intake.staff_lifecycle`, which the API schemas are built on as well. A
``staff_id`` is the ``clinician_id`` the clinical records use; intake does not check that one
names the other, as it keeps forward references elsewhere (an HR extract and the EHR's arrive
in either order).
"""

from services.intake.workforce.establishments import (
    EstablishmentFilters,
    establishment_out,
    list_establishments,
    save_establishment,
    team_history,
)
from services.intake.workforce.staff_reads import StaffFilters, get_staff, list_staff, staff_out
from services.intake.workforce.staff_writes import save_staff, upsert_staff

__all__ = [
    "EstablishmentFilters",
    "StaffFilters",
    "establishment_out",
    "get_staff",
    "list_establishments",
    "list_staff",
    "save_establishment",
    "save_staff",
    "staff_out",
    "team_history",
    "upsert_staff",
]
