"""The governance migration turns existing memberships into history and gives each member an
anonymous label."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import downgrade, upgrade

BEFORE = "df98d676e3c6"


def test_existing_memberships_become_history(tmp_path: Path) -> None:
    with throwaway_database("collab_gov_mig", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as c:
                c.execute(text("INSERT INTO collaboratives (collaborative_id, name, created_at, "
                               "owner_org) VALUES ('north', 'N', '2026-01-01 00:00:00+00:00', "
                               "'org-a')"))  # fmt: skip
                for org, status, role, decided in (
                    ("org-a", "approved", "owner", "2026-01-01"),
                    ("org-b", "approved", "member", "2026-01-05"),
                    ("org-c", "declined", "member", "2026-01-06"),
                    ("org-d", "applied", "member", None),
                ):
                    c.execute(
                        text(
                            "INSERT INTO collaborative_members (collaborative_id, org, "
                            "joined_at, status, role, decided_at) VALUES ('north', :o, "
                            "'2026-01-02 00:00:00+00:00', :s, :r, :d)"
                        ),
                        {"o": org, "s": status, "r": role,
                         "d": None if decided is None else f"{decided} 00:00:00+00:00"},
                    )  # fmt: skip
            upgrade(MIGRATIONS, url)
            with engine.connect() as c:
                events = c.execute(
                    text(
                        "SELECT org, event, role, by_org FROM collaborative_membership_events "
                        "ORDER BY event_id"
                    )
                ).all()
                labels = c.execute(
                    text("SELECT anonymous_label, peer_label FROM collaborative_members")
                ).all()
            assert sorted(tuple(e) for e in events) == sorted([
                ("org-a", "approved", "owner", "org-a"),
                ("org-b", "applied", "member", "org-b"),
                ("org-b", "approved", "member", "org-a"),
                ("org-c", "applied", "member", "org-c"),
                ("org-c", "declined", "member", "org-a"),
                ("org-d", "applied", "member", "org-d"),
            ])  # fmt: skip
            assert all(a.startswith("Peer ") and p is None for a, p in labels)
            assert len({a for a, _ in labels}) == 4
            downgrade(MIGRATIONS, url, BEFORE)
            with engine.connect() as c:
                kept = c.execute(text("SELECT count(*) FROM collaborative_members")).scalar()
            assert kept == 4
        finally:
            engine.dispose()
