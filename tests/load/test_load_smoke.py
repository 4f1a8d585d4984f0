"""The mixed load in small: the same locust traffic for about 10 s at a low rate, on SQLite.

The full load and soak (benchmarks/mixed_load.py, figures in benchmarks/README.md) take many
minutes and are run by hand; this bounded run keeps the traffic itself honest in CI: every
endpoint group the load script drives still answers as the script expects, with real
processes, metrics' consumers on, and idempotent retries replayed.
"""

from __future__ import annotations

import importlib.util

import pytest

from benchmarks.mixed_load import run, small_org
from harness.databases import on_postgres

pytestmark = [
    pytest.mark.skipif(
        importlib.util.find_spec("locust") is None,
        reason="locust is not installed (dev extra `locust>=2.30`); the load smoke needs it",
    ),
    pytest.mark.skipif(
        on_postgres(),
        reason="the load smoke runs once per CI run, in the SQLite suite; the full load "
        "covers PostgreSQL (benchmarks/README.md)",
    ),
]

#: Every kind of caller of the mix, by the groups only it sends.
CALLERS = {
    "EHR": ("intake PUT encounter", "intake POST encounters:batch", "intake PUT patient"),
    "patient app": ("intake POST feedback", "measures POST assessment"),
    "clinician portal": ("measures GET trajectory", "measures GET alerts"),
    "QI dashboard": ("metrics GET values", "metrics GET chart", "metrics GET equity"),
    "feed reader": ("intake GET feed", "measures GET feed"),
}


def test_mixed_traffic_runs_without_a_single_failure() -> None:
    # 10 users (3 EHR, 3 app, 2 clinician, 1 QI, 1 feed reader) at one task a second each;
    # retries 1 s after the answer (the README says why not at once).
    result = run(plan=small_org(), users=10, seconds=10, wait="rate:1", retry_pause=1.0)

    assert result.load is not None
    rows = {row.group: row for row in result.load.rows}
    failures = result.load.failures
    assert rows["total"].failures == 0, f"failures: {failures}; logs in {result.logs}"
    assert "locustfile error" not in rows, failures
    for caller, groups in CALLERS.items():
        assert any(rows.get(g) and rows[g].requests for g in groups), (caller, sorted(rows))
    assert rows["total"].requests >= 40, rows["total"]
    assert result.notes == [], f"{result.notes}; logs in {result.logs}"
