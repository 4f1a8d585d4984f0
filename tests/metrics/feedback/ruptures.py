"""``feedback.rupture`` events for a feed's session feedback, as intake publishes them: in the
submission's own commit, at most one per submission and rule, never changed afterwards."""

from __future__ import annotations

import random
import uuid
from typing import Any

RULES = ("at-or-below-threshold", "drop-from-previous")
_WHERE = ("feedback_id", "form_id", "received_at", "patient_id", "encounter_id", "clinician_id",
          "team_id", "site_id")  # fmt: skip


def rupture_data(received: dict[str, Any], rule: str, score: float) -> dict[str, Any]:
    """A rupture's data for one ``feedback.received`` data (its ids and units)."""
    return {k: received.get(k) for k in _WHERE} | {
        "rule": rule,
        "item_id": "felt-heard",
        "score": score,
        "threshold": 2 if rule == RULES[0] else None,
        "previous_score": score + 2 if rule == RULES[1] else None,
    }


def with_ruptures(intake: list[dict[str, Any]], *, seed: int) -> list[dict[str, Any]]:
    """``intake`` with ruptures on about a fifth of its submissions (one or both rules)."""
    rng = random.Random(seed)
    extra = []
    for e in intake:
        if e["type"] != "feedback.received" or rng.random() > 0.2:
            continue
        for rule in rng.choice([RULES[:1], RULES[1:], RULES]):
            extra.append({
                "id": str(uuid.UUID(int=rng.getrandbits(128))), "source": e["source"],
                "type": "feedback.rupture", "time": e["time"], "subject": e["subject"],
                "org": e["org"], "data": rupture_data(e["data"], rule, 1.0),
            })  # fmt: skip
    return sorted(intake + extra, key=lambda e: e["time"])
