"""Path parameters of the collaboratives', projects' and interventions' routes: the ids they
name, with the pattern every such id follows."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
CollaborativeId = Annotated[
    str,
    Path(min_length=1, max_length=64, pattern=ID_PATTERN, description="The collaborative's id.",
         examples=["collab-8b1f0c2e9d4a47f6a3c5e7d9b1a2c3d4"]),
]  # fmt: skip
OrgId = Annotated[
    str,
    Path(min_length=1, max_length=128, pattern=ID_PATTERN,
         description="The applying or member organization.", examples=["org-north"]),
]  # fmt: skip
InterventionId = Annotated[
    str, Path(min_length=1, max_length=36, description="The intervention's id.")
]
