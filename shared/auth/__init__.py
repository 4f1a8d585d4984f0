"""Bearer-token authentication and tenant scoping shared by every service.

``Authenticator`` verifies a JWT (HS256 locally, RS256/ES256 from a JWKS URL in production)
and yields a :class:`Caller`; ``require_scopes`` turns that into a FastAPI dependency.
``python -m shared.auth token`` issues local tokens.
"""

from shared.auth.caller import Caller
from shared.auth.dependencies import CallerDep, require_scopes
from shared.auth.tokens import Authenticator, issue_local_token

__all__ = ["Authenticator", "Caller", "CallerDep", "issue_local_token", "require_scopes"]
