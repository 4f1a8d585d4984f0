"""The ``Allow`` header of a 405: every method the target resource supports (RFC 9110 §15.5.6).

Starlette answers 405 from the first route whose path matched and lists that route's methods
only; FastAPI makes one route per method, so ``GET`` and ``PUT /v1/patients/{id}`` are two routes
and a ``DELETE`` there was told ``Allow: GET``. The methods are read from the app's own OpenAPI
document instead, where each path lists all of its operations (a path left out of the document
keeps Starlette's header).
"""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_PARAMETER = re.compile(r"\{[^}/]+\}")


def _template(path: str) -> re.Pattern[str]:
    literals = _PARAMETER.split(path)
    return re.compile("[^/]+".join(re.escape(literal) for literal in literals))


def _paths(app: Any) -> list[tuple[re.Pattern[str], str]]:
    cached: list[tuple[re.Pattern[str], str]] | None = getattr(app.state, "allow_by_path", None)
    if cached is None:
        cached = [
            (_template(path), ", ".join(sorted(m.upper() for m in item if m in _METHODS)))
            for path, item in app.openapi().get("paths", {}).items()
        ]
        app.state.allow_by_path = cached
    return cached


def allowed_methods(request: Request) -> str | None:
    """The documented methods of the request's path, or None when the path is not documented."""
    app = request.scope.get("app")
    if app is None or not hasattr(app, "openapi"):
        return None
    path = request.scope.get("path", "")
    for pattern, methods in _paths(app):
        if pattern.fullmatch(path):
            return methods or None
    return None
