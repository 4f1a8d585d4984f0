"""The association view's answer: the team pairs and their correlations."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field
from pydantic.config import JsonDict

_EXAMPLE: JsonDict = {
    "x": "miniz-burnout-prevalence", "y": "staff-turnover-rate", "period": "quarter",
    "pairs": [{"team_id": "team-a", "period": "2026-04-01", "x": 0.35, "y": 0.24}],
    "n": 6, "teams": 6, "pearson": 0.62, "pearson_lower": -0.29, "pearson_upper": 0.95,
    "spearman": 0.54, "caveats": ["Association, not causation: ..."],
}  # fmt: skip


class PairOut(BaseModel):
    team_id: str = Field(description="The team.", examples=["team-a"])
    period: date = Field(description="First day of the period.", examples=["2026-04-01"])
    x: float = Field(description="The team's published value of x.", examples=[0.35])
    y: float = Field(description="The team's published value of y.", examples=[0.24])


class AssociationOut(BaseModel):
    """Both metrics per team and period where both are published, and how they go together."""

    model_config = {"json_schema_extra": {"examples": [_EXAMPLE]}}

    x: str = Field(description="The first metric.", examples=["miniz-burnout-prevalence"])
    y: str = Field(description="The second metric.", examples=["staff-turnover-rate"])
    period: str = Field(description="Period length of the values.", examples=["quarter"])
    pairs: list[PairOut] = Field(description="Each team-period with both values published.")
    n: int = Field(description="Number of pairs.", examples=[6])
    teams: int = Field(description="Number of distinct teams among the pairs.", examples=[6])
    pearson: float | None = Field(
        description="Pearson's r (null when a metric does not vary).", examples=[0.62]
    )
    pearson_lower: float | None = Field(description="Lower 95% bound (Fisher z).", examples=[-0.29])
    pearson_upper: float | None = Field(description="Upper 95% bound (Fisher z).", examples=[0.95])
    spearman: float | None = Field(description="Spearman's rank correlation.", examples=[0.54])
    caveats: list[str] = Field(description="How to read it, in plain words.")
