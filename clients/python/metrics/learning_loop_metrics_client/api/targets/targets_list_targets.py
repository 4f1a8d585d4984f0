from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.target_list import TargetList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    metric_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_metric_id: None | str | Unset
    if isinstance(metric_id, Unset):
        json_metric_id = UNSET
    else:
        json_metric_id = metric_id
    params["metric_id"] = json_metric_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/targets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | TargetList | None:
    if response.status_code == 200:
        response_200 = TargetList.from_dict(response.json())

        return response_200

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
) -> Response[ProblemDetails | TargetList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    metric_id: None | str | Unset = UNSET,
) -> Response[ProblemDetails | TargetList]:
    """List your organization's targets

     Every target of your organization (at most one per metric and scope, so the list is
    short and not paged), by metric, then from the widest scope to the narrowest. Example:
    `GET /v1/targets?metric_id=no-show-rate`.

    Args:
        metric_id (None | str | Unset): Only this metric's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | TargetList]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    metric_id: None | str | Unset = UNSET,
) -> ProblemDetails | TargetList | None:
    """List your organization's targets

     Every target of your organization (at most one per metric and scope, so the list is
    short and not paged), by metric, then from the widest scope to the narrowest. Example:
    `GET /v1/targets?metric_id=no-show-rate`.

    Args:
        metric_id (None | str | Unset): Only this metric's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | TargetList
    """

    return sync_detailed(
        client=client,
        metric_id=metric_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    metric_id: None | str | Unset = UNSET,
) -> Response[ProblemDetails | TargetList]:
    """List your organization's targets

     Every target of your organization (at most one per metric and scope, so the list is
    short and not paged), by metric, then from the widest scope to the narrowest. Example:
    `GET /v1/targets?metric_id=no-show-rate`.

    Args:
        metric_id (None | str | Unset): Only this metric's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | TargetList]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    metric_id: None | str | Unset = UNSET,
) -> ProblemDetails | TargetList | None:
    """List your organization's targets

     Every target of your organization (at most one per metric and scope, so the list is
    short and not paged), by metric, then from the widest scope to the narrowest. Example:
    `GET /v1/targets?metric_id=no-show-rate`.

    Args:
        metric_id (None | str | Unset): Only this metric's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | TargetList
    """

    return (
        await asyncio_detailed(
            client=client,
            metric_id=metric_id,
        )
    ).parsed
