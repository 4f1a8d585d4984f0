"""Bearer tokens for tests, signed with the same local secret the services use by default."""

from __future__ import annotations

from shared.auth import issue_local_token

EVERY_SCOPE = (
    "intake:read intake:write measures:read measures:write metrics:read metrics:write "
    "metrics:admin feed:read"
)


def bearer(org: str, scope: str = EVERY_SCOPE, **kwargs: object) -> dict[str, str]:
    """Authorization header for a caller of ``org`` holding ``scope``."""
    token = issue_local_token(org=org, scope=scope, **kwargs)  # type: ignore[arg-type]
    return {"Authorization": f"Bearer {token}"}
