from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.leave_in import LeaveIn
from ...models.left_out import LeftOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collaborative_id: str,
    org: str,
    *,
    body: LeaveIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/collaboratives/{collaborative_id}/members/{org}/leave".format(
            collaborative_id=quote(str(collaborative_id), safe=""),
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LeftOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = LeftOut.from_dict(response.json())

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
) -> Response[LeftOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collaborative_id: str,
    org: str,
    *,
    client: AuthenticatedClient,
    body: LeaveIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[LeftOut | ProblemDetails]:
    """Leave a collaborative, or remove a member

     Your organization leaves (`org` is yours: status `left`, and it may apply again), or
    the owner or a facilitator removes a member (status `declined`; only the owner removes a
    facilitator). The reason is recorded in the membership history. The owner cannot leave or
    be removed (409). Repeating it changes nothing. Example:
    `POST /v1/collaboratives/collab-8b1f.../members/org-north/leave` with
    `{"reason": "capacity"}`.

    Args:
        collaborative_id (str): The collaborative's id.
        org (str): The applying or member organization.
        idempotency_key (str | Unset):
        body (LeaveIn): Body of `POST /v1/collaboratives/{id}/members/{org}/leave`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeftOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        collaborative_id=collaborative_id,
        org=org,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collaborative_id: str,
    org: str,
    *,
    client: AuthenticatedClient,
    body: LeaveIn,
    idempotency_key: str | Unset = UNSET,
) -> LeftOut | ProblemDetails | None:
    """Leave a collaborative, or remove a member

     Your organization leaves (`org` is yours: status `left`, and it may apply again), or
    the owner or a facilitator removes a member (status `declined`; only the owner removes a
    facilitator). The reason is recorded in the membership history. The owner cannot leave or
    be removed (409). Repeating it changes nothing. Example:
    `POST /v1/collaboratives/collab-8b1f.../members/org-north/leave` with
    `{"reason": "capacity"}`.

    Args:
        collaborative_id (str): The collaborative's id.
        org (str): The applying or member organization.
        idempotency_key (str | Unset):
        body (LeaveIn): Body of `POST /v1/collaboratives/{id}/members/{org}/leave`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeftOut | ProblemDetails
    """

    return sync_detailed(
        collaborative_id=collaborative_id,
        org=org,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    collaborative_id: str,
    org: str,
    *,
    client: AuthenticatedClient,
    body: LeaveIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[LeftOut | ProblemDetails]:
    """Leave a collaborative, or remove a member

     Your organization leaves (`org` is yours: status `left`, and it may apply again), or
    the owner or a facilitator removes a member (status `declined`; only the owner removes a
    facilitator). The reason is recorded in the membership history. The owner cannot leave or
    be removed (409). Repeating it changes nothing. Example:
    `POST /v1/collaboratives/collab-8b1f.../members/org-north/leave` with
    `{"reason": "capacity"}`.

    Args:
        collaborative_id (str): The collaborative's id.
        org (str): The applying or member organization.
        idempotency_key (str | Unset):
        body (LeaveIn): Body of `POST /v1/collaboratives/{id}/members/{org}/leave`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeftOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        collaborative_id=collaborative_id,
        org=org,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collaborative_id: str,
    org: str,
    *,
    client: AuthenticatedClient,
    body: LeaveIn,
    idempotency_key: str | Unset = UNSET,
) -> LeftOut | ProblemDetails | None:
    """Leave a collaborative, or remove a member

     Your organization leaves (`org` is yours: status `left`, and it may apply again), or
    the owner or a facilitator removes a member (status `declined`; only the owner removes a
    facilitator). The reason is recorded in the membership history. The owner cannot leave or
    be removed (409). Repeating it changes nothing. Example:
    `POST /v1/collaboratives/collab-8b1f.../members/org-north/leave` with
    `{"reason": "capacity"}`.

    Args:
        collaborative_id (str): The collaborative's id.
        org (str): The applying or member organization.
        idempotency_key (str | Unset):
        body (LeaveIn): Body of `POST /v1/collaboratives/{id}/members/{org}/leave`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeftOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            collaborative_id=collaborative_id,
            org=org,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
