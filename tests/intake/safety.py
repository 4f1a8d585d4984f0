"""What the safety event tests share: report bodies, the three kinds of token, stored rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from starlette.testclient import TestClient

from services.intake import models
from tests.support.tokens import bearer

OCCURRED = (datetime.now(UTC) - timedelta(days=2)).replace(microsecond=0)
NARRATIVE = "Rosalind-K9 was handed the wrong dose by the night nurse"


def report(safety_event_id: str = "se-1", **changes: Any) -> dict[str, Any]:
    """A valid report body (a named one: ``reporter_id=None`` makes it anonymous)."""
    base: dict[str, Any] = {
        "safety_event_id": safety_event_id,
        "kind": "medication",
        "harm_level": "mild",
        "occurred_at": OCCURRED.isoformat(),
        "team_id": "team-a",
        "site_id": "north",
        "reporter_id": "staff-118",
        "narrative": NARRATIVE,
    }
    return {k: v for k, v in (base | changes).items() if v is not None}


def writer(org: str, sub: str = "reporting-app") -> dict[str, str]:
    return bearer(org, scope="intake:write", sub=sub)


def reader(org: str, sub: str = "qi-analyst") -> dict[str, str]:
    return bearer(org, scope="intake:read", sub=sub)


def reviewer(org: str, sub: str = "incident-reviewer") -> dict[str, str]:
    return bearer(org, scope="intake:read intake:safety-review", sub=sub)


def audit_rows(client: TestClient, org: str) -> list[dict[str, Any]]:
    table = models.audit_log
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        query = select(table).where(table.c.org == org).order_by(table.c.id)
        return [dict(r) for r in connection.execute(query).mappings()]


def idempotency_rows(client: TestClient, org: str) -> list[dict[str, Any]]:
    table = models.idempotency_keys
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        query = select(table).where(table.c.org == org)
        return [dict(r) for r in connection.execute(query).mappings()]
