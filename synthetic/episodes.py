"""Episodes of care for the synthetic organization: who finished, who dropped out, and whose
measures are missing, with rates that differ by group.

Applied to a generated dataset after its sessions are drawn, with a random stream of its own
per patient (seeded by the plan's seed and the patient id), so the rest of the dataset draws
exactly what it drew before episodes existed. Each patient has one episode, opened the day
their referral arrived, which the referral and every session name.

* **Dropout**: a patient may stop coming after 0 to 4 kept sessions; their later sessions (and
  the assessments and feedback of those sessions) are removed. Intake is told 30 days after the
  last kept session (a discharge-after-no-contact rule, the demo's own): the episode is
  ``finished`` as ``dropped-out``, or ``cancelled`` when no session was ever kept; until then
  it stays ``active`` (``waitlist`` before a first kept session). Two in five of those who
  dropped out after a kept session are never closed (:data:`LEFT_OPEN`): their episodes stay
  ``active``, as a busy clinic's often do, and the dropout metric finds them by its 60 days
  without a kept session. About one patient in five
  drops out at the base rate, the weighted mean of 19.7% premature discontinuation in adult
  psychotherapy (Swift & Greenberg, J Consult Clin Psychol 2012;80(4):547-559).
* **Missing measures**: each PHQ-9 a session would have had is skipped with a small chance.
* **Groups**: dropout is more likely for patients who prefer a language other than English,
  whose payer is Medicaid or none, or who live outside cities; measures are skipped more often
  for those who prefer another language and for the youngest. The direction follows what
  services commonly report; the sizes (the multipliers below) are the demo's own, chosen so an
  equity view has differences to find, not estimates.
* Everyone else finishes as a ``planned-completion`` (one in twenty ``referred-on``) once all
  their planned sessions are held, or is still ``active`` when the span ends.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, Protocol

__all__ = ["BASE_DROPOUT", "BASE_MISSING", "add_episodes", "dropout_chance", "missing_chance"]

BASE_DROPOUT = 0.197
BASE_MISSING = 0.06
NO_CONTACT_DAYS = 30
#: Share of dropped-out episodes with a kept session that the clinic never closes (the demo's
#: own figure, so that the 60-day rule of the dropout metric has something to find).
LEFT_OPEN = 0.4
#: Payer typology codes (PHDSC Source of Payment Typology): 2 Medicaid, 8 no payment.
LOW_COVERAGE_PAYERS = frozenset({"2", "8"})


class _Clinician(Protocol):
    id: str
    team_id: str
    site_id: str


def dropout_chance(patient: dict[str, Any]) -> float:
    """The chance this patient drops out (the demo's group multipliers on the base rate)."""
    chance = BASE_DROPOUT
    if patient.get("preferred_language") not in (None, "en"):
        chance *= 1.7
    if patient.get("payer_type") in LOW_COVERAGE_PAYERS:
        chance *= 1.4
    if patient.get("rurality") not in (None, "urban"):
        chance *= 1.3
    return min(chance, 0.7)


def missing_chance(patient: dict[str, Any], year: int) -> float:
    """The chance one of this patient's PHQ-9s is never completed."""
    chance = BASE_MISSING
    if patient.get("preferred_language") not in (None, "en"):
        chance *= 3.0
    if patient.get("birth_year") is not None and year - patient["birth_year"] < 25:
        chance *= 1.5
    return chance


def _day(moment: str) -> date:
    return datetime.fromisoformat(moment).date()


def add_episodes(
    data: Any, staff: Sequence[_Clinician], *, end: date, sessions_per_patient: int
) -> None:
    """Give every patient of ``data`` (a ``synthetic.generator.Dataset``) an episode, drop some
    out and skip some measures, in place. ``staff[p % len(staff)]`` is patient ``p``'s lead
    clinician, as the generator assigned them."""
    horizon = min(end, date.today())
    referrals = {r["patient_id"]: r for r in data.referrals}
    sessions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for encounter in data.encounters:
        sessions[encounter["patient_id"]].append(encounter)
    removed: set[str] = set()
    skipped: set[str] = set()
    for p, patient in enumerate(data.patients):
        patient_id = patient["patient_id"]
        rng = random.Random(f"{data.plan.seed}:episode:{patient_id}")
        referral = referrals[patient_id]
        episode_id = f"ep-{patient_id}"
        referral["episode_id"] = episode_id
        mine = sessions[patient_id]
        drops = rng.random() < dropout_chance(patient)
        if drops:
            attended = rng.choice([0, 1, 1, 2, 2, 3, 4])
            kept = [i for i, e in enumerate(mine) if e["status"] == "fulfilled"]
            cut = (
                0 if attended == 0 else (kept[attended - 1] + 1 if attended <= len(kept) else None)
            )
            if cut is not None:
                removed.update(e["encounter_id"] for e in mine[cut:])
                mine = mine[:cut]
        for encounter in mine:
            encounter["episode_id"] = episode_id
        for encounter in mine:
            if rng.random() < missing_chance(patient, horizon.year):
                skipped.add(f"asm-{encounter['encounter_id']}")
        clinician = staff[p % len(staff)]
        data.episodes.append(
            {
                "episode_id": episode_id,
                "patient_id": patient_id,
                "service_line": referral["service_line"],
                "team_id": clinician.team_id,
                "site_id": clinician.site_id,
                "clinician_id": clinician.id,
                "opened_on": referral["received_on"],
                **_ending(rng, mine, referral, drops, horizon, sessions_per_patient),
            }
        )
    data.encounters[:] = [e for e in data.encounters if e["encounter_id"] not in removed]
    data.feedback[:] = [f for f in data.feedback if f["encounter_id"] not in removed]
    data.assessments[:] = [
        a
        for a in data.assessments
        if a["assessment_id"] not in skipped
        and not (a["assessment_id"].startswith("asm-") and a["assessment_id"][4:] in removed)
    ]


def _ending(
    rng: random.Random,
    sessions: list[dict[str, Any]],
    referral: dict[str, Any],
    dropped: bool,
    horizon: date,
    planned: int,
) -> dict[str, Any]:
    """The episode's status and, once closed, its closing day and reason."""
    kept = [_day(e["scheduled_start"]) for e in sessions if e["status"] == "fulfilled"]
    if dropped:
        last = kept[-1] if kept else date.fromisoformat(referral["received_on"])
        closed = last + timedelta(days=NO_CONTACT_DAYS)
        if closed > horizon or (kept and rng.random() < LEFT_OPEN):
            return {"status": "active" if kept else "waitlist"}
        status = "finished" if kept else "cancelled"
        return {
            "status": status,
            "closed_on": closed.isoformat(),
            "discharge_reason": "dropped-out",
        }
    if len(sessions) >= planned and kept:
        reason = "referred-on" if rng.random() < 0.05 else "planned-completion"
        closed = max(_day(e["scheduled_start"]) for e in sessions)
        return {"status": "finished", "closed_on": closed.isoformat(), "discharge_reason": reason}
    return {"status": "active" if kept else "waitlist"}
