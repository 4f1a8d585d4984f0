"""Every method a path does not document is a 405 that names all the methods it does.

Schemathesis' ``unsupported_method`` check only looks at the requests of its CLI's coverage phase,
which this suite's hand-walked run has not: this is that check, for every path of every service's
document. RFC 9110 §15.5.6: a 405 carries ``Allow``, listing the target resource's methods.
"""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from tests.support.tokens import bearer

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


@pytest.mark.parametrize("service", ["intake", "measures", "metrics"])
def test_an_undocumented_method_is_405_with_every_documented_one_allowed(
    service: str, request: pytest.FixtureRequest
) -> None:
    client: TestClient = request.getfixturevalue(f"{service}_client")
    paths = client.get("/openapi.json").json()["paths"]
    wrong = []
    for path, item in paths.items():
        documented = {method.upper() for method in item if method.upper() in METHODS}
        url = re.sub(r"\{[^}]+\}", "x-1", path)
        for method in sorted(set(METHODS) - documented):
            answer = client.request(method, url, headers=bearer("org-fuzz"))
            allowed = {m.strip() for m in answer.headers.get("allow", "").split(",") if m.strip()}
            media = answer.headers.get("content-type", "")
            error_media = "application/fhir+json" if path.startswith("/fhir/") else None
            if (
                answer.status_code != 405
                or allowed != documented
                or not media.startswith(("application/problem+json", error_media or "-"))
            ):
                wrong.append(f"{method} {path}: {answer.status_code}, Allow {allowed}, {media}")
    assert not wrong, "\n".join(wrong)
