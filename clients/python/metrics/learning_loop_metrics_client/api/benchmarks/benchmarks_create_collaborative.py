from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collaborative_in import CollaborativeIn
from ...models.collaborative_out import CollaborativeOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CollaborativeIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/collaboratives",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollaborativeOut | ProblemDetails | None:
    if response.status_code == 201:
        response_201 = CollaborativeOut.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ProblemDetails.from_dict(response.json())

        return response_409

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
) -> Response[CollaborativeOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CollaborativeIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[CollaborativeOut | ProblemDetails]:
    """Create a collaborative

     Create a collaborative owned by your organization, which is its first approved
    member. The server makes its id (opaque): give it to the organizations you invite, they
    apply, and you (or a facilitator you name) approve them. Send an `Idempotency-Key` so that
    a retry does not create a second one. Example: `POST /v1/collaboratives` with
    `{"name": "Northern Collaborative"}`.

    Args:
        idempotency_key (str | Unset):
        body (CollaborativeIn): Body of `POST /v1/collaboratives` and `PUT
            /v1/collaboratives/{id}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaborativeOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CollaborativeIn,
    idempotency_key: str | Unset = UNSET,
) -> CollaborativeOut | ProblemDetails | None:
    """Create a collaborative

     Create a collaborative owned by your organization, which is its first approved
    member. The server makes its id (opaque): give it to the organizations you invite, they
    apply, and you (or a facilitator you name) approve them. Send an `Idempotency-Key` so that
    a retry does not create a second one. Example: `POST /v1/collaboratives` with
    `{"name": "Northern Collaborative"}`.

    Args:
        idempotency_key (str | Unset):
        body (CollaborativeIn): Body of `POST /v1/collaboratives` and `PUT
            /v1/collaboratives/{id}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollaborativeOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CollaborativeIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[CollaborativeOut | ProblemDetails]:
    """Create a collaborative

     Create a collaborative owned by your organization, which is its first approved
    member. The server makes its id (opaque): give it to the organizations you invite, they
    apply, and you (or a facilitator you name) approve them. Send an `Idempotency-Key` so that
    a retry does not create a second one. Example: `POST /v1/collaboratives` with
    `{"name": "Northern Collaborative"}`.

    Args:
        idempotency_key (str | Unset):
        body (CollaborativeIn): Body of `POST /v1/collaboratives` and `PUT
            /v1/collaboratives/{id}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaborativeOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CollaborativeIn,
    idempotency_key: str | Unset = UNSET,
) -> CollaborativeOut | ProblemDetails | None:
    """Create a collaborative

     Create a collaborative owned by your organization, which is its first approved
    member. The server makes its id (opaque): give it to the organizations you invite, they
    apply, and you (or a facilitator you name) approve them. Send an `Idempotency-Key` so that
    a retry does not create a second one. Example: `POST /v1/collaboratives` with
    `{"name": "Northern Collaborative"}`.

    Args:
        idempotency_key (str | Unset):
        body (CollaborativeIn): Body of `POST /v1/collaboratives` and `PUT
            /v1/collaboratives/{id}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollaborativeOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
