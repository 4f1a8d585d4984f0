"""Themes for a feed's submissions: ``feedback.themed`` events after some of its
``feedback.received`` ones, re-tagged or cleared now and then, for feeds built elsewhere
(``synthetic.feed_events``) that know nothing of themes."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import Any

THEMES = ["waiting", "kindness", "access", "telehealth"]


def with_themes(intake: list[dict[str, Any]], *, seed: int) -> list[dict[str, Any]]:
    """``intake`` with theme sets for about half its submissions, in commit order."""
    rng = random.Random(seed)
    extra = []
    for e in intake:
        if e["type"] != "feedback.received" or rng.random() < 0.5:
            continue
        d = e["data"]
        at = datetime.fromisoformat(e["time"])
        for _ in range(rng.choice([1, 1, 2, 3])):
            at += timedelta(hours=rng.uniform(1, 200))
            themes = rng.sample(THEMES, rng.choice([0, 1, 1, 2]))
            data = {k: d.get(k) for k in ("feedback_id", "form_id", "received_at",
                                          "clinician_id", "team_id", "site_id")}  # fmt: skip
            extra.append({
                "id": str(uuid.UUID(int=rng.getrandbits(128))), "source": e["source"],
                "type": "feedback.themed", "time": at.isoformat(),
                "subject": e["subject"], "org": e["org"], "data": {**data, "themes": themes},
            })  # fmt: skip
    return sorted(intake + extra, key=lambda e: e["time"])
