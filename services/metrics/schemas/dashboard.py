"""API models of the dashboard's sign-in (its pages are HTML, not models)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class SignInIn(BaseModel):
    """What the sign-in page posts (as JSON: the service reads no other body type)."""

    token: str = Field(description="The bearer token to sign in with.", examples=["eyJhbGciOi..."])
    next: str | None = Field(
        default=None, max_length=2048, description="The dashboard page to go on to."
    )


class SignedInOut(BaseModel):
    next: str = Field(description="Where the page goes now.", examples=["/dashboard"])
