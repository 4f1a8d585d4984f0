"""Who is calling: the verified claims a request acts under."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True, slots=True)
class Caller:
    """The subject, its tenant (``org``) and its scopes, from a verified token; and its role
    claims (:mod:`shared.auth.roles`): ``role`` None when the token states none."""

    sub: str
    org: str
    scopes: frozenset[str]
    role: Literal["clinician", "supervisor", "leader"] | None = None
    teams: frozenset[str] = field(default_factory=frozenset)
    clinician_id: str | None = None

    def has(self, scope: str) -> bool:
        return scope in self.scopes
