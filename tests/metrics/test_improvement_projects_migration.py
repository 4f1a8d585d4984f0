"""The projects migration turns each intervention into a project with one cycle, and back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import downgrade, upgrade

BEFORE = "5b7c3e9a1f24"


def test_each_intervention_becomes_a_private_active_project_with_one_cycle(
    tmp_path: Path,
) -> None:
    with throwaway_database("projects_mig", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as c:
                for org, iid, desc in (("org-a", "i-1", "Calls"), ("org-b", "i-1", None)):
                    c.execute(
                        text(
                            "INSERT INTO interventions (org, intervention_id, metric_id, level, "
                            "unit_id, period, started_on, title, description, created_at, "
                            "created_by) VALUES (:o, :i, 'kept-rate', 'team', 'team-a', "
                            "'month', '2025-01-06', 'PDSA 1', :d, "
                            "'2025-01-02 00:00:00+00:00', 'lead')"
                        ),
                        {"o": org, "i": iid, "d": desc},
                    )
            upgrade(MIGRATIONS, url)
            with engine.connect() as c:
                projects = c.execute(
                    text(
                        "SELECT org, project_id, title, metric_id, level, unit_id, period, "
                        "status, shared_with, baseline FROM improvement_projects ORDER BY org"
                    )
                ).all()
                cycles = c.execute(
                    text(
                        "SELECT org, cycle_id, project_id, title, change, started_on, act "
                        "FROM improvement_cycles ORDER BY org"
                    )
                ).all()
            assert [tuple(p) for p in projects] == [
                (o, "i-1", "PDSA 1", "kept-rate", "team", "team-a", "month", "active", None, None)
                for o in ("org-a", "org-b")
            ]
            assert [(c[0], c[1], c[2], c[3], c[4], str(c[5]), c[6]) for c in cycles] == [
                ("org-a", "i-1", "i-1", "PDSA 1", "Calls", "2025-01-06", None),
                ("org-b", "i-1", "i-1", "PDSA 1", None, "2025-01-06", None),
            ]
            downgrade(MIGRATIONS, url, BEFORE)
            with engine.connect() as c:
                back = c.execute(
                    text("SELECT org, intervention_id, description FROM interventions ORDER BY org")
                ).all()
            assert [tuple(b) for b in back] == [("org-a", "i-1", "Calls"), ("org-b", "i-1", None)]
        finally:
            engine.dispose()
