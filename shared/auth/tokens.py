"""Verifying and issuing JWTs.

Locally every service shares one HS256 secret so that a token from the CLI works everywhere.
In production the identity provider's JWKS URL is configured and only asymmetric algorithms
are accepted, so a leaked service config cannot mint tokens.

A client sends the same token with every request until it expires, and checking its signature
and claims was a few per cent of a single PUT's CPU. Verified tokens are therefore remembered by
their exact string for a short time (:data:`CACHE_SECONDS`, at most :data:`CACHE_SIZE` of them,
least recently used first out); a remembered token is still refused the moment it expires, and
one that is not yet valid is never remembered. A key removed from the JWKS stops being
accepted within ``CACHE_SECONDS``.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import jwt

from shared.auth.caller import Caller
from shared.auth.roles import role_claims
from shared.problems import Unauthorized
from shared.settings import LOCAL_AUDIENCE, LOCAL_JWT_SECRET, ServiceSettings

ASYMMETRIC_ALGORITHMS = ["RS256", "ES256"]
LEEWAY_SECONDS = 30
CACHE_SIZE = 1024
CACHE_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class _Verified:
    """A token that passed every check, and until when that answer may be reused."""

    caller: Caller
    valid_until: float
    """The earlier of its expiry (plus the leeway) and the end of its time in the cache."""


class Authenticator:
    """Verifies bearer tokens against the configured key material."""

    def __init__(self, settings: ServiceSettings) -> None:
        self._audience = settings.jwt_audience
        self._issuer = settings.jwt_issuer
        self._secret = settings.jwt_secret.get_secret_value()
        self._jwks = jwt.PyJWKClient(settings.jwt_jwks_url) if settings.jwt_jwks_url else None
        self._verified: OrderedDict[str, _Verified] = OrderedDict()
        self._lock = threading.Lock()  # verify also runs in worker threads (JWKS)

    @property
    def may_block(self) -> bool:
        """Whether :meth:`verify` may wait on the network (fetching the JWKS)."""
        return self._jwks is not None

    def verify(self, token: str) -> Caller:
        """Return the caller a token speaks for, or raise a 401 problem saying why."""
        now = time.time()
        with self._lock:
            hit = self._verified.get(token)
            if hit is not None:
                if now < hit.valid_until:
                    self._verified.move_to_end(token)
                    return hit.caller
                del self._verified[token]  # expired (checked again below) or simply old
        claims = self._decode(token)
        caller = _caller_from(claims)
        self._remember(token, caller, claims, now)
        return caller

    def _remember(self, token: str, caller: Caller, claims: dict[str, Any], now: float) -> None:
        expires = claims["exp"] + LEEWAY_SECONDS  # PyJWT accepts while now < exp + leeway
        with self._lock:
            self._verified[token] = _Verified(caller, min(expires, now + CACHE_SECONDS))
            if len(self._verified) > CACHE_SIZE:
                self._verified.popitem(last=False)

    def _decode(self, token: str) -> dict[str, Any]:
        try:
            if self._jwks is not None:
                key: Any = self._jwks.get_signing_key_from_jwt(token).key
                algorithms = ASYMMETRIC_ALGORITHMS
            else:
                key, algorithms = self._secret, ["HS256"]
            claims = jwt.decode(
                token,
                key,
                algorithms=algorithms,
                audience=self._audience,
                issuer=self._issuer,
                leeway=LEEWAY_SECONDS,
                options={"require": ["sub", "exp", "aud"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise Unauthorized("The token has expired.") from exc
        except jwt.InvalidAudienceError as exc:
            raise Unauthorized("The token is not meant for this service.") from exc
        except jwt.PyJWKClientError as exc:
            raise Unauthorized("The token's signing key could not be found.") from exc
        except jwt.InvalidTokenError as exc:
            raise Unauthorized("The token is invalid.") from exc
        return claims


def _caller_from(claims: dict[str, Any]) -> Caller:
    org = claims.get("org")
    if not isinstance(org, str) or not org:
        raise Unauthorized("The token names no organization (`org` claim).")
    scope = claims.get("scope", "")
    if not isinstance(scope, str):
        raise Unauthorized("The token's `scope` claim must be a space-separated string.")
    sub = str(claims["sub"])
    roles = role_claims(claims, sub)  # role, teams, clinician_id: shared/auth/roles.py
    return Caller(
        sub=sub, org=org, scopes=frozenset(scope.split()), role=roles.role,
        teams=roles.teams, clinician_id=roles.clinician_id,
    )  # fmt: skip


def issue_local_token(
    *,
    org: str,
    scope: str,
    sub: str = "local-user",
    secret: str = LOCAL_JWT_SECRET,
    audience: str = LOCAL_AUDIENCE,
    ttl_seconds: int = 12 * 3600,
    now: float | None = None,
    extra: dict[str, Any] | None = None,
) -> str:
    """An HS256 token for local use and tests (never for production); ``extra`` adds claims
    (``role``, ``teams``, ``clinician_id``: :mod:`shared.auth.roles`)."""
    issued = int(now if now is not None else time.time())
    claims: dict[str, Any] = {
        **(extra or {}),
        "sub": sub,
        "org": org,
        "scope": scope,
        "aud": audience,
        "iat": issued,
        "exp": issued + ttl_seconds,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, secret, algorithm="HS256")
