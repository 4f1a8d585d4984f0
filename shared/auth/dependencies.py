"""FastAPI dependencies: authenticate the bearer token and require scopes.

The OpenAPI documents declare one scheme, OAuth2 client credentials, with every scope and each
operation's required ones (FastAPI's ``Security`` scopes), so an integrator reads there which
token a call needs; a token without them gets a 403 naming the missing ones
(``missing_scopes``).

An Authorization header longer than :data:`MAX_AUTHORIZATION_LENGTH` is refused with 401 before
anything looks at the token: identity providers' tokens are a few KiB at most, and every
verified token is kept in memory for a while (see :mod:`shared.auth.tokens`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.openapi.models import OAuthFlowClientCredentials, OAuthFlows
from fastapi.security import OAuth2
from starlette.concurrency import run_in_threadpool

from shared.auth.caller import Caller
from shared.auth.roles import SCOPES
from shared.auth.tokens import MAX_AUTHORIZATION_LENGTH
from shared.problems import Forbidden, Unauthorized

#: Where the documents say client-credentials tokens come from until a deployment's identity
#: provider is named (``shared.openapi.build_openapi`` puts the configured endpoint in).
EXAMPLE_TOKEN_URL = "https://login.example.org/oauth2/token"  # noqa: S105 - a URL, no secret

oauth2_scheme = OAuth2(
    flows=OAuthFlows(
        clientCredentials=OAuthFlowClientCredentials(tokenUrl=EXAMPLE_TOKEN_URL, scopes=SCOPES)
    ),
    scheme_name="OAuth2",
    auto_error=False,
    description="A bearer JWT from the identity provider's client-credentials flow, with claims "
    "`sub`, `org` (tenant id: letters, digits and . _ : -, at most 128), `scope`, `iat` and "
    "`exp` (at most 24 h apart by default); each operation lists the scopes it needs. The "
    f"Authorization header may be at most {MAX_AUTHORIZATION_LENGTH} bytes. SMART Backend "
    "Services scopes are understood beside ours: `system/Observation.rs` (or v1 "
    "`system/Observation.read`) as `measures:read`, `system/*.cruds` as every service's read "
    "and write; Patient and Encounter are intake's, Questionnaire and QuestionnaireResponse "
    "intake's and measures', MeasureReport metrics'. They never grant the feed, administration, "
    "safety reviews or the operator's scope.",
)


Credentials = Annotated[str | None, Security(oauth2_scheme)]


async def authenticated_caller(request: Request, credentials: Credentials) -> Caller:
    """The verified caller. Async so that FastAPI does not hand it to a worker thread: checking
    an HS256 signature takes microseconds, less than the hand-off. Only a JWKS lookup, which
    may fetch keys over the network, still runs in a thread."""
    return await _verified_caller(request, credentials)


async def _verified_caller(request: Request, header: str | None) -> Caller:
    if header is not None and len(header) > MAX_AUTHORIZATION_LENGTH:
        raise Unauthorized(
            f"The Authorization header is longer than {MAX_AUTHORIZATION_LENGTH} bytes."
        )
    scheme, _, token = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("A bearer token is required.")
    authenticator = request.app.state.authenticator
    caller: Caller
    if authenticator.may_block:
        caller = await run_in_threadpool(authenticator.verify, token.strip())
    else:
        caller = authenticator.verify(token.strip())
    request.state.caller = caller
    return caller


CallerDep = Annotated[Caller, Depends(authenticated_caller)]


def require_scopes(*scopes: str) -> Callable[..., Awaitable[Caller]]:
    """A dependency that yields the caller when it holds every named scope, else 403."""

    # Async for the same reason as ``authenticated_caller``. It verifies the token itself
    # rather than depending on ``authenticated_caller``: every level of dependencies costs
    # FastAPI a round of solving per request, a few per cent of a small write's CPU.
    # The scopes go in a default rather than in the annotation: with postponed annotations the
    # annotation is a string, and ``scopes`` would not be found when FastAPI resolves it.
    async def dependency(
        request: Request, credentials: str | None = Security(oauth2_scheme, scopes=list(scopes))
    ) -> Caller:
        caller = await _verified_caller(request, credentials)
        missing = [scope for scope in scopes if not caller.has(scope)]
        if missing:
            raise Forbidden(
                f"The token lacks the scope(s): {' '.join(missing)}.", missing_scopes=missing
            )
        return caller

    dependency.__name__ = "require_" + "_".join(s.replace(":", "_") for s in scopes)
    return dependency
