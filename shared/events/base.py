"""What every event payload is: frozen, and tolerant of fields it does not know."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict


class EventData(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    type: ClassVar[str]
