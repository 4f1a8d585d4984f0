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
    form_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fhir/Questionnaire/{form_id}".format(
            form_id=quote(str(form_id), safe=""),
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
    form_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FhirReadQuestionnaireResponse200 | OperationOutcome]:
    """Read a feedback form as a FHIR Questionnaire

     The FHIR read of `GET /v1/forms/{form_id}/questionnaire`: the Questionnaire's id is the
    form id. An unknown id is a 404 OperationOutcome.

    Args:
        form_id (str): A form id from `GET /v1/forms`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirReadQuestionnaireResponse200 | OperationOutcome]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    form_id: str,
    *,
    client: AuthenticatedClient,
) -> FhirReadQuestionnaireResponse200 | OperationOutcome | None:
    """Read a feedback form as a FHIR Questionnaire

     The FHIR read of `GET /v1/forms/{form_id}/questionnaire`: the Questionnaire's id is the
    form id. An unknown id is a 404 OperationOutcome.

    Args:
        form_id (str): A form id from `GET /v1/forms`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirReadQuestionnaireResponse200 | OperationOutcome
    """

    return sync_detailed(
        form_id=form_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    form_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FhirReadQuestionnaireResponse200 | OperationOutcome]:
    """Read a feedback form as a FHIR Questionnaire

     The FHIR read of `GET /v1/forms/{form_id}/questionnaire`: the Questionnaire's id is the
    form id. An unknown id is a 404 OperationOutcome.

    Args:
        form_id (str): A form id from `GET /v1/forms`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirReadQuestionnaireResponse200 | OperationOutcome]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    form_id: str,
    *,
    client: AuthenticatedClient,
) -> FhirReadQuestionnaireResponse200 | OperationOutcome | None:
    """Read a feedback form as a FHIR Questionnaire

     The FHIR read of `GET /v1/forms/{form_id}/questionnaire`: the Questionnaire's id is the
    form id. An unknown id is a 404 OperationOutcome.

    Args:
        form_id (str): A form id from `GET /v1/forms`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirReadQuestionnaireResponse200 | OperationOutcome
    """

    return (
        await asyncio_detailed(
            form_id=form_id,
            client=client,
        )
    ).parsed
