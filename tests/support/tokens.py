"""Bearer tokens for tests, signed with the same local secret the services use by default."""

from __future__ import annotations

from typing import Any

from shared.auth import issue_local_token

EVERY_SCOPE = (
    "intake:read intake:write measures:read measures:write metrics:read metrics:write "
    "metrics:admin feed:read"
)


def bearer(
    org: str, scope: str = EVERY_SCOPE, *, role: str | None = "leader", **claims: Any
) -> dict[str, str]:
    """Authorization header for a caller of ``org`` holding ``scope``; a leader by default
    (every clinician visible), ``role=None`` for a token stating no role. ``claims`` adds
    ``teams`` or ``clinician_id``; ``sub``, ``ttl_seconds`` and the like go to the issuer."""
    extra = {k: claims.pop(k) for k in ("teams", "clinician_id") if k in claims}
    if role is not None:
        extra["role"] = role
    token = issue_local_token(org=org, scope=scope, extra=extra, **claims)
    return {"Authorization": f"Bearer {token}"}
