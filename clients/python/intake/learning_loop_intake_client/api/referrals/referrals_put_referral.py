from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.referral_in import ReferralIn
from ...models.referral_out import ReferralOut
from ...types import Response


def _get_kwargs(
    referral_id: str,
    *,
    body: ReferralIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/referrals/{referral_id}".format(
            referral_id=quote(str(referral_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ReferralOut | None:
    if response.status_code == 200:
        response_200 = ReferralOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ReferralOut.from_dict(response.json())

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
) -> Response[ProblemDetails | ReferralOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    referral_id: str,
    *,
    client: AuthenticatedClient,
    body: ReferralIn,
) -> Response[ProblemDetails | ReferralOut]:
    """Create or replace a referral

     Store a referral. It closes when a linked encounter is kept; access time is the days from
    `received_on` to that session. 201 when created, 200 when replaced.

    Args:
        referral_id (str): The caller's id for the referral, unique within the org.
        body (ReferralIn): Body of `PUT /v1/referrals/{referral_id}`: a full replacement of the
            referral.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ReferralOut]
    """

    kwargs = _get_kwargs(
        referral_id=referral_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    referral_id: str,
    *,
    client: AuthenticatedClient,
    body: ReferralIn,
) -> ProblemDetails | ReferralOut | None:
    """Create or replace a referral

     Store a referral. It closes when a linked encounter is kept; access time is the days from
    `received_on` to that session. 201 when created, 200 when replaced.

    Args:
        referral_id (str): The caller's id for the referral, unique within the org.
        body (ReferralIn): Body of `PUT /v1/referrals/{referral_id}`: a full replacement of the
            referral.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ReferralOut
    """

    return sync_detailed(
        referral_id=referral_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    referral_id: str,
    *,
    client: AuthenticatedClient,
    body: ReferralIn,
) -> Response[ProblemDetails | ReferralOut]:
    """Create or replace a referral

     Store a referral. It closes when a linked encounter is kept; access time is the days from
    `received_on` to that session. 201 when created, 200 when replaced.

    Args:
        referral_id (str): The caller's id for the referral, unique within the org.
        body (ReferralIn): Body of `PUT /v1/referrals/{referral_id}`: a full replacement of the
            referral.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ReferralOut]
    """

    kwargs = _get_kwargs(
        referral_id=referral_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    referral_id: str,
    *,
    client: AuthenticatedClient,
    body: ReferralIn,
) -> ProblemDetails | ReferralOut | None:
    """Create or replace a referral

     Store a referral. It closes when a linked encounter is kept; access time is the days from
    `received_on` to that session. 201 when created, 200 when replaced.

    Args:
        referral_id (str): The caller's id for the referral, unique within the org.
        body (ReferralIn): Body of `PUT /v1/referrals/{referral_id}`: a full replacement of the
            referral.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ReferralOut
    """

    return (
        await asyncio_detailed(
            referral_id=referral_id,
            client=client,
            body=body,
        )
    ).parsed
