from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.sync_status import SyncStatus
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sync/status",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | SyncStatus | None:
    if response.status_code == 200:
        response_200 = SyncStatus.from_dict(response.json())

        return response_200

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
) -> Response[ProblemDetails | SyncStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetails | SyncStatus]:
    """Read the feed consumers' progress

     Each source's cursor, events applied, last event time, lag, whether it is caught up,
    the last failure, which replica holds its lease and when that replica's heartbeat was last
    seen (a source whose holder stopped beating is never caught up). Platform-wide (event
    counts cover every org) and names replicas' hosts, so it needs the platform operator's
    scope `platform:operate`, which no tenant token carries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SyncStatus]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ProblemDetails | SyncStatus | None:
    """Read the feed consumers' progress

     Each source's cursor, events applied, last event time, lag, whether it is caught up,
    the last failure, which replica holds its lease and when that replica's heartbeat was last
    seen (a source whose holder stopped beating is never caught up). Platform-wide (event
    counts cover every org) and names replicas' hosts, so it needs the platform operator's
    scope `platform:operate`, which no tenant token carries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SyncStatus
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetails | SyncStatus]:
    """Read the feed consumers' progress

     Each source's cursor, events applied, last event time, lag, whether it is caught up,
    the last failure, which replica holds its lease and when that replica's heartbeat was last
    seen (a source whose holder stopped beating is never caught up). Platform-wide (event
    counts cover every org) and names replicas' hosts, so it needs the platform operator's
    scope `platform:operate`, which no tenant token carries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SyncStatus]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ProblemDetails | SyncStatus | None:
    """Read the feed consumers' progress

     Each source's cursor, events applied, last event time, lag, whether it is caught up,
    the last failure, which replica holds its lease and when that replica's heartbeat was last
    seen (a source whose holder stopped beating is never caught up). Platform-wide (event
    counts cover every org) and names replicas' hosts, so it needs the platform operator's
    scope `platform:operate`, which no tenant token carries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SyncStatus
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
