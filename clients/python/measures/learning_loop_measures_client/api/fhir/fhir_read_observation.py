from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fhir_read_observation_response_200 import FhirReadObservationResponse200
from ...models.operation_outcome import OperationOutcome
from ...types import Response


def _get_kwargs(
    observation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fhir/Observation/{observation_id}".format(
            observation_id=quote(str(observation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FhirReadObservationResponse200 | OperationOutcome | None:
    if response.status_code == 200:
        response_200 = FhirReadObservationResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = OperationOutcome.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OperationOutcome.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = OperationOutcome.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = OperationOutcome.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = OperationOutcome.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = OperationOutcome.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = OperationOutcome.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FhirReadObservationResponse200 | OperationOutcome]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    observation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FhirReadObservationResponse200 | OperationOutcome]:
    """Read a score Observation

     One Observation by the id a search gave it, rebuilt from its assessment. Another
    organization's id is a 404, as an unknown one is. Audited.

    Args:
        observation_id (str): The resource's FHIR id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirReadObservationResponse200 | OperationOutcome]
    """

    kwargs = _get_kwargs(
        observation_id=observation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    observation_id: str,
    *,
    client: AuthenticatedClient,
) -> FhirReadObservationResponse200 | OperationOutcome | None:
    """Read a score Observation

     One Observation by the id a search gave it, rebuilt from its assessment. Another
    organization's id is a 404, as an unknown one is. Audited.

    Args:
        observation_id (str): The resource's FHIR id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirReadObservationResponse200 | OperationOutcome
    """

    return sync_detailed(
        observation_id=observation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    observation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FhirReadObservationResponse200 | OperationOutcome]:
    """Read a score Observation

     One Observation by the id a search gave it, rebuilt from its assessment. Another
    organization's id is a 404, as an unknown one is. Audited.

    Args:
        observation_id (str): The resource's FHIR id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirReadObservationResponse200 | OperationOutcome]
    """

    kwargs = _get_kwargs(
        observation_id=observation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    observation_id: str,
    *,
    client: AuthenticatedClient,
) -> FhirReadObservationResponse200 | OperationOutcome | None:
    """Read a score Observation

     One Observation by the id a search gave it, rebuilt from its assessment. Another
    organization's id is a 404, as an unknown one is. Audited.

    Args:
        observation_id (str): The resource's FHIR id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirReadObservationResponse200 | OperationOutcome
    """

    return (
        await asyncio_detailed(
            observation_id=observation_id,
            client=client,
        )
    ).parsed
