from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.encounter_in import EncounterIn
from ...models.encounter_out import EncounterOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    encounter_id: str,
    *,
    body: EncounterIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/encounters/{encounter_id}".format(
            encounter_id=quote(str(encounter_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EncounterOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = EncounterOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = EncounterOut.from_dict(response.json())

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
) -> Response[EncounterOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    encounter_id: str,
    *,
    client: AuthenticatedClient,
    body: EncounterIn,
) -> Response[EncounterOut | ProblemDetails]:
    """Create or update an encounter

     Upsert a session under the caller's id: idempotent by nature, safe to re-send.

    The status follows the lifecycle booked → fulfilled | no-show | cancelled-by-patient |
    cancelled-by-clinic | entered-in-error; any outcome may become entered-in-error (a
    retraction). An impossible change is a 409 problem naming the allowed next statuses.

    Args:
        encounter_id (str): The caller's id for the encounter, unique within the org.
        body (EncounterIn): Body of `PUT /v1/encounters/{encounter_id}`: a full replacement
            (upsert) of the encounter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EncounterOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        encounter_id=encounter_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    encounter_id: str,
    *,
    client: AuthenticatedClient,
    body: EncounterIn,
) -> EncounterOut | ProblemDetails | None:
    """Create or update an encounter

     Upsert a session under the caller's id: idempotent by nature, safe to re-send.

    The status follows the lifecycle booked → fulfilled | no-show | cancelled-by-patient |
    cancelled-by-clinic | entered-in-error; any outcome may become entered-in-error (a
    retraction). An impossible change is a 409 problem naming the allowed next statuses.

    Args:
        encounter_id (str): The caller's id for the encounter, unique within the org.
        body (EncounterIn): Body of `PUT /v1/encounters/{encounter_id}`: a full replacement
            (upsert) of the encounter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EncounterOut | ProblemDetails
    """

    return sync_detailed(
        encounter_id=encounter_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    encounter_id: str,
    *,
    client: AuthenticatedClient,
    body: EncounterIn,
) -> Response[EncounterOut | ProblemDetails]:
    """Create or update an encounter

     Upsert a session under the caller's id: idempotent by nature, safe to re-send.

    The status follows the lifecycle booked → fulfilled | no-show | cancelled-by-patient |
    cancelled-by-clinic | entered-in-error; any outcome may become entered-in-error (a
    retraction). An impossible change is a 409 problem naming the allowed next statuses.

    Args:
        encounter_id (str): The caller's id for the encounter, unique within the org.
        body (EncounterIn): Body of `PUT /v1/encounters/{encounter_id}`: a full replacement
            (upsert) of the encounter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EncounterOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        encounter_id=encounter_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    encounter_id: str,
    *,
    client: AuthenticatedClient,
    body: EncounterIn,
) -> EncounterOut | ProblemDetails | None:
    """Create or update an encounter

     Upsert a session under the caller's id: idempotent by nature, safe to re-send.

    The status follows the lifecycle booked → fulfilled | no-show | cancelled-by-patient |
    cancelled-by-clinic | entered-in-error; any outcome may become entered-in-error (a
    retraction). An impossible change is a 409 problem naming the allowed next statuses.

    Args:
        encounter_id (str): The caller's id for the encounter, unique within the org.
        body (EncounterIn): Body of `PUT /v1/encounters/{encounter_id}`: a full replacement
            (upsert) of the encounter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EncounterOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            encounter_id=encounter_id,
            client=client,
            body=body,
        )
    ).parsed
