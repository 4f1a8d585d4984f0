"""Scopes and roles: what a token may do (scopes) and whose clinician-level figures it sees.

Scopes (the ``scope`` claim, space-separated):

* ``<service>:read`` / ``<service>:write`` for each service, ``feed:read`` for the feeds;
* ``metrics:admin``: a tenant's administration of its own organization (collaboratives:
  create, apply, decide applications);
* ``platform:operate``: the platform operator's (rebuilding every organization's facts, the
  feed consumers' platform-wide status, the Prometheus scrape). No tenant token carries it:
  the local token command mints it only when asked for by name.

Roles (for the clinician-level views of metrics):

* ``role``: ``clinician`` (sees only their own clinician-level figures), ``supervisor`` (the
  clinicians of the teams in ``teams``) or ``leader`` (every clinician of the organization);
* ``teams``: a supervisor's team ids, a JSON array of strings;
* ``clinician_id``: the clinician the token speaks for; ``sub`` when absent.

A token without ``role`` gets no clinician-level view unless the deployment says otherwise
(metrics' ``METRICS_ROLELESS_TOKENS``): see the README's security section.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, cast

from shared.problems import Unauthorized

OPERATOR_SCOPE = "platform:operate"
TENANT_ADMIN_SCOPE = "metrics:admin"
TENANT_SCOPES = (
    "intake:read intake:write measures:read measures:write metrics:read metrics:write "
    "intake:safety-review intake:feedback-review intake:workforce measures:staff-surveys "
    "metrics:admin feed:read"
)
"""Every scope a tenant's token may carry: the local token command's default."""

SCOPES: dict[str, str] = {
    "intake:read": "Read intake's records of the token's organization (patients, referrals, "
    "encounters, feedback).",
    "intake:write": "Send intake records: patients, referrals, encounters, feedback.",
    "intake:safety-review": "Read safety events' narratives and record their review "
    "(the organization's incident reviewers).",
    "intake:feedback-review": "Read consumers' free-text comments, keep the organization's "
    "feedback themes, tag submissions with them and write 'you said, we did' responses "
    "(the organization's feedback team).",
    "intake:workforce": "Send and read the organization's workforce records: staff (team, "
    "role, FTE, start, leaving and why) and team establishments (the organization's HR or "
    "service managers). Staff reads are audited.",
    "measures:read": "Read assessments, trajectories, alerts, instruments and webhooks.",
    "measures:write": "Send assessments and FHIR QuestionnaireResponses; manage alerts, "
    "instrument settings and webhooks.",
    "measures:staff-surveys": "Run the organization's anonymous staff surveys: create, read "
    "and close campaigns, mint their one-time tokens (the organization's survey "
    "administrators; never the answers, which reach leaders only through metrics).",
    "metrics:read": "Read published metrics, charts, equity views, benchmarks and reports.",
    "metrics:write": "Record quality-improvement interventions.",
    TENANT_ADMIN_SCOPE: "Administer the organization's collaboratives (create, apply, decide).",
    "feed:read": "Read the organization's change feed.",
    "feed:all": "Read every organization's change feed (the metrics service's own token).",
    OPERATOR_SCOPE: "The platform operator's: rebuild every organization's facts, feed status "
    "across organizations, the Prometheus scrape. No tenant token carries it.",
}
"""Every scope a route may require, as the OpenAPI documents describe them."""

Role = Literal["clinician", "supervisor", "leader"]
ROLES: tuple[Role, ...] = ("clinician", "supervisor", "leader")
MAX_TEAMS = 200
_MAX_ID = 64


@dataclass(frozen=True, slots=True)
class RoleClaims:
    """The role a token states (None: it states none), a supervisor's teams, the clinician."""

    role: Role | None
    teams: frozenset[str]
    clinician_id: str


def role_claims(claims: dict[str, Any], sub: str) -> RoleClaims:
    """Read ``role``, ``teams`` and ``clinician_id``; a malformed one makes the token invalid
    (401) rather than silently wider or narrower."""
    role = claims.get("role")
    if role is not None and role not in ROLES:
        raise Unauthorized("The token's `role` claim must be clinician, supervisor or leader.")
    teams = claims.get("teams", [])
    if (
        not isinstance(teams, list)
        or len(teams) > MAX_TEAMS
        or not all(isinstance(t, str) and 0 < len(t) <= _MAX_ID for t in teams)
    ):
        raise Unauthorized("The token's `teams` claim must be an array of team ids.")
    clinician = claims.get("clinician_id", sub)
    if not isinstance(clinician, str) or not clinician or len(clinician) > _MAX_ID:
        raise Unauthorized("The token's `clinician_id` claim must be a clinician id.")
    return RoleClaims(cast("Role | None", role), frozenset(teams), clinician)
