"""Bearer tokens for tests, signed with the same local secret the services use by default."""

from __future__ import annotations

from typing import Any

from shared.auth import issue_local_token
from shared.auth.roles import TENANT_SCOPES

#: Every scope a tenant's token may carry (the operator's and metrics' feed:all are not).
EVERY_SCOPE = TENANT_SCOPES


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
