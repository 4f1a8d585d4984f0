"""Episode bodies for intake's tests (and the cross-service route tables that reuse them)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

OPENED = (datetime.now(UTC) - timedelta(days=120)).date()
CLOSED = OPENED + timedelta(days=90)


def episode(**changes: Any) -> dict[str, Any]:
    """An active adult episode of ``p-1``; a change set to None leaves the field out."""
    base = {
        "patient_id": "p-1",
        "status": "active",
        "service_line": "adult",
        "team_id": "team-a",
        "site_id": "north",
        "clinician_id": "clin-1",
        "opened_on": OPENED.isoformat(),
    }
    return {k: v for k, v in (base | changes).items() if v is not None}


def finished(**changes: Any) -> dict[str, Any]:
    """The same episode, closed as a planned completion 90 days after it opened."""
    closing = {
        "status": "finished",
        "closed_on": CLOSED.isoformat(),
        "discharge_reason": "planned-completion",
    }
    return episode(**closing | changes)
