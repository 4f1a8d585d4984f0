from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.staff_in import StaffIn
from ...models.staff_out import StaffOut
from ...types import Response


def _get_kwargs(
    staff_id: str,
    *,
    body: StaffIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/staff/{staff_id}".format(
            staff_id=quote(str(staff_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | StaffOut | None:
    if response.status_code == 200:
        response_200 = StaffOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = StaffOut.from_dict(response.json())

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
) -> Response[ProblemDetails | StaffOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    staff_id: str,
    *,
    client: AuthenticatedClient,
    body: StaffIn,
) -> Response[ProblemDetails | StaffOut]:
    """Create or update a staff record

     Upsert one person's post under their pseudonymous id (the `clinician_id` of the clinical records):
    idempotent by nature, safe to re-send. The record is in post, left (with `ended_on` and a
    `leaving_reason`, both or neither) or entered in error (final: changing it back is a 409 problem
    naming the allowed states). A leaver's day and reason can be corrected and the leaving retracted.
    `fte` is more than 0 and at most 1.5; `ended_on` is on or after `started_on`: otherwise a 422 naming
    the field. 201 when created, 200 when replaced or unchanged.

    Args:
        staff_id (str): The caller's id for the staff member, unique within the org.
        body (StaffIn): Body of `PUT /v1/staff/{staff_id}`: a full replacement (upsert) of the
            staff record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | StaffOut]
    """

    kwargs = _get_kwargs(
        staff_id=staff_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    staff_id: str,
    *,
    client: AuthenticatedClient,
    body: StaffIn,
) -> ProblemDetails | StaffOut | None:
    """Create or update a staff record

     Upsert one person's post under their pseudonymous id (the `clinician_id` of the clinical records):
    idempotent by nature, safe to re-send. The record is in post, left (with `ended_on` and a
    `leaving_reason`, both or neither) or entered in error (final: changing it back is a 409 problem
    naming the allowed states). A leaver's day and reason can be corrected and the leaving retracted.
    `fte` is more than 0 and at most 1.5; `ended_on` is on or after `started_on`: otherwise a 422 naming
    the field. 201 when created, 200 when replaced or unchanged.

    Args:
        staff_id (str): The caller's id for the staff member, unique within the org.
        body (StaffIn): Body of `PUT /v1/staff/{staff_id}`: a full replacement (upsert) of the
            staff record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | StaffOut
    """

    return sync_detailed(
        staff_id=staff_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    staff_id: str,
    *,
    client: AuthenticatedClient,
    body: StaffIn,
) -> Response[ProblemDetails | StaffOut]:
    """Create or update a staff record

     Upsert one person's post under their pseudonymous id (the `clinician_id` of the clinical records):
    idempotent by nature, safe to re-send. The record is in post, left (with `ended_on` and a
    `leaving_reason`, both or neither) or entered in error (final: changing it back is a 409 problem
    naming the allowed states). A leaver's day and reason can be corrected and the leaving retracted.
    `fte` is more than 0 and at most 1.5; `ended_on` is on or after `started_on`: otherwise a 422 naming
    the field. 201 when created, 200 when replaced or unchanged.

    Args:
        staff_id (str): The caller's id for the staff member, unique within the org.
        body (StaffIn): Body of `PUT /v1/staff/{staff_id}`: a full replacement (upsert) of the
            staff record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | StaffOut]
    """

    kwargs = _get_kwargs(
        staff_id=staff_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    staff_id: str,
    *,
    client: AuthenticatedClient,
    body: StaffIn,
) -> ProblemDetails | StaffOut | None:
    """Create or update a staff record

     Upsert one person's post under their pseudonymous id (the `clinician_id` of the clinical records):
    idempotent by nature, safe to re-send. The record is in post, left (with `ended_on` and a
    `leaving_reason`, both or neither) or entered in error (final: changing it back is a 409 problem
    naming the allowed states). A leaver's day and reason can be corrected and the leaving retracted.
    `fte` is more than 0 and at most 1.5; `ended_on` is on or after `started_on`: otherwise a 422 naming
    the field. 201 when created, 200 when replaced or unchanged.

    Args:
        staff_id (str): The caller's id for the staff member, unique within the org.
        body (StaffIn): Body of `PUT /v1/staff/{staff_id}`: a full replacement (upsert) of the
            staff record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | StaffOut
    """

    return (
        await asyncio_detailed(
            staff_id=staff_id,
            client=client,
            body=body,
        )
    ).parsed
