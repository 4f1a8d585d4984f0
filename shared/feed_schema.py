"""The feed as its OpenAPI document describes it: each event's ``data`` typed by its ``type``.

The served page keeps ``data`` as stored (:class:`shared.feed.FeedEvent`): events are written
once and read for years, and validating old ones against today's models on the way out could
turn a page into a 500 over a field added since. What an integrator reads in the document is
the contract of :mod:`shared.events`, one event model per type, joined in a union whose
discriminator is ``type``, so a generated client gets a typed payload for each event. Tests
read real pages through :func:`typed_feed_page` to hold the two together.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, Field, create_model

from shared.events import EVENT_TYPES
from shared.feed import FeedEvent, FeedPage


def _event_model(event_type: str) -> type[BaseModel]:
    payload = EVENT_TYPES[event_type]
    return create_model(
        f"{payload.__name__}Event",
        __base__=FeedEvent,
        __doc__=f"A `{event_type}` event: {(payload.__doc__ or '').strip() or 'see its data.'}",
        type=(Literal[event_type], Field(description="What happened.")),  # type: ignore[arg-type]
        data=(payload, Field(description="The event payload; never free text.")),
    )


@cache
def typed_feed_page(event_types: tuple[str, ...]) -> type[BaseModel]:
    """A feed page whose items are a union of the given event types, discriminated by type."""
    models = tuple(_event_model(t) for t in event_types)
    item: Any = (
        models[0] if len(models) == 1 else Annotated[Union[models], Field(discriminator="type")]  # noqa: UP007
    )
    return create_model(
        "FeedPage",
        __base__=FeedPage,
        __doc__="One page of the feed, in feed order.",
        items=(list[item], Field(description="Events in feed order.")),
    )


def documented_feed_page(event_types: Sequence[str]) -> type[BaseModel]:
    """The page model for ``responses=``, for a service publishing ``event_types``."""
    unknown = set(event_types) - EVENT_TYPES.keys()
    if unknown:
        raise ValueError(f"event types without a model in shared.events: {sorted(unknown)}")
    return typed_feed_page(tuple(event_types))
