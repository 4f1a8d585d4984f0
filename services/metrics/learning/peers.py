"""How members of a collaborative appear to each other: anonymous unless they chose a name.

By default a member appears to its peers under a random label (``Peer 3f9a1c``, made anew at
each joining, so not derivable from its org id). A member may choose to be named to its peers
with a label it writes (its name, or any label it is happy to be known by); it can take that
back at any time, and leaving or removal takes it back too. Each organization sees its own
id; the owner and facilitators, who keep the roster, see org ids where ``by_id`` asks for
them (participation, so that they can follow a member up), never beside a benchmark.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from services.metrics.learning.collaboratives import FACILITATOR, OWNER, approved_row
from services.metrics.models import CollaborativeMember

FORMER = "Former member"


@dataclass(frozen=True)
class PeerLabel:
    label: str
    named: bool
    org: str | None
    """The org id: the caller's own, and every one for the owner and facilitators when asked."""


def set_naming(
    session: Session, *, collaborative_id: str, org: str, label: str | None
) -> CollaborativeMember:
    """Be named to peers as ``label``, or anonymous again (None). Idempotent."""
    row = approved_row(session, collaborative_id, org)
    if row.peer_label != label:
        row.peer_label = label
        session.add(row)
        session.flush()
    return row


def labels_for(
    session: Session, collaborative_id: str, viewer: str, *, by_id: bool = False
) -> dict[str, PeerLabel]:
    """How each organization that ever had a row in the collaborative appears to ``viewer``
    (an approved member). Organizations without a row (withdrawn) read as :data:`FORMER`."""
    me = approved_row(session, collaborative_id, viewer)
    decider = by_id and me.role in (OWNER, FACILITATOR)
    rows = session.exec(
        select(CollaborativeMember).where(
            col(CollaborativeMember.collaborative_id) == collaborative_id
        )
    ).all()
    out = {}
    for r in rows:
        named = r.peer_label is not None
        label = r.peer_label if r.peer_label is not None else (r.anonymous_label or FORMER)
        out[r.org] = PeerLabel(label, named, r.org if decider or r.org == viewer else None)
    return out


def label_of(labels: dict[str, PeerLabel], org: str) -> PeerLabel:
    return labels.get(org, PeerLabel(FORMER, False, None))
