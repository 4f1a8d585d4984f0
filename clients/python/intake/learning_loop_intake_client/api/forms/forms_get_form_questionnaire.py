from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forms_get_form_questionnaire_response_forms_get_form_questionnaire import (
    FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire,
)
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    form_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/forms/{form_id}/questionnaire".format(
            form_id=quote(str(form_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

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
) -> Response[FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire | ProblemDetails]:
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
) -> Response[FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire | ProblemDetails]:
    """Read a feedback form as a FHIR Questionnaire

     The form as a FHIR R4 Questionnaire, for apps and EHRs that render forms from FHIR.
    Answers may come back as a QuestionnaireResponse (`POST /fhir/QuestionnaireResponse`).

    Args:
        form_id (str): A form id from `GET /v1/forms`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire | ProblemDetails]
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
) -> FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire | ProblemDetails | None:
    """Read a feedback form as a FHIR Questionnaire

     The form as a FHIR R4 Questionnaire, for apps and EHRs that render forms from FHIR.
    Answers may come back as a QuestionnaireResponse (`POST /fhir/QuestionnaireResponse`).

    Args:
        form_id (str): A form id from `GET /v1/forms`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire | ProblemDetails
    """

    return sync_detailed(
        form_id=form_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    form_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire | ProblemDetails]:
    """Read a feedback form as a FHIR Questionnaire

     The form as a FHIR R4 Questionnaire, for apps and EHRs that render forms from FHIR.
    Answers may come back as a QuestionnaireResponse (`POST /fhir/QuestionnaireResponse`).

    Args:
        form_id (str): A form id from `GET /v1/forms`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire | ProblemDetails]
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
) -> FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire | ProblemDetails | None:
    """Read a feedback form as a FHIR Questionnaire

     The form as a FHIR R4 Questionnaire, for apps and EHRs that render forms from FHIR.
    Answers may come back as a QuestionnaireResponse (`POST /fhir/QuestionnaireResponse`).

    Args:
        form_id (str): A form id from `GET /v1/forms`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormsGetFormQuestionnaireResponseFormsGetFormQuestionnaire | ProblemDetails
    """

    return (
        await asyncio_detailed(
            form_id=form_id,
            client=client,
        )
    ).parsed
