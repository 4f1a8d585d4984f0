"""What the comparison reports: one breaking change, where it is, and which words may name it.

Direction matters for every schema: a *request* schema breaks callers when it accepts less than
before (a value they send is refused), a *response* schema when it may hold more or other than
before (a value they read is one their code, or their generated client, does not expect).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Direction(StrEnum):
    REQUEST = "request"
    RESPONSE = "response"


@dataclass(frozen=True)
class Change:
    """A breaking change to one operation (``GET /v1/patients``) at one place in it."""

    operation: str
    where: str
    what: str
    schemas: tuple[str, ...] = ()
    """The component schemas on the way to the change, outermost first; a CHANGELOG entry may
    name any of them (or the operation's path) to say it knows of the change."""

    @property
    def path(self) -> str:
        return self.operation.split(" ", 1)[-1]

    def named_in(self, text: str) -> bool:
        """Whether ``text`` names the operation's path or a schema the change is in."""
        path = re.escape(self.path) + r"(?![\w/{}:-])"
        schemas = [rf"\b{re.escape(name)}\b" for name in self.schemas]
        return any(re.search(pattern, text) for pattern in (path, *schemas))

    def __str__(self) -> str:
        where = f" {self.where}" if self.where else ""
        inside = f" (in {self.schemas[-1]})" if self.schemas else ""
        return f"{self.operation}{where}: {self.what}{inside}"
