"""Signing in to the dashboard: the API's bearer token, carried by a cookie.

Browsers do not send bearer headers, so the token a user pastes (the one ``make run`` prints,
or one from the identity provider) is kept in a cookie that scripts cannot read (HttpOnly),
that other sites cannot make the browser send (SameSite=Strict) and that only travels over
HTTPS outside local and test deployments (Secure). The cookie holds the token itself, not a
session of ours: every page verifies it exactly as the API verifies a bearer token (the app's
:class:`~shared.auth.Authenticator`, then the ``metrics:read`` scope), so expiry, revocation of
the signing key and scopes behave the same in both.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from shared.auth import Authenticator, Caller
from shared.problems import Unauthorized
from shared.settings import ServiceSettings

COOKIE = "learning_loop_dashboard"
COOKIE_PATH = "/dashboard"
REQUIRED_SCOPE = "metrics:read"
HOME = "/dashboard"
LANDING = "/dashboard/overview"
"""Where signing in leads when no page was asked for: the overview of every metric."""
#: A JWT is well under this; a longer paste is not a token.
MAX_TOKEN_CHARS = 8192


class SignInRefusedError(Exception):
    """The token cannot sign in; ``status`` is the API's answer to it (401 or 403)."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


def bare(token: str) -> str:
    """The token as pasted, without surrounding space or a ``Bearer`` prefix."""
    token = token.strip()
    if token.lower().startswith("bearer "):
        token = token[7:].strip()
    return token


def verify(authenticator: Authenticator, token: str) -> Caller:
    """The caller the token speaks for, when it may read metrics."""
    token = bare(token)
    if not token:
        raise SignInRefusedError("Paste a token to sign in.", status=401)
    if len(token) > MAX_TOKEN_CHARS:
        raise SignInRefusedError("The token is invalid.", status=401)
    try:
        caller = authenticator.verify(token)
    except Unauthorized as error:
        raise SignInRefusedError(str(error), status=401) from error
    if not caller.has(REQUIRED_SCOPE):
        raise SignInRefusedError(
            f"The token lacks the scope {REQUIRED_SCOPE}: the dashboard only reads metrics.",
            status=403,
        )
    return caller


def cookie_options(settings: ServiceSettings) -> dict[str, object]:
    """Attributes of the token cookie (Secure except in local and test deployments)."""
    return {
        "key": COOKIE,
        "path": COOKIE_PATH,
        "httponly": True,
        "samesite": "strict",
        "secure": settings.environment not in ("local", "test"),
    }


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a dashboard path of this site, never another site."""
    if not target:
        return LANDING
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or "\\" in target:
        return HOME
    if parts.path != HOME and not parts.path.startswith(f"{HOME}/"):
        return HOME
    if parts.path.startswith(f"{HOME}/sign-"):
        return HOME
    return target
