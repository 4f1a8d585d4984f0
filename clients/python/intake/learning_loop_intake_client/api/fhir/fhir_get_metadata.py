from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fhir_get_metadata_response_200 import FhirGetMetadataResponse200
from ...models.operation_outcome import OperationOutcome
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fhir/metadata",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FhirGetMetadataResponse200 | OperationOutcome | None:
    if response.status_code == 200:
        response_200 = FhirGetMetadataResponse200.from_dict(response.json())

        return response_200

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
) -> Response[FhirGetMetadataResponse200 | OperationOutcome]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[FhirGetMetadataResponse200 | OperationOutcome]:
    """Read the FHIR CapabilityStatement

     What intake's FHIR endpoints support (resources, interactions) and how to get a token.
    Needs no token: a client reads it before it has one, and it holds no data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirGetMetadataResponse200 | OperationOutcome]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> FhirGetMetadataResponse200 | OperationOutcome | None:
    """Read the FHIR CapabilityStatement

     What intake's FHIR endpoints support (resources, interactions) and how to get a token.
    Needs no token: a client reads it before it has one, and it holds no data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirGetMetadataResponse200 | OperationOutcome
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[FhirGetMetadataResponse200 | OperationOutcome]:
    """Read the FHIR CapabilityStatement

     What intake's FHIR endpoints support (resources, interactions) and how to get a token.
    Needs no token: a client reads it before it has one, and it holds no data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirGetMetadataResponse200 | OperationOutcome]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> FhirGetMetadataResponse200 | OperationOutcome | None:
    """Read the FHIR CapabilityStatement

     What intake's FHIR endpoints support (resources, interactions) and how to get a token.
    Needs no token: a client reads it before it has one, and it holds no data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirGetMetadataResponse200 | OperationOutcome
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
