"""Encounters (sessions booked, kept, missed or cancelled): stored under the lifecycle rules,
read back, and published on the feed.

    writes.py   create or replace one encounter or a batch; a single PUT is a batch of one
    first_write.py  a single PUT of a new encounter in two statements (the general path's
                shortcut when there is no stored row to decide on)
    rows.py     the stored state a write decides on, read locked, and the rows it writes back
    events.py   the ``encounter.upserted`` event, redacted for Part 2 records
    reads.py    one encounter or a page of them, and the API view of a stored row

The rules they follow are leaf modules the API schemas are built on as well:
:mod:`~services.intake.lifecycle` (status moves), :mod:`~services.intake.telehealth` (modality,
technical problems) and :mod:`~services.intake.access` (when a referral closes).
"""

from services.intake.encounters.reads import (
    encounter_in,
    encounter_out,
    get_encounter,
    list_encounters,
)
from services.intake.encounters.writes import save_encounter, upsert_encounters

__all__ = [
    "encounter_in",
    "encounter_out",
    "get_encounter",
    "list_encounters",
    "save_encounter",
    "upsert_encounters",
]
