"""Rollups: facts summed ahead of time where a metric would otherwise count distinct
patients over every fact (written by database triggers, never by Python)."""

from __future__ import annotations

from sqlalchemy import Column, Date, Integer, String, Table

from services.metrics.models.base import (
    ID_LENGTH,
    ORG_LENGTH,
    metadata,
)

#: Modalities as they appear in rollup column names.
ROLLUP_MODALITIES = {"in-person": "in_person", "video": "video", "phone": "phone"}
#: The counters of ``rollup_encounter_patients``, each ``<measure>_<modality>`` over the
#: encounters of one patient in one period: engaged (kept, no-show or patient-cancelled), kept,
#: no_show, late_cancel, problem (kept telehealth with a technical problem), minutes (minutes
#: lost, kept telehealth), switched (kept video switched to phone), assessed (kept, with an
#: assessment in the 7 days before).
ENCOUNTER_ROLLUP_COUNTERS: tuple[str, ...] = (
    *(f"{m}_{x}" for m in ("engaged", "kept", "no_show", "late_cancel")
      for x in ROLLUP_MODALITIES.values()),
    "problem_video", "problem_phone", "minutes_video", "minutes_phone", "switched_video",
    *(f"assessed_{x}" for x in ROLLUP_MODALITIES.values()),
)  # fmt: skip

encounter_rollup = Table(
    "rollup_encounter_patients",
    metadata,
    Column("org", String(ORG_LENGTH), primary_key=True),
    Column("grain", String(8), primary_key=True),  # week, month or quarter
    Column("period", Date, primary_key=True),  # the period's first day
    # '' sums the encounters without a patient (redacted): each of them counts as one patient.
    Column("patient_id", String(ID_LENGTH), primary_key=True),
    *(Column(name, Integer, nullable=False) for name in ENCOUNTER_ROLLUP_COUNTERS),
    sqlite_with_rowid=False,  # the key is the storage order: a period's rows are contiguous
)
"""``fact_encounters`` summed per org, period (of each grain) and patient with at least one
engaged encounter (every counter counts a subset of the engaged ones; a row whose engaged
counts fall to zero is deleted):
what the org-level encounter metrics need, without ``COUNT(DISTINCT patient_id)`` over the
facts (:mod:`services.metrics.compute.rollup`). Written only by the triggers of migration
``20261202_encounter_rollup``, never by Python, so that any write to ``fact_encounters``
(consumer, rebuild, a test's or a backfill's bulk insert) keeps it exact."""
