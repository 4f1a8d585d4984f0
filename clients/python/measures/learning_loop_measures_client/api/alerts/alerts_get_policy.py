from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.escalation_policy_out import EscalationPolicyOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/escalation-policy",
    }

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
) -> Response[EscalationPolicyOut | ProblemDetails]:
    """Read the escalation policy

     The org's deadlines per alert severity; the service's default until the org sets its own
    (`is_default`). The default (urgent: acknowledge within 60 minutes, act within 24 hours;
    high: 24 hours and 72 hours; info: none) is a starting point, not a published standard.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EscalationPolicyOut | ProblemDetails]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> EscalationPolicyOut | ProblemDetails | None:
    """Read the escalation policy

     The org's deadlines per alert severity; the service's default until the org sets its own
    (`is_default`). The default (urgent: acknowledge within 60 minutes, act within 24 hours;
    high: 24 hours and 72 hours; info: none) is a starting point, not a published standard.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EscalationPolicyOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[EscalationPolicyOut | ProblemDetails]:
    """Read the escalation policy

     The org's deadlines per alert severity; the service's default until the org sets its own
    (`is_default`). The default (urgent: acknowledge within 60 minutes, act within 24 hours;
    high: 24 hours and 72 hours; info: none) is a starting point, not a published standard.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EscalationPolicyOut | ProblemDetails]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> EscalationPolicyOut | ProblemDetails | None:
    """Read the escalation policy

     The org's deadlines per alert severity; the service's default until the org sets its own
    (`is_default`). The default (urgent: acknowledge within 60 minutes, act within 24 hours;
    high: 24 hours and 72 hours; info: none) is a starting point, not a published standard.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EscalationPolicyOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
