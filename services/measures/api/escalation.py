"""An org's escalation policy: how soon alerts must be acknowledged and acted on."""

from fastapi import APIRouter

from services.measures.api.deps import Clock, Reader, Writer
from services.measures.assessments.policy import policy_for, save_policy
from services.measures.schemas import EscalationPolicyIn, EscalationPolicyOut, policy_out
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["alerts"])


@router.get(
    "/escalation-policy",
    summary="Read the escalation policy",
    response_model=EscalationPolicyOut,
    responses=problem_responses(400),
)
def get_policy(caller: Reader, session: ReadSessionDep) -> EscalationPolicyOut:
    """The org's deadlines per alert severity; the service's default until the org sets its own
    (`is_default`). The default (urgent: acknowledge within 60 minutes, act within 24 hours;
    high: 24 hours and 72 hours; info: none) is a starting point, not a published standard."""
    policy, row = policy_for(session, caller.org)
    return policy_out(policy, row)


@router.put(
    "/escalation-policy",
    summary="Set the escalation policy",
    response_model=EscalationPolicyOut,
    responses=problem_responses(400, 413, 422),
)
def put_policy(
    body: EscalationPolicyIn, caller: Writer, session: SessionDep, clock: Clock
) -> EscalationPolicyOut:
    """Replace the org's deadlines, per severity: `acknowledge_within_minutes` (escalate an
    alert still unacknowledged then) and `action_within_hours` (escalate one with no action
    recorded then); null means no such deadline. Every severity must be given. An escalation is
    an `alert.escalated` feed event and webhook, once per alert and deadline. The policy applies
    to alerts raised from now on: each alert keeps the deadlines it was raised with. Sending
    the same policy again changes nothing."""
    row = save_policy(session, caller.org, body.as_policy(), by=caller.sub, now=clock())
    return policy_out(row.severities, row)
