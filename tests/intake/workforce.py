"""Staff and establishment bodies for intake's tests (and the cross-service route tables that
reuse them)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

STARTED = "2018-09-03"
LEFT = (datetime.now(UTC) - timedelta(days=40)).date().isoformat()


def staff(**changes: Any) -> dict[str, Any]:
    """A psychologist in post in ``team-a`` at 0.8 FTE; a change set to None leaves it out."""
    base = {
        "team_id": "team-a",
        "site_id": "north",
        "role": "psychologist",
        "fte": 0.8,
        "started_on": STARTED,
    }
    return {k: v for k, v in (base | changes).items() if v is not None}


def leaver(**changes: Any) -> dict[str, Any]:
    """The same person, resigned 40 days ago."""
    return staff(**{"ended_on": LEFT, "leaving_reason": "resigned"} | changes)


def establishment(**changes: Any) -> dict[str, Any]:
    """``team-a``'s funded FTE from 2025-04-01."""
    return {"effective_from": "2025-04-01", "funded_fte": 6.5, "site_id": "north"} | changes
