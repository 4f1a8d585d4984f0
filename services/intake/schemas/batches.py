"""API schemas for batch answers: one result per item, so a refused item never hides the others.

Every ``:batch`` route (patients, referrals, encounters, offline feedback) answers with a
:class:`BatchResult`; a refused item carries the problem its single request would have answered.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["BatchResult", "ItemResult"]


class ItemResult(BaseModel):
    """What happened to one item of a batch."""

    index: int = Field(description="Position of the item in the batch (0-based).", examples=[0])
    id: str | None = Field(
        default=None, description="The item's id, when it had a valid one.", examples=["enc-0192"]
    )
    status: int = Field(
        description="201 created, 200 replaced or unchanged, 409 impossible "
        "status change, 422 invalid item.",
        examples=[201],
    )
    problem: dict[str, Any] | None = Field(
        default=None, description="Problem details for a refused item.", examples=[None]
    )


class BatchResult(BaseModel):
    """Per-item results, in the order of the request."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "results": [
                        {"index": 0, "id": "enc-0192", "status": 201, "problem": None},
                        {
                            "index": 1,
                            "id": "enc-0193",
                            "status": 409,
                            "problem": {
                                "type": "https://learning-loop.dev/problems/transition-not-allowed",
                                "title": "Encounter status change not allowed",
                                "status": 409,
                                "detail": "An encounter in status 'fulfilled' cannot become "
                                "'no-show'; allowed next statuses: entered-in-error.",
                                "current_status": "fulfilled",
                                "allowed_statuses": ["entered-in-error"],
                            },
                        },
                    ],
                    "accepted": 1,
                    "refused": 1,
                }
            ]
        }
    )

    results: list[ItemResult] = Field(description="One result per item.")
    accepted: int = Field(
        description="Items stored (created, replaced or unchanged).", examples=[998]
    )
    refused: int = Field(description="Items refused.", examples=[2])
