from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.patient_in import PatientIn
from ...models.patient_out import PatientOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    patient_id: str,
    *,
    body: PatientIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/patients/{patient_id}".format(
            patient_id=quote(str(patient_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PatientOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = PatientOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PatientOut.from_dict(response.json())

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
) -> Response[PatientOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    patient_id: str,
    *,
    client: AuthenticatedClient,
    body: PatientIn,
) -> Response[PatientOut | ProblemDetails]:
    """Create or replace a patient

     Store a patient's coded demographic categories under the caller's pseudonymous id.

    The id must be random, not derived from an MRN. The body replaces every category; names,
    addresses, phone numbers, emails and unknown fields are refused. 201 when created, 200 when
    replaced (an identical body changes nothing and publishes no event).

    Args:
        patient_id (str): The caller's id for the patient, unique within the org.
        body (PatientIn): Body of `PUT /v1/patients/{patient_id}`: replaces all of the patient's
            categories.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatientOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        patient_id=patient_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    patient_id: str,
    *,
    client: AuthenticatedClient,
    body: PatientIn,
) -> PatientOut | ProblemDetails | None:
    """Create or replace a patient

     Store a patient's coded demographic categories under the caller's pseudonymous id.

    The id must be random, not derived from an MRN. The body replaces every category; names,
    addresses, phone numbers, emails and unknown fields are refused. 201 when created, 200 when
    replaced (an identical body changes nothing and publishes no event).

    Args:
        patient_id (str): The caller's id for the patient, unique within the org.
        body (PatientIn): Body of `PUT /v1/patients/{patient_id}`: replaces all of the patient's
            categories.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatientOut | ProblemDetails
    """

    return sync_detailed(
        patient_id=patient_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    patient_id: str,
    *,
    client: AuthenticatedClient,
    body: PatientIn,
) -> Response[PatientOut | ProblemDetails]:
    """Create or replace a patient

     Store a patient's coded demographic categories under the caller's pseudonymous id.

    The id must be random, not derived from an MRN. The body replaces every category; names,
    addresses, phone numbers, emails and unknown fields are refused. 201 when created, 200 when
    replaced (an identical body changes nothing and publishes no event).

    Args:
        patient_id (str): The caller's id for the patient, unique within the org.
        body (PatientIn): Body of `PUT /v1/patients/{patient_id}`: replaces all of the patient's
            categories.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatientOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        patient_id=patient_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    patient_id: str,
    *,
    client: AuthenticatedClient,
    body: PatientIn,
) -> PatientOut | ProblemDetails | None:
    """Create or replace a patient

     Store a patient's coded demographic categories under the caller's pseudonymous id.

    The id must be random, not derived from an MRN. The body replaces every category; names,
    addresses, phone numbers, emails and unknown fields are refused. 201 when created, 200 when
    replaced (an identical body changes nothing and publishes no event).

    Args:
        patient_id (str): The caller's id for the patient, unique within the org.
        body (PatientIn): Body of `PUT /v1/patients/{patient_id}`: replaces all of the patient's
            categories.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatientOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            patient_id=patient_id,
            client=client,
            body=body,
        )
    ).parsed
