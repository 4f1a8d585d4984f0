from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.escalation_policy_in import EscalationPolicyIn
from ...models.escalation_policy_out import EscalationPolicyOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: EscalationPolicyIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/escalation-policy",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EscalationPolicyOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = EscalationPolicyOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ProblemDetails.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ProblemDetails.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ProblemDetails.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ProblemDetails.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ProblemDetails.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EscalationPolicyOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EscalationPolicyIn,
) -> Response[EscalationPolicyOut | ProblemDetails]:
    """Set the escalation policy

     Replace the org's deadlines, per severity: `acknowledge_within_minutes` (escalate an
    alert still unacknowledged then) and `action_within_hours` (escalate one with no action
    recorded then); null means no such deadline. Every severity must be given. An escalation is
    an `alert.escalated` feed event and webhook, once per alert and deadline. The policy applies
    to alerts raised from now on: each alert keeps the deadlines it was raised with. Sending
    the same policy again changes nothing.

    Args:
        body (EscalationPolicyIn): The whole policy: every severity is given, so leaving one out
            cannot silently switch
            its escalation off (send nulls to do that on purpose).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EscalationPolicyOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: EscalationPolicyIn,
) -> EscalationPolicyOut | ProblemDetails | None:
    """Set the escalation policy

     Replace the org's deadlines, per severity: `acknowledge_within_minutes` (escalate an
    alert still unacknowledged then) and `action_within_hours` (escalate one with no action
    recorded then); null means no such deadline. Every severity must be given. An escalation is
    an `alert.escalated` feed event and webhook, once per alert and deadline. The policy applies
    to alerts raised from now on: each alert keeps the deadlines it was raised with. Sending
    the same policy again changes nothing.

    Args:
        body (EscalationPolicyIn): The whole policy: every severity is given, so leaving one out
            cannot silently switch
            its escalation off (send nulls to do that on purpose).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EscalationPolicyOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EscalationPolicyIn,
) -> Response[EscalationPolicyOut | ProblemDetails]:
    """Set the escalation policy

     Replace the org's deadlines, per severity: `acknowledge_within_minutes` (escalate an
    alert still unacknowledged then) and `action_within_hours` (escalate one with no action
    recorded then); null means no such deadline. Every severity must be given. An escalation is
    an `alert.escalated` feed event and webhook, once per alert and deadline. The policy applies
    to alerts raised from now on: each alert keeps the deadlines it was raised with. Sending
    the same policy again changes nothing.

    Args:
        body (EscalationPolicyIn): The whole policy: every severity is given, so leaving one out
            cannot silently switch
            its escalation off (send nulls to do that on purpose).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EscalationPolicyOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EscalationPolicyIn,
) -> EscalationPolicyOut | ProblemDetails | None:
    """Set the escalation policy

     Replace the org's deadlines, per severity: `acknowledge_within_minutes` (escalate an
    alert still unacknowledged then) and `action_within_hours` (escalate one with no action
    recorded then); null means no such deadline. Every severity must be given. An escalation is
    an `alert.escalated` feed event and webhook, once per alert and deadline. The policy applies
    to alerts raised from now on: each alert keeps the deadlines it was raised with. Sending
    the same policy again changes nothing.

    Args:
        body (EscalationPolicyIn): The whole policy: every severity is given, so leaving one out
            cannot silently switch
            its escalation off (send nulls to do that on purpose).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EscalationPolicyOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
