"""Episodes of care for feeds built elsewhere (``synthetic.feed_events``, the safety loop's),
which know nothing of them: one episode per patient seen, opened a day before the patient's
first session and, for about half, finished after the last; most sessions and assessments then
name their episode (some assessments a gap-rule one), as intake and measures publish them."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import Any

FEED = list[dict[str, Any]]
REASONS = ["planned-completion", "dropped-out", "transferred", "referred-on", "other"]


def with_episodes(intake: FEED, measures: FEED, *, seed: int) -> tuple[FEED, FEED]:
    rng = random.Random(seed)
    sessions: dict[str, list[dict[str, Any]]] = {}
    for e in intake:
        if e["type"] == "encounter.upserted" and e["data"].get("patient_id"):
            sessions.setdefault(e["data"]["patient_id"], []).append(e)
    extra: FEED = []
    for pid, seen in sorted(sessions.items()):
        episode_id = f"ep-{pid}"
        first, last = seen[0], seen[-1]
        opened = datetime.fromisoformat(first["time"]) - timedelta(days=1)
        data = {
            "episode_id": episode_id, "patient_id": pid, "status": "active",
            "service_line": first["data"].get("service_line"),
            "team_id": first["data"].get("team_id"), "site_id": first["data"].get("site_id"),
            "clinician_id": first["data"].get("clinician_id"),
            "opened_on": opened.date().isoformat(), "redacted": False,
        }  # fmt: skip
        extra.append(_event(rng, first, "episode.upserted", opened, data))
        if rng.random() < 0.5:
            closed = datetime.fromisoformat(last["time"]) + timedelta(days=1)
            finished = {**data, "status": "finished", "closed_on": closed.date().isoformat(),
                        "discharge_reason": rng.choice(REASONS)}  # fmt: skip
            extra.append(_event(rng, first, "episode.upserted", closed, finished))
    named = [_named(rng, e, "ep-") for e in intake]
    scored = [_named(rng, e, rng.choice(["ep-", "gap-"])) for e in measures]
    return sorted(named + extra, key=lambda e: e["time"]), scored


def _named(rng: random.Random, e: dict[str, Any], prefix: str) -> dict[str, Any]:
    if e["type"] not in ("encounter.upserted", "assessment.scored", "referral.upserted"):
        return e
    pid = e["data"].get("patient_id")
    if not pid or rng.random() < 0.2:
        return e
    return {**e, "data": {**e["data"], "episode_id": f"{prefix}{pid}"}}


def _event(rng: random.Random, like: dict[str, Any], type_: str, at: datetime, data: dict) -> dict:
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128))), "source": like["source"],
        "type": type_, "time": at.isoformat(), "subject": f"episodes/{data['episode_id']}",
        "org": like["org"], "data": data,
    }  # fmt: skip
