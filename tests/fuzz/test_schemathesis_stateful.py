"""Schemathesis' stateful phase: sequences of calls linked by what one answer gives the next.

Schemathesis infers the links from each document (a PUT's path id read back by its GET, a list's
ids and ``next_cursor`` into the item and page reads, an assessment's alert into the alert's
actions); each scenario is a chain of such calls, and every answer passes every check (the same
set as ``test_schemathesis.py``: the stateful ones, ``use_after_free`` and
``ensure_resource_availability``, only have something to look at here). Bounded for CI by
``FUZZ_EXAMPLES`` (scenarios = a third of it, at most 6 steps each).

A cursor goes out only if this API issued it in the scenario (a random one is refused, as the
document says; ``test_schemathesis.py`` explains), and a schema-valid POST gets a fresh
``Idempotency-Key``.
"""

from __future__ import annotations

import json
import uuid

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from starlette.testclient import TestClient

from tests.fuzz.test_schemathesis import (
    CHECKS,
    CURSOR_PARAMETERS,
    EXAMPLES,
    FUZZ_ORG,
    _already_started,
)
from tests.support.tokens import bearer

SCENARIOS = max(EXAMPLES // 3, 3)
STEPS = 6


def _issued_cursors(response) -> set[str]:
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return set()
    cursor = body.get("next_cursor") if isinstance(body, dict) else None
    return {cursor} if isinstance(cursor, str) else set()


@pytest.mark.parametrize("service", ["intake", "measures", "metrics"])
def test_linked_calls_keep_the_contract(service: str, request: pytest.FixtureRequest) -> None:
    client: TestClient = request.getfixturevalue(f"{service}_client")
    schema = schemathesis.openapi.from_asgi("/openapi.json", _already_started(client.app))
    machine = schema.as_state_machine()  # infers the links first
    assert schema.statistic.transitions.selected > 0, "no links inferred: nothing stateful to run"
    headers = bearer(FUZZ_ORG)
    issued: set[str] = set()

    class Scenario(machine):  # type: ignore[misc,valid-type]
        def before_call(self, case) -> None:
            if case.headers and "Idempotency-Key" in case.headers:
                case.headers["Idempotency-Key"] = uuid.uuid4().hex
            for name in CURSOR_PARAMETERS:
                value = case.query.get(name) if case.query else None
                if value is not None and not (isinstance(value, str) and value in issued):
                    case.query.pop(name, None)

        def get_call_kwargs(self, case) -> dict[str, object]:
            return {"headers": headers}

        def after_call(self, response, case) -> None:
            issued.update(_issued_cursors(response))

        def validate_response(self, response, case, additional_checks=None, **kwargs) -> None:
            case.validate_response(
                response,
                checks=CHECKS,
                headers=headers,
                transport_kwargs=kwargs or None,
                recorder=self.recorder,  # what the stateful checks look back at
            )

    Scenario.run(
        settings=settings(
            max_examples=SCENARIOS,
            stateful_step_count=STEPS,
            deadline=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
    )
