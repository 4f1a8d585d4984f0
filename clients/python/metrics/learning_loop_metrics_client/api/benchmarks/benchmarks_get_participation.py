from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participation_out import ParticipationOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response


def _get_kwargs(
    collaborative_id: str,
    *,
    month: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["month"] = month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/collaboratives/{collaborative_id}/participation".format(
            collaborative_id=quote(str(collaborative_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ParticipationOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = ParticipationOut.from_dict(response.json())

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
) -> Response[ParticipationOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
    month: str,
) -> Response[ParticipationOut | ProblemDetails]:
    """Read members' participation in a month

     Per member organization: whether it sent data about the month (yes or no, never a
    count), learning sessions attended of those held, active improvement projects and PDSA
    cycles completed; and the collaborative's dropout (members who left in the month of those
    at its start). Organizations appear anonymous unless they chose to be named. Example:
    `GET /v1/collaboratives/collab-8b1f.../participation?month=2026-03`.

    Args:
        collaborative_id (str): The collaborative's id.
        month (str): The month, `YYYY-MM`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipationOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        collaborative_id=collaborative_id,
        month=month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
    month: str,
) -> ParticipationOut | ProblemDetails | None:
    """Read members' participation in a month

     Per member organization: whether it sent data about the month (yes or no, never a
    count), learning sessions attended of those held, active improvement projects and PDSA
    cycles completed; and the collaborative's dropout (members who left in the month of those
    at its start). Organizations appear anonymous unless they chose to be named. Example:
    `GET /v1/collaboratives/collab-8b1f.../participation?month=2026-03`.

    Args:
        collaborative_id (str): The collaborative's id.
        month (str): The month, `YYYY-MM`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipationOut | ProblemDetails
    """

    return sync_detailed(
        collaborative_id=collaborative_id,
        client=client,
        month=month,
    ).parsed


async def asyncio_detailed(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
    month: str,
) -> Response[ParticipationOut | ProblemDetails]:
    """Read members' participation in a month

     Per member organization: whether it sent data about the month (yes or no, never a
    count), learning sessions attended of those held, active improvement projects and PDSA
    cycles completed; and the collaborative's dropout (members who left in the month of those
    at its start). Organizations appear anonymous unless they chose to be named. Example:
    `GET /v1/collaboratives/collab-8b1f.../participation?month=2026-03`.

    Args:
        collaborative_id (str): The collaborative's id.
        month (str): The month, `YYYY-MM`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipationOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        collaborative_id=collaborative_id,
        month=month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
    month: str,
) -> ParticipationOut | ProblemDetails | None:
    """Read members' participation in a month

     Per member organization: whether it sent data about the month (yes or no, never a
    count), learning sessions attended of those held, active improvement projects and PDSA
    cycles completed; and the collaborative's dropout (members who left in the month of those
    at its start). Organizations appear anonymous unless they chose to be named. Example:
    `GET /v1/collaboratives/collab-8b1f.../participation?month=2026-03`.

    Args:
        collaborative_id (str): The collaborative's id.
        month (str): The month, `YYYY-MM`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipationOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            collaborative_id=collaborative_id,
            client=client,
            month=month,
        )
    ).parsed
