"""The approval migration keeps existing members in and gives each collaborative an owner."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import downgrade, upgrade

BEFORE = "8f3a2c6d1e07"


def test_existing_members_become_approved_and_the_earliest_owns(tmp_path: Path) -> None:
    with throwaway_database("collab_mig", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as c:
                for cid in ("north", "empty"):
                    c.execute(
                        text(
                            "INSERT INTO collaboratives (collaborative_id, name, created_at) "
                            "VALUES (:c, 'N', '2026-01-01 00:00:00+00:00')"
                        ),
                        {"c": cid},
                    )
                for org, day in (("org-b", "2026-01-03"), ("org-a", "2026-01-02")):
                    c.execute(
                        text(
                            "INSERT INTO collaborative_members (collaborative_id, org, joined_at)"
                            " VALUES ('north', :o, :d)"
                        ),
                        {"o": org, "d": f"{day} 00:00:00+00:00"},
                    )
            upgrade(MIGRATIONS, url)
            with engine.connect() as c:
                owners = dict(
                    c.execute(text("SELECT collaborative_id, owner_org FROM collaboratives")).all()
                )
                members = c.execute(
                    text("SELECT org, status, role FROM collaborative_members ORDER BY org")
                ).all()
            assert owners == {"north": "org-a", "empty": None}
            assert [tuple(m) for m in members] == [
                ("org-a", "approved", "owner"),
                ("org-b", "approved", "member"),
            ]
            downgrade(MIGRATIONS, url, BEFORE)
            with engine.connect() as c:
                kept = c.execute(text("SELECT count(*) FROM collaborative_members")).scalar()
            assert kept == 2
        finally:
            engine.dispose()
