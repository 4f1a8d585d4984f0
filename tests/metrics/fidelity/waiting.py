"""Referrals of the fidelity feeds' patients, and the waiting list computed again from them in
plain Python from the catalog's words: a referral is on the list on each Sunday, up to today,
from the one ending the week it was received until the one before the (local) day of its first
kept appointment; a week is its Sunday's list, a longer period pools its Sundays."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any

from shared.events import ReferralUpserted
from tests.metrics.fidelity.feed import START
from tests.metrics.safety.feed import SITE_OF, _Feed

Row = dict[str, Any]
EASTERN = timezone(timedelta(hours=-5))


def referral_feed(org: str, *, seed: int, referrals: int = 160) -> list[Row]:
    """Referrals received over 200 days: most seen within three months, a quarter never seen,
    some seen only on a later event, some redacted."""
    rng = random.Random(seed)
    feed = _Feed(org, "intake")
    for r in range(referrals):
        received = START + timedelta(days=rng.randrange(200))
        redacted = rng.random() < 0.05
        referral = ReferralUpserted(
            referral_id=f"r{r}", patient_id=None if redacted else f"p{rng.randrange(90)}",
            received_on=received.date(), service_line=rng.choice(["adult", "youth"]),
            site_id=rng.choice(sorted(set(SITE_OF.values()))), redacted=redacted,
        )  # fmt: skip
        feed.add(received, referral)
        if rng.random() < 0.25:
            continue
        seen = received + timedelta(days=rng.choice([0, 1, *range(2, 90)]), hours=rng.randint(1, 8))
        if rng.random() < 0.3:
            seen = seen.astimezone(EASTERN).replace(hour=21)  # an evening visit, local day
        feed.add(seen, referral.model_copy(update={"first_kept_at": seen}))
    return feed.ordered()


def _latest(events: Sequence[Row]) -> list[Row]:
    latest: dict[tuple[str, str], Row] = {}
    for e in sorted(events, key=lambda e: e["time"]):
        if e["type"] == "referral.upserted":
            latest[(e["org"], e["data"]["referral_id"])] = {**e["data"], "org": e["org"]}
    return list(latest.values())


def waiting_weeks(events: Sequence[Row], today: date | None = None) -> list[Row]:
    """One row per referral and Sunday it was waiting at, with the days waited so far."""
    today = today or date.today()
    out = []
    for r in _latest(events):
        received = date.fromisoformat(r["received_on"])
        kept = r["first_kept_at"]
        seen = None if kept is None else datetime.fromisoformat(kept).date()
        sunday = received + timedelta(days=6 - received.weekday())
        while sunday <= today and (seen is None or seen > sunday):
            out.append({**r, "day": sunday, "waited": (sunday - received).days})
            sunday += timedelta(days=7)
    return out
