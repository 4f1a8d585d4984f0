"""API models of the catalog as a list shows it and of an organisation's instrument settings
(the full instrument is its catalog schema, :class:`services.measures.instruments.Instrument`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from services.measures.instruments.overrides import InstrumentOverrides
from services.measures.schemas.common import (
    RequestModel,
)


class InstrumentSummary(BaseModel):
    """A catalog instrument as a list shows it."""

    id: str = Field(description="Instrument id.", examples=["phq9"])
    version: int = Field(description="Latest catalog version.", examples=[1])
    name: str = Field(description="Full name.", examples=["Patient Health Questionnaire-9"])
    short_name: str = Field(description="Usual abbreviation.", examples=["PHQ-9"])
    subject: str = Field(description="`patient` or `clinician`.", examples=["patient"])
    population: str = Field(description="Who it is validated for.", examples=["adults"])
    loinc_panel: str | None = Field(
        description="LOINC code of the panel, if any.", examples=["44249-1"]
    )
    commercial_use_restricted: bool = Field(
        description="Its licence restricts commercial use: an organisation must enable it."
    )
    enabled: bool = Field(description="Usable by the caller's organisation.")


class InstrumentSettingIn(RequestModel):
    """An organisation's choice for one instrument."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"enabled": True, "overrides": None}]}
    )

    enabled: bool = Field(description="Enable a restricted instrument after securing permission.")
    overrides: InstrumentOverrides | None = Field(
        default=None, description="The org's own cut-offs and thresholds; null for none."
    )


class InstrumentSettingOut(BaseModel):
    """An organisation's stored choice for one instrument."""

    instrument_id: str = Field(description="The instrument.", examples=["phq9"])
    enabled: bool = Field(description="Enabled for the organisation.")
    overrides: dict[str, Any] | None = Field(
        description="The org's overrides as stored; null for none."
    )
    updated_at: datetime = Field(description="When the setting last changed (UTC).")
