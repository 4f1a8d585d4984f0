"""CI's breaking-change check: each service's snapshot in the working tree against the one
committed at the git base (harness/api_diff/revisions.py: the newest tag, else where the branch
left main, else the commit before). tests/contract/test_openapi_snapshots.py keeps the working
tree's snapshot equal to what the app serves, so this compares the app with the base.

A break fails unless the service's version marks a breaking release and CHANGELOG.md names it
(harness/api_diff/policy.py). Without git history (an exported tree, a shallow clone) it skips,
saying so.
"""

from __future__ import annotations

import pytest

from harness.api_diff.policy import judge
from harness.api_diff.revisions import base_revision, exists, snapshot_at, working_snapshot
from harness.clients import SERVICES
from harness.processes import ROOT

pytestmark = pytest.mark.no_database

HOW = (
    "\nIf the break is intended: raise info.version in services/<service>/app.py (the major, or "
    "the minor while the major is 0), run `make openapi` and `make clients`, and add a "
    "'## [<service> <version>]' section to CHANGELOG.md naming each broken path or schema. "
    "`python -m harness.api_diff` shows the same report."
)


@pytest.fixture(scope="module")
def base() -> str:
    chosen = base_revision()
    if chosen is None:
        pytest.skip("no git history to find a base revision in: breaking-change check skipped")
    revision, why = chosen
    assert exists(revision), f"the base revision {revision!r} ({why}) is not a commit here"
    return revision


@pytest.mark.parametrize("service", SERVICES)
def test_the_contract_keeps_its_promises_or_says_it_breaks_them(base: str, service: str) -> None:
    before = snapshot_at(base, service)
    if before is None:
        pytest.skip(f"{service} had no committed snapshot at {base}: nothing to break")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    verdict = judge(service, before, working_snapshot(service), changelog)
    assert verdict.passed, f"compared with {base}:\n{verdict.report()}{HOW}"
