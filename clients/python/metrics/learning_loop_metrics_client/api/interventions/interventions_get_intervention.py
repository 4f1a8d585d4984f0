from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intervention_out import InterventionOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    intervention_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/interventions/{intervention_id}".format(
            intervention_id=quote(str(intervention_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InterventionOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = InterventionOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

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
) -> Response[InterventionOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    intervention_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[InterventionOut | ProblemDetails]:
    """Read a QI intervention

     One of your organization's interventions (another organization's is not found).
    Example: `GET /v1/interventions/5f0c7e0a-3c1d-4c55-9a57-2d1f6b1e0c11`.

    Args:
        intervention_id (str): The intervention's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InterventionOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        intervention_id=intervention_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    intervention_id: str,
    *,
    client: AuthenticatedClient,
) -> InterventionOut | ProblemDetails | None:
    """Read a QI intervention

     One of your organization's interventions (another organization's is not found).
    Example: `GET /v1/interventions/5f0c7e0a-3c1d-4c55-9a57-2d1f6b1e0c11`.

    Args:
        intervention_id (str): The intervention's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InterventionOut | ProblemDetails
    """

    return sync_detailed(
        intervention_id=intervention_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    intervention_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[InterventionOut | ProblemDetails]:
    """Read a QI intervention

     One of your organization's interventions (another organization's is not found).
    Example: `GET /v1/interventions/5f0c7e0a-3c1d-4c55-9a57-2d1f6b1e0c11`.

    Args:
        intervention_id (str): The intervention's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InterventionOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        intervention_id=intervention_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    intervention_id: str,
    *,
    client: AuthenticatedClient,
) -> InterventionOut | ProblemDetails | None:
    """Read a QI intervention

     One of your organization's interventions (another organization's is not found).
    Example: `GET /v1/interventions/5f0c7e0a-3c1d-4c55-9a57-2d1f6b1e0c11`.

    Args:
        intervention_id (str): The intervention's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InterventionOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            intervention_id=intervention_id,
            client=client,
        )
    ).parsed
