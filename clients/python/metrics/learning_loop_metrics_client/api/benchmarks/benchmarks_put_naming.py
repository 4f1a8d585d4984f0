from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.naming_in import NamingIn
from ...models.naming_out import NamingOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    collaborative_id: str,
    *,
    body: NamingIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/collaboratives/{collaborative_id}/naming".format(
            collaborative_id=quote(str(collaborative_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NamingOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = NamingOut.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

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
) -> Response[NamingOut | ProblemDetails]:
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
    body: NamingIn,
) -> Response[NamingOut | ProblemDetails]:
    """Choose to be named to peers, or anonymous

     Be named to the collaborative's members as `label` in benchmarks and participation, or
    anonymous again (`null`, the default). Leaving makes you anonymous again. Idempotent.
    Example: `PUT /v1/collaboratives/collab-8b1f.../naming` with
    `{"label": "Riverside Community Clinic"}`.

    Args:
        collaborative_id (str): The collaborative's id.
        body (NamingIn): Body of `PUT /v1/collaboratives/{id}/naming`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NamingOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        collaborative_id=collaborative_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
    body: NamingIn,
) -> NamingOut | ProblemDetails | None:
    """Choose to be named to peers, or anonymous

     Be named to the collaborative's members as `label` in benchmarks and participation, or
    anonymous again (`null`, the default). Leaving makes you anonymous again. Idempotent.
    Example: `PUT /v1/collaboratives/collab-8b1f.../naming` with
    `{"label": "Riverside Community Clinic"}`.

    Args:
        collaborative_id (str): The collaborative's id.
        body (NamingIn): Body of `PUT /v1/collaboratives/{id}/naming`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NamingOut | ProblemDetails
    """

    return sync_detailed(
        collaborative_id=collaborative_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
    body: NamingIn,
) -> Response[NamingOut | ProblemDetails]:
    """Choose to be named to peers, or anonymous

     Be named to the collaborative's members as `label` in benchmarks and participation, or
    anonymous again (`null`, the default). Leaving makes you anonymous again. Idempotent.
    Example: `PUT /v1/collaboratives/collab-8b1f.../naming` with
    `{"label": "Riverside Community Clinic"}`.

    Args:
        collaborative_id (str): The collaborative's id.
        body (NamingIn): Body of `PUT /v1/collaboratives/{id}/naming`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NamingOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        collaborative_id=collaborative_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
    body: NamingIn,
) -> NamingOut | ProblemDetails | None:
    """Choose to be named to peers, or anonymous

     Be named to the collaborative's members as `label` in benchmarks and participation, or
    anonymous again (`null`, the default). Leaving makes you anonymous again. Idempotent.
    Example: `PUT /v1/collaboratives/collab-8b1f.../naming` with
    `{"label": "Riverside Community Clinic"}`.

    Args:
        collaborative_id (str): The collaborative's id.
        body (NamingIn): Body of `PUT /v1/collaboratives/{id}/naming`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NamingOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            collaborative_id=collaborative_id,
            client=client,
            body=body,
        )
    ).parsed
