from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.episode_in import EpisodeIn
from ...models.episode_out import EpisodeOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    episode_id: str,
    *,
    body: EpisodeIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/episodes/{episode_id}".format(
            episode_id=quote(str(episode_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EpisodeOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = EpisodeOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = EpisodeOut.from_dict(response.json())

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
) -> Response[EpisodeOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    episode_id: str,
    *,
    client: AuthenticatedClient,
    body: EpisodeIn,
) -> Response[EpisodeOut | ProblemDetails]:
    """Create or update an episode of care

     Upsert a patient's course of care in one service line under the caller's id: idempotent by nature,
    safe to re-send. The status follows FHIR EpisodeOfCare's lifecycle (planned → waitlist → active ⇄
    onhold → finished; planned or waitlist → cancelled; any status → entered-in-error, which is final).
    An impossible change is a 409 problem naming the allowed next statuses. `closed_on` and
    `discharge_reason` belong to finished or cancelled episodes (both required when finished),
    `closed_on` on or after `opened_on`: otherwise a 422 naming the field. 201 when created, 200 when
    replaced or unchanged.

    Args:
        episode_id (str): The caller's id for the episode, unique within the org.
        body (EpisodeIn): Body of `PUT /v1/episodes/{episode_id}`: a full replacement (upsert) of
            the episode.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EpisodeOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        episode_id=episode_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    episode_id: str,
    *,
    client: AuthenticatedClient,
    body: EpisodeIn,
) -> EpisodeOut | ProblemDetails | None:
    """Create or update an episode of care

     Upsert a patient's course of care in one service line under the caller's id: idempotent by nature,
    safe to re-send. The status follows FHIR EpisodeOfCare's lifecycle (planned → waitlist → active ⇄
    onhold → finished; planned or waitlist → cancelled; any status → entered-in-error, which is final).
    An impossible change is a 409 problem naming the allowed next statuses. `closed_on` and
    `discharge_reason` belong to finished or cancelled episodes (both required when finished),
    `closed_on` on or after `opened_on`: otherwise a 422 naming the field. 201 when created, 200 when
    replaced or unchanged.

    Args:
        episode_id (str): The caller's id for the episode, unique within the org.
        body (EpisodeIn): Body of `PUT /v1/episodes/{episode_id}`: a full replacement (upsert) of
            the episode.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EpisodeOut | ProblemDetails
    """

    return sync_detailed(
        episode_id=episode_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    episode_id: str,
    *,
    client: AuthenticatedClient,
    body: EpisodeIn,
) -> Response[EpisodeOut | ProblemDetails]:
    """Create or update an episode of care

     Upsert a patient's course of care in one service line under the caller's id: idempotent by nature,
    safe to re-send. The status follows FHIR EpisodeOfCare's lifecycle (planned → waitlist → active ⇄
    onhold → finished; planned or waitlist → cancelled; any status → entered-in-error, which is final).
    An impossible change is a 409 problem naming the allowed next statuses. `closed_on` and
    `discharge_reason` belong to finished or cancelled episodes (both required when finished),
    `closed_on` on or after `opened_on`: otherwise a 422 naming the field. 201 when created, 200 when
    replaced or unchanged.

    Args:
        episode_id (str): The caller's id for the episode, unique within the org.
        body (EpisodeIn): Body of `PUT /v1/episodes/{episode_id}`: a full replacement (upsert) of
            the episode.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EpisodeOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        episode_id=episode_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    episode_id: str,
    *,
    client: AuthenticatedClient,
    body: EpisodeIn,
) -> EpisodeOut | ProblemDetails | None:
    """Create or update an episode of care

     Upsert a patient's course of care in one service line under the caller's id: idempotent by nature,
    safe to re-send. The status follows FHIR EpisodeOfCare's lifecycle (planned → waitlist → active ⇄
    onhold → finished; planned or waitlist → cancelled; any status → entered-in-error, which is final).
    An impossible change is a 409 problem naming the allowed next statuses. `closed_on` and
    `discharge_reason` belong to finished or cancelled episodes (both required when finished),
    `closed_on` on or after `opened_on`: otherwise a 422 naming the field. 201 when created, 200 when
    replaced or unchanged.

    Args:
        episode_id (str): The caller's id for the episode, unique within the org.
        body (EpisodeIn): Body of `PUT /v1/episodes/{episode_id}`: a full replacement (upsert) of
            the episode.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EpisodeOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            episode_id=episode_id,
            client=client,
            body=body,
        )
    ).parsed
