"""Who is calling: the verified claims a request acts under."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Caller:
    """The subject, its tenant (``org``) and its scopes, from a verified token."""

    sub: str
    org: str
    scopes: frozenset[str]

    def has(self, scope: str) -> bool:
        return scope in self.scopes
