"""Verifying and issuing JWTs.

Locally every service shares one HS256 secret so that a token from the CLI works everywhere.
In production the identity provider's JWKS URL is configured and only asymmetric algorithms
are accepted, so a leaked service config cannot mint tokens.

Beyond the signature, audience and issuer, a token must be short-lived and well-formed:

* ``exp`` and ``iat`` are required JSON numbers (not strings), and ``exp - iat`` may not exceed
  ``jwt_max_lifetime_seconds`` (24 h by default), so a leaked token cannot serve for long. A
  token without ``iat`` cannot show its lifetime and is refused; identity providers set it.
* ``org`` follows the id pattern every service uses for ids (``ORG_PATTERN``): it keys every
  query and row, so spaces, control characters or 10,000 characters never reach them.
* ``sub`` is 1 to 256 characters without control characters (it is stored as who acted).

A client sends the same token with every request until it expires, and checking its signature
and claims was a few per cent of a single PUT's CPU. Verified tokens are therefore remembered by
their exact string for a short time (:data:`CACHE_SECONDS`), in a cache bounded by the bytes
it holds (``token_cache_bytes``, least recently used first out), not by a count: a count lets
large tokens take any amount of memory. A remembered token is still refused the moment it
expires, and one that is not yet valid is never remembered. A key removed from the JWKS stops
being accepted within ``CACHE_SECONDS``.
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import jwt

from shared.auth.caller import Caller
from shared.auth.roles import role_claims
from shared.auth.smart import with_smart_equivalents
from shared.problems import Unauthorized
from shared.settings import LOCAL_AUDIENCE, LOCAL_JWT_SECRET, ServiceSettings

ASYMMETRIC_ALGORITHMS = ["RS256", "ES256"]
LEEWAY_SECONDS = 30
CACHE_SECONDS = 60.0
#: The longest Authorization header (and so token) accepted: identity providers' tokens are a
#: few KiB, and every path that verifies one (the bearer dependency, idempotency, the
#: dashboard's sign-in) goes through :meth:`Authenticator.verify`.
MAX_AUTHORIZATION_LENGTH = 8192
#: What one remembered token costs besides its own characters (its entry, caller and scopes).
CACHE_ENTRY_OVERHEAD = 512
#: The services' id pattern (``ID_PATTERN``), at most 128 characters like every org column.
ORG_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_SUB_MAX = 256
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
        self._max_lifetime = settings.jwt_max_lifetime_seconds
        self._cache_budget = settings.token_cache_bytes
        self._cached_bytes = 0
        self._verified: OrderedDict[str, _Verified] = OrderedDict()
        self._lock = threading.Lock()  # verify also runs in worker threads (JWKS)

    @property
    def may_block(self) -> bool:
        """Whether :meth:`verify` may wait on the network (fetching the JWKS)."""
        return self._jwks is not None

    def verify(self, token: str) -> Caller:
        """Return the caller a token speaks for, or raise a 401 problem saying why."""
        if len(token) > MAX_AUTHORIZATION_LENGTH:
            raise Unauthorized(f"The token is longer than {MAX_AUTHORIZATION_LENGTH} bytes.")
        now = time.time()
        with self._lock:
            hit = self._verified.get(token)
            if hit is not None:
                if now < hit.valid_until:
                    self._verified.move_to_end(token)
                    return hit.caller
                self._forget(token)  # expired (checked again below) or simply old
        claims = self._decode(token)
        expires = self._check_lifetime(claims)
        caller = _caller_from(claims)
        self._remember(token, caller, expires, now)
        return caller

    def _check_lifetime(self, claims: dict[str, Any]) -> float:
        """The token's ``exp``, once ``exp`` and ``iat`` are numbers at most the allowed
        lifetime apart (PyJWT also takes a numeric string such as ``"1e10"`` for them)."""
        exp, iat = claims["exp"], claims["iat"]
        for name, value in (("exp", exp), ("iat", iat)):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise Unauthorized(f"The token's `{name}` claim must be a number (NumericDate).")
        if exp - iat > self._max_lifetime:
            raise Unauthorized(
                f"The token lives longer than the {self._max_lifetime} seconds this service "
                "accepts (`exp` - `iat`); ask for a shorter-lived token."
            )
        return float(exp)

    def _remember(self, token: str, caller: Caller, exp: float, now: float) -> None:
        expires = exp + LEEWAY_SECONDS  # PyJWT accepts while now < exp + leeway
        size = _entry_bytes(token)
        if size > self._cache_budget:
            return
        with self._lock:
            self._forget(token)
            self._verified[token] = _Verified(caller, min(expires, now + CACHE_SECONDS))
            self._cached_bytes += size
            while self._cached_bytes > self._cache_budget:
                oldest, _ = self._verified.popitem(last=False)
                self._cached_bytes -= _entry_bytes(oldest)

    def _forget(self, token: str) -> None:
        """Drop a remembered token (the caller holds the lock)."""
        if self._verified.pop(token, None) is not None:
            self._cached_bytes -= _entry_bytes(token)

    @property
    def cached_bytes(self) -> int:
        """What the remembered tokens count for against ``token_cache_bytes``."""
        return self._cached_bytes

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
                options={"require": ["sub", "exp", "iat", "aud"]},
            )
        except jwt.MissingRequiredClaimError as exc:
            raise Unauthorized(f"The token lacks the `{exc.claim}` claim.") from exc
        except jwt.ExpiredSignatureError as exc:
            raise Unauthorized("The token has expired.") from exc
        except jwt.InvalidAudienceError as exc:
            raise Unauthorized("The token is not meant for this service.") from exc
        except jwt.PyJWKClientError as exc:
            raise Unauthorized("The token's signing key could not be found.") from exc
        except jwt.InvalidTokenError as exc:
            raise Unauthorized("The token is invalid.") from exc
        return claims


def _entry_bytes(token: str) -> int:
    return len(token) + CACHE_ENTRY_OVERHEAD


def _caller_from(claims: dict[str, Any]) -> Caller:
    org = claims.get("org")
    if not isinstance(org, str) or not org:
        raise Unauthorized("The token names no organization (`org` claim).")
    if ORG_PATTERN.fullmatch(org) is None:
        raise Unauthorized(
            "The token's `org` claim is not a valid id: 1 to 128 letters, digits and . _ : -, "
            "starting with a letter or digit."
        )
    sub = str(claims["sub"])
    if not 0 < len(sub) <= _SUB_MAX or _CONTROL.search(sub):
        raise Unauthorized("The token's `sub` claim must be 1 to 256 printable characters.")
    scope = claims.get("scope", "")
    if not isinstance(scope, str):
        raise Unauthorized("The token's `scope` claim must be a space-separated string.")
    roles = role_claims(claims, sub)  # role, teams, clinician_id: shared/auth/roles.py
    return Caller(
        sub=sub, org=org, scopes=with_smart_equivalents(scope.split()), role=roles.role,
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
