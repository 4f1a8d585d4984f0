"""FastAPI dependencies: authenticate the bearer token and require scopes.

An Authorization header longer than :data:`MAX_AUTHORIZATION_LENGTH` is refused with 401 before
anything looks at the token: identity providers' tokens are a few KiB at most, and every
verified token is kept in memory for a while (see :mod:`shared.auth.tokens`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from shared.auth.caller import Caller
from shared.auth.tokens import MAX_AUTHORIZATION_LENGTH
from shared.problems import Forbidden, Unauthorized

bearer_scheme = HTTPBearer(
    auto_error=False,
    bearerFormat="JWT",
    description="OAuth2 bearer JWT with claims `sub`, `org` (tenant id: letters, digits and "
    ". _ : -, at most 128), `scope`, `iat` and `exp` (at most 24 h apart by default). The "
    f"Authorization header may be at most {MAX_AUTHORIZATION_LENGTH} bytes.",
)


Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)]


async def authenticated_caller(request: Request, credentials: Credentials) -> Caller:
    """The verified caller. Async so that FastAPI does not hand it to a worker thread: checking
    an HS256 signature takes microseconds, less than the hand-off. Only a JWKS lookup, which
    may fetch keys over the network, still runs in a thread."""
    return await _verified_caller(request, credentials)


async def _verified_caller(
    request: Request, credentials: HTTPAuthorizationCredentials | None
) -> Caller:
    header = request.headers.get("authorization")
    if header is not None and len(header) > MAX_AUTHORIZATION_LENGTH:
        raise Unauthorized(
            f"The Authorization header is longer than {MAX_AUTHORIZATION_LENGTH} bytes."
        )
    if credentials is None:
        raise Unauthorized("A bearer token is required.")
    authenticator = request.app.state.authenticator
    caller: Caller
    if authenticator.may_block:
        caller = await run_in_threadpool(authenticator.verify, credentials.credentials)
    else:
        caller = authenticator.verify(credentials.credentials)
    request.state.caller = caller
    return caller


CallerDep = Annotated[Caller, Depends(authenticated_caller)]


def require_scopes(*scopes: str) -> Callable[..., Awaitable[Caller]]:
    """A dependency that yields the caller when it holds every named scope, else 403."""

    # Async for the same reason as ``authenticated_caller``. It verifies the token itself
    # rather than depending on ``authenticated_caller``: every level of dependencies costs
    # FastAPI a round of solving per request, a few per cent of a small write's CPU.
    async def dependency(request: Request, credentials: Credentials) -> Caller:
        caller = await _verified_caller(request, credentials)
        missing = [scope for scope in scopes if not caller.has(scope)]
        if missing:
            raise Forbidden(f"The token lacks the scope(s): {' '.join(missing)}.")
        return caller

    dependency.__name__ = "require_" + "_".join(s.replace(":", "_") for s in scopes)
    return dependency
