from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feed_page import FeedPage
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 500,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/feed",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FeedPage | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = FeedPage.from_dict(response.json())

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
) -> Response[FeedPage | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 500,
) -> Response[FeedPage | ProblemDetails]:
    """Read the change feed after a cursor

     Events in a stable order that never skips one. Types: `patient.upserted`, `referral.upserted`,
    `encounter.upserted`, `feedback.received`, `feedback.themed`, `feedback.rupture`,
    `safety_event.upserted`, `episode.upserted`, `staff.upserted`, `establishment.upserted`. Consumers
    store `next_cursor` with what they derived from the events.

    Args:
        after (None | str | Unset): A `next_cursor` this feed gave the same organization; omit to
            start from the beginning. Any other value is a 400.
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 500,
) -> FeedPage | ProblemDetails | None:
    """Read the change feed after a cursor

     Events in a stable order that never skips one. Types: `patient.upserted`, `referral.upserted`,
    `encounter.upserted`, `feedback.received`, `feedback.themed`, `feedback.rupture`,
    `safety_event.upserted`, `episode.upserted`, `staff.upserted`, `establishment.upserted`. Consumers
    store `next_cursor` with what they derived from the events.

    Args:
        after (None | str | Unset): A `next_cursor` this feed gave the same organization; omit to
            start from the beginning. Any other value is a 400.
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedPage | ProblemDetails
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 500,
) -> Response[FeedPage | ProblemDetails]:
    """Read the change feed after a cursor

     Events in a stable order that never skips one. Types: `patient.upserted`, `referral.upserted`,
    `encounter.upserted`, `feedback.received`, `feedback.themed`, `feedback.rupture`,
    `safety_event.upserted`, `episode.upserted`, `staff.upserted`, `establishment.upserted`. Consumers
    store `next_cursor` with what they derived from the events.

    Args:
        after (None | str | Unset): A `next_cursor` this feed gave the same organization; omit to
            start from the beginning. Any other value is a 400.
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 500,
) -> FeedPage | ProblemDetails | None:
    """Read the change feed after a cursor

     Events in a stable order that never skips one. Types: `patient.upserted`, `referral.upserted`,
    `encounter.upserted`, `feedback.received`, `feedback.themed`, `feedback.rupture`,
    `safety_event.upserted`, `episode.upserted`, `staff.upserted`, `establishment.upserted`. Consumers
    store `next_cursor` with what they derived from the events.

    Args:
        after (None | str | Unset): A `next_cursor` this feed gave the same organization; omit to
            start from the beginning. Any other value is a 400.
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedPage | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
        )
    ).parsed
