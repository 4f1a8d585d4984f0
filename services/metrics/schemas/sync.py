"""What ``GET /v1/sync/status`` and ``POST /v1/admin/rebuild`` answer: each feed's progress."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

_EXAMPLE_TIME = "2026-12-02T09:30:00Z"


class SourceStatus(BaseModel):
    """How far metrics has applied one source's feed."""

    source: str = Field(description="The producing service.", examples=["intake"])
    cursor: str | None = Field(
        description="The feed position applied so far (null: nothing yet).", examples=["WzAsNDJd"]
    )
    events_applied: int = Field(description="Events consumed from this feed.", examples=[4200])
    last_event_time: datetime | None = Field(
        description="Commit time of the last event applied.", examples=[_EXAMPLE_TIME]
    )
    caught_up: bool = Field(
        description="The last poll found nothing more to apply, it was made by the consumer "
        "holding the feed's lease now, no failure came since, and that consumer is alive "
        "(`holder_alive`). False while the feed waits behind a dead consumer, from at most "
        "`heartbeat_seconds` after its death."
    )
    caught_up_at: datetime | None = Field(
        description="When metrics last had everything the source had.", examples=[_EXAMPLE_TIME]
    )
    lag_seconds: float | None = Field(
        description="How stale metrics may be for this source: seconds since it was last caught "
        "up, or (never caught up since the last reset) since the last event applied.",
        examples=[1.5],
    )
    last_error: str | None = Field(
        description="The last failure reading the feed, cleared by the next good poll.",
        examples=["unavailable: cannot reach it (ConnectError)"],
    )
    failures: int = Field(description="Failed polls in a row.", examples=[0])
    last_failed_at: datetime | None = Field(description="When the last poll failed.")
    lease_holder: str | None = Field(
        description="The consumer applying this feed (host:pid:id), while its lease is current "
        "(a dead holder's lease is shown until another consumer takes it).",
        examples=["metrics-7d9f:12:3fa2b1c0"],
    )
    lease_expires_at: datetime | None = Field(
        description="When that lease runs out unrenewed.", examples=["2026-12-02T09:30:28Z"]
    )
    lease_taken_at: datetime | None = Field(
        description='Since when that holder has held the lease; a "caught up" from before '
        "then was its predecessor's and does not count.",
        examples=["2026-12-02T09:12:04Z"],
    )
    holder_alive: bool = Field(
        description="The lease holder's process beat within `heartbeat_seconds` (a holder "
        "without a heartbeat, such as a rebuild: its lease is current). False when no "
        "consumer holds the feed; another consumer takes a dead holder's feed at its next poll.",
        examples=[True],
    )
    holder_seen_at: datetime | None = Field(
        description="When the lease holder's heartbeat was last seen (null: it has none).",
        examples=["2026-12-02T09:29:59Z"],
    )


class SyncStatus(BaseModel):
    """Every source's progress."""

    sources: list[SourceStatus] = Field(description="One entry per feed, intake then measures.")


class SourceReplay(BaseModel):
    """What a rebuild replayed from one feed."""

    source: str = Field(description="The producing service.", examples=["measures"])
    events: int = Field(description="Events replayed.", examples=[1800])
    pages: int = Field(description="Pages read.", examples=[2])
    cursor: str | None = Field(description="The feed position reached.", examples=["WzAsMTgwMF0"])


class RebuildOut(BaseModel):
    """The outcome of a rebuild: the feeds replayed and the facts they gave."""

    sources: list[SourceReplay] = Field(description="One entry per feed.")
    facts: dict[str, int] = Field(
        description="Rows per fact table after the rebuild.",
        examples=[{"fact_encounters": 2000, "fact_assessments": 800}],
    )
    seconds: float = Field(description="How long the rebuild took.", examples=[3.2])
