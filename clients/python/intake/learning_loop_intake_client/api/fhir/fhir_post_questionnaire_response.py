from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fhir_post_questionnaire_response_json_body import FhirPostQuestionnaireResponseJsonBody
from ...models.fhir_post_questionnaire_response_response_200 import FhirPostQuestionnaireResponseResponse200
from ...models.fhir_post_questionnaire_response_response_201 import FhirPostQuestionnaireResponseResponse201
from ...models.operation_outcome import OperationOutcome
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FhirPostQuestionnaireResponseJsonBody,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fhir/QuestionnaireResponse",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/fhir+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FhirPostQuestionnaireResponseResponse200 | FhirPostQuestionnaireResponseResponse201 | OperationOutcome | None:
    if response.status_code == 200:
        response_200 = FhirPostQuestionnaireResponseResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = FhirPostQuestionnaireResponseResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = OperationOutcome.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OperationOutcome.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OperationOutcome.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = OperationOutcome.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = OperationOutcome.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = OperationOutcome.from_dict(response.json())

        return response_415

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
) -> Response[FhirPostQuestionnaireResponseResponse200 | FhirPostQuestionnaireResponseResponse201 | OperationOutcome]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FhirPostQuestionnaireResponseJsonBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[FhirPostQuestionnaireResponseResponse200 | FhirPostQuestionnaireResponseResponse201 | OperationOutcome]:
    """Submit feedback as a FHIR QuestionnaireResponse

     A completed R4 QuestionnaireResponse whose `questionnaire` is one of intake's forms
    (`GET /v1/forms/{id}/questionnaire`). `subject` (Patient/<id>) and `encounter`
    (Encounter/<id>) link it; `identifier.value` plays the part of `submission_id`. The answer
    is the stored response without its free-text items.

    Args:
        idempotency_key (str | Unset):
        body (FhirPostQuestionnaireResponseJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirPostQuestionnaireResponseResponse200 | FhirPostQuestionnaireResponseResponse201 | OperationOutcome]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FhirPostQuestionnaireResponseJsonBody,
    idempotency_key: str | Unset = UNSET,
) -> FhirPostQuestionnaireResponseResponse200 | FhirPostQuestionnaireResponseResponse201 | OperationOutcome | None:
    """Submit feedback as a FHIR QuestionnaireResponse

     A completed R4 QuestionnaireResponse whose `questionnaire` is one of intake's forms
    (`GET /v1/forms/{id}/questionnaire`). `subject` (Patient/<id>) and `encounter`
    (Encounter/<id>) link it; `identifier.value` plays the part of `submission_id`. The answer
    is the stored response without its free-text items.

    Args:
        idempotency_key (str | Unset):
        body (FhirPostQuestionnaireResponseJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirPostQuestionnaireResponseResponse200 | FhirPostQuestionnaireResponseResponse201 | OperationOutcome
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FhirPostQuestionnaireResponseJsonBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[FhirPostQuestionnaireResponseResponse200 | FhirPostQuestionnaireResponseResponse201 | OperationOutcome]:
    """Submit feedback as a FHIR QuestionnaireResponse

     A completed R4 QuestionnaireResponse whose `questionnaire` is one of intake's forms
    (`GET /v1/forms/{id}/questionnaire`). `subject` (Patient/<id>) and `encounter`
    (Encounter/<id>) link it; `identifier.value` plays the part of `submission_id`. The answer
    is the stored response without its free-text items.

    Args:
        idempotency_key (str | Unset):
        body (FhirPostQuestionnaireResponseJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirPostQuestionnaireResponseResponse200 | FhirPostQuestionnaireResponseResponse201 | OperationOutcome]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FhirPostQuestionnaireResponseJsonBody,
    idempotency_key: str | Unset = UNSET,
) -> FhirPostQuestionnaireResponseResponse200 | FhirPostQuestionnaireResponseResponse201 | OperationOutcome | None:
    """Submit feedback as a FHIR QuestionnaireResponse

     A completed R4 QuestionnaireResponse whose `questionnaire` is one of intake's forms
    (`GET /v1/forms/{id}/questionnaire`). `subject` (Patient/<id>) and `encounter`
    (Encounter/<id>) link it; `identifier.value` plays the part of `submission_id`. The answer
    is the stored response without its free-text items.

    Args:
        idempotency_key (str | Unset):
        body (FhirPostQuestionnaireResponseJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirPostQuestionnaireResponseResponse200 | FhirPostQuestionnaireResponseResponse201 | OperationOutcome
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
