from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fhir_read_questionnaire_response_200 import FhirReadQuestionnaireResponse200
from ...models.operation_outcome import OperationOutcome
from ...types import Response


def _get_kwargs(
    questionnaire_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fhir/Questionnaire/{questionnaire_id}".format(
            questionnaire_id=quote(str(questionnaire_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FhirReadQuestionnaireResponse200 | OperationOutcome | None:
    if response.status_code == 200:
        response_200 = FhirReadQuestionnaireResponse200.from_dict(response.json())

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
) -> Response[FhirReadQuestionnaireResponse200 | OperationOutcome]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    questionnaire_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FhirReadQuestionnaireResponse200 | OperationOutcome]:
    """Read an instrument's Questionnaire

     An instrument version's Questionnaire by its id (`phq9-v1`: the instrument and version,
    as `GET /v1/instruments/{id}/questionnaire` gives it).

    Args:
        questionnaire_id (str): The resource's FHIR id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirReadQuestionnaireResponse200 | OperationOutcome]
    """

    kwargs = _get_kwargs(
        questionnaire_id=questionnaire_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    questionnaire_id: str,
    *,
    client: AuthenticatedClient,
) -> FhirReadQuestionnaireResponse200 | OperationOutcome | None:
    """Read an instrument's Questionnaire

     An instrument version's Questionnaire by its id (`phq9-v1`: the instrument and version,
    as `GET /v1/instruments/{id}/questionnaire` gives it).

    Args:
        questionnaire_id (str): The resource's FHIR id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirReadQuestionnaireResponse200 | OperationOutcome
    """

    return sync_detailed(
        questionnaire_id=questionnaire_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    questionnaire_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FhirReadQuestionnaireResponse200 | OperationOutcome]:
    """Read an instrument's Questionnaire

     An instrument version's Questionnaire by its id (`phq9-v1`: the instrument and version,
    as `GET /v1/instruments/{id}/questionnaire` gives it).

    Args:
        questionnaire_id (str): The resource's FHIR id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirReadQuestionnaireResponse200 | OperationOutcome]
    """

    kwargs = _get_kwargs(
        questionnaire_id=questionnaire_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    questionnaire_id: str,
    *,
    client: AuthenticatedClient,
) -> FhirReadQuestionnaireResponse200 | OperationOutcome | None:
    """Read an instrument's Questionnaire

     An instrument version's Questionnaire by its id (`phq9-v1`: the instrument and version,
    as `GET /v1/instruments/{id}/questionnaire` gives it).

    Args:
        questionnaire_id (str): The resource's FHIR id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirReadQuestionnaireResponse200 | OperationOutcome
    """

    return (
        await asyncio_detailed(
            questionnaire_id=questionnaire_id,
            client=client,
        )
    ).parsed
