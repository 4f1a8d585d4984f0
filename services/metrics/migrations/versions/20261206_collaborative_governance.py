"""collaborative governance: membership history, people, learning sessions, naming to peers

Revision ID: 5c1d7e3a9b24
Revises: df98d676e3c6
Create Date: 2026-12-06 14:00:00.000000

Existing memberships become history: an owner's row one ``approved`` step (by itself) at its
joining; any other row an ``applied`` step at its joining, then its decision (``approved`` or
``declined``, by the collaborative's owner, or by itself when there is none) when it has one.
Every existing member gets a random anonymous label and stays anonymous to its peers.
Downgrading drops the new tables and columns; members that left (kept as ``left``) are
deleted, as leaving did before.
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "5c1d7e3a9b24"
down_revision: str | None = "df98d676e3c6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def _tables() -> None:
    op.create_table(
        "collaborative_membership_events",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("collaborative_id", _id(64), nullable=False),
        sa.Column("org", _id(128), nullable=False),
        sa.Column("event", _id(16), nullable=False),
        sa.Column("role", _id(16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by_org", _id(128), nullable=False),
        sa.Column("reason_code", _id(32), nullable=True),
        sa.Column("reason_text", _id(500), nullable=True),
        sa.PrimaryKeyConstraint("event_id"),
    )
    op.create_index(
        "ix_collaborative_membership_events_collab_at",
        "collaborative_membership_events",
        ["collaborative_id", "at"],
    )
    op.create_table(
        "collaborative_people",
        sa.Column("collaborative_id", _id(64), nullable=False),
        sa.Column("org", _id(128), nullable=False),
        sa.Column("person_id", _id(64), nullable=False),
        sa.Column("label", _id(80), nullable=False),
        sa.Column("role", _id(20), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("collaborative_id", "org", "person_id"),
    )
    op.create_table(
        "collaborative_sessions",
        sa.Column("collaborative_id", _id(64), nullable=False),
        sa.Column("session_id", _id(64), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topic", _id(200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("collaborative_id", "session_id"),
    )
    op.create_table(
        "collaborative_session_attendance",
        sa.Column("collaborative_id", _id(64), nullable=False),
        sa.Column("session_id", _id(64), nullable=False),
        sa.Column("org", _id(128), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("collaborative_id", "session_id", "org"),
    )
    with op.batch_alter_table("collaborative_members") as batch:
        batch.add_column(sa.Column("peer_label", _id(80), nullable=True))
        batch.add_column(sa.Column("anonymous_label", _id(16), nullable=False, server_default=""))


def _history() -> None:
    bind = op.get_bind()
    owners = {
        cid: owner
        for cid, owner in bind.execute(
            sa.text("SELECT collaborative_id, owner_org FROM collaboratives")
        )
    }
    rows = bind.execute(
        sa.text(
            "SELECT collaborative_id, org, joined_at, status, role, decided_at "
            "FROM collaborative_members ORDER BY collaborative_id, joined_at, org"
        )
    ).all()
    insert = sa.text(
        "INSERT INTO collaborative_membership_events "
        "(collaborative_id, org, event, role, at, by_org) VALUES (:c, :o, :e, :r, :at, :by)"
    )
    for cid, org, joined_at, status, role, decided_at in rows:
        bind.execute(
            sa.text(
                "UPDATE collaborative_members SET anonymous_label = :label "
                "WHERE collaborative_id = :c AND org = :o"
            ),
            {"label": "Peer " + secrets.token_hex(3), "c": cid, "o": org},
        )
        if role == "owner":
            bind.execute(insert, {"c": cid, "o": org, "e": "approved", "r": role,
                                  "at": joined_at, "by": org})  # fmt: skip
            continue
        bind.execute(insert, {"c": cid, "o": org, "e": "applied", "r": "member",
                              "at": joined_at, "by": org})  # fmt: skip
        if status in ("approved", "declined"):
            bind.execute(insert, {"c": cid, "o": org, "e": status, "r": role,
                                  "at": decided_at or joined_at,
                                  "by": owners.get(cid) or org})  # fmt: skip


def upgrade() -> None:
    _tables()
    _history()


def downgrade() -> None:
    op.execute("DELETE FROM collaborative_members WHERE status = 'left'")
    with op.batch_alter_table("collaborative_members") as batch:
        batch.drop_column("anonymous_label")
        batch.drop_column("peer_label")
    op.drop_table("collaborative_session_attendance")
    op.drop_table("collaborative_sessions")
    op.drop_table("collaborative_people")
    op.drop_index("ix_collaborative_membership_events_collab_at", "collaborative_membership_events")
    op.drop_table("collaborative_membership_events")
