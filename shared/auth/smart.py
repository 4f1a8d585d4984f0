"""SMART Backend Services scopes, understood beside ours.

An EHR that already holds a SMART on FHIR client registration asks its identity provider for
``system/`` scopes (SMART App Launch 2.x, "Scopes for requesting clinical data"): version 1's
``system/Observation.read`` or ``system/*.write``, and version 2's ``system/Observation.rs`` or
``system/*.cruds``. Each is read here as the Learning Loop scopes that cover the same FHIR
resources, so such a token works without a second registration:

* reading (v1 ``read``, v2 any of ``r`` ``s``) a resource grants the ``<service>:read`` of each
  service that serves it; writing (v1 ``write``, v2 any of ``c`` ``u`` ``d``) its ``:write``;
  v1 ``*`` both;
* the wildcard resource ``*`` covers every resource below, and nothing else: the change feed,
  tenant administration, safety-event narratives, feedback comments and the operator's scope
  are not FHIR resources and are never granted by a SMART scope;
* ``user/`` and ``patient/`` scopes (a person's launch context) and unknown resources grant
  nothing: this API serves systems, not a user's session.

Source: HL7 SMART App Launch IG 2.2.0, section "Scopes and Launch Context" (scope syntax and its
v1 equivalents), and the Backend Services profile (``system/`` scopes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Which of our services serve each FHIR resource type (reads and writes alike).
RESOURCE_SERVICES: dict[str, tuple[str, ...]] = {
    "Patient": ("intake",),
    "Encounter": ("intake",),
    "Questionnaire": ("intake", "measures"),
    "QuestionnaireResponse": ("intake", "measures"),
    "Observation": ("measures",),
    "MeasureReport": ("metrics",),
}
_ALL_SERVICES = ("intake", "measures", "metrics")
_SMART = re.compile(
    r"system/(?P<resource>\*|[A-Z][A-Za-z]{1,63})\.(?P<access>\*|read|write|[cruds]{1,5})"
)


def _accesses(access: str) -> set[str]:
    if access == "*":
        return {"read", "write"}
    if access in ("read", "write"):
        return {access}
    granted = set()
    if set(access) & set("rs"):
        granted.add("read")
    if set(access) & set("cud"):
        granted.add("write")
    return granted


def smart_equivalents(scope: str) -> frozenset[str]:
    """Our scopes one SMART ``system/`` scope stands for; empty for anything else."""
    match = _SMART.fullmatch(scope)
    if match is None:
        return frozenset()
    resource, access = match["resource"], match["access"]
    canonical = "".join(c for c in "cruds" if c in access)
    if access not in ("*", "read", "write") and access != canonical:
        return frozenset()  # v2 letters come once each, in the order c r u d s
    services = _ALL_SERVICES if resource == "*" else RESOURCE_SERVICES.get(resource, ())
    return frozenset(f"{s}:{a}" for s in services for a in _accesses(access))


def with_smart_equivalents(scopes: Iterable[str]) -> frozenset[str]:
    """The token's scopes plus what its SMART scopes stand for."""
    given = frozenset(scopes)
    return given.union(*(smart_equivalents(s) for s in given if s.startswith("system/")))
