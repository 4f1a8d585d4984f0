"""What the dashboard tests share: signing in as a role, and a team's kept rate that shifts."""

from __future__ import annotations

from datetime import date

from starlette.testclient import TestClient

from services.metrics.dashboard.signin import COOKIE
from shared.auth import issue_local_token
from tests.metrics.learning.factory import insert, month, month_of_encounters

START = date(2024, 1, 1)
RANGE = {"from": "2024-01-01", "to": "2025-12-31"}


def signed_in(
    org: str, scope: str = "metrics:read", role: str | None = "leader", **token: object
) -> dict[str, str]:
    """The dashboard's cookie for a caller of ``org``; a leader by default."""
    extra = {} if role is None else {"role": role}
    token_text = issue_local_token(org=org, scope=scope, extra=extra, **token)  # type: ignore[arg-type]
    return {"Cookie": f"{COOKIE}={token_text}"}


def kept_shift(org: str, client: TestClient, team: str = "team-a") -> None:
    """Two years of a team: kept rate about 60%, then about 80% from 2025-01."""
    rows = []
    for i in range(24):
        total = 100 + 7 * (i % 4)
        kept = round(total * (0.60 if i < 12 else 0.80)) + (i % 3 - 1)
        rows += month_of_encounters(
            org,
            month(START, i),
            total=total,
            kept=kept,
            patients=40,
            prefix=f"{team}-m{i}",
            team_id=team,
        )
    insert(client, rows)


def share(value: float) -> str:
    return f"{value * 100:.1f}%"
