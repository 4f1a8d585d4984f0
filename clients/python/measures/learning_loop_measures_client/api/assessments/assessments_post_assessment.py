from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assessment_in import AssessmentIn
from ...models.assessment_out import AssessmentOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AssessmentIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/assessments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssessmentOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = AssessmentOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = AssessmentOut.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

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
) -> Response[AssessmentOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AssessmentIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[AssessmentOut | ProblemDetails]:
    """Store and score an assessment

     Score a completed instrument for a patient and store it with who completed it, clinician,
    team and site. The answer carries total, subscales, severity band, flags, the change since
    the patient's baseline (reliable change, response, remission) and any alerts it raised.
    Resending the same `assessment_id` with the same body returns the stored result (200).
    A staff instrument (`subject` `clinician`, such as `burnout1`) is answered anonymously: a
    `clinician_id` or `patient_id` is refused with a 422 naming the field, and its completion
    time is kept only as the start of its ISO week (or month, when the week began earlier).

    Args:
        idempotency_key (str | Unset):
        body (AssessmentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentOut | ProblemDetails]
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
    body: AssessmentIn,
    idempotency_key: str | Unset = UNSET,
) -> AssessmentOut | ProblemDetails | None:
    """Store and score an assessment

     Score a completed instrument for a patient and store it with who completed it, clinician,
    team and site. The answer carries total, subscales, severity band, flags, the change since
    the patient's baseline (reliable change, response, remission) and any alerts it raised.
    Resending the same `assessment_id` with the same body returns the stored result (200).
    A staff instrument (`subject` `clinician`, such as `burnout1`) is answered anonymously: a
    `clinician_id` or `patient_id` is refused with a 422 naming the field, and its completion
    time is kept only as the start of its ISO week (or month, when the week began earlier).

    Args:
        idempotency_key (str | Unset):
        body (AssessmentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AssessmentIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[AssessmentOut | ProblemDetails]:
    """Store and score an assessment

     Score a completed instrument for a patient and store it with who completed it, clinician,
    team and site. The answer carries total, subscales, severity band, flags, the change since
    the patient's baseline (reliable change, response, remission) and any alerts it raised.
    Resending the same `assessment_id` with the same body returns the stored result (200).
    A staff instrument (`subject` `clinician`, such as `burnout1`) is answered anonymously: a
    `clinician_id` or `patient_id` is refused with a 422 naming the field, and its completion
    time is kept only as the start of its ISO week (or month, when the week began earlier).

    Args:
        idempotency_key (str | Unset):
        body (AssessmentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentOut | ProblemDetails]
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
    body: AssessmentIn,
    idempotency_key: str | Unset = UNSET,
) -> AssessmentOut | ProblemDetails | None:
    """Store and score an assessment

     Score a completed instrument for a patient and store it with who completed it, clinician,
    team and site. The answer carries total, subscales, severity band, flags, the change since
    the patient's baseline (reliable change, response, remission) and any alerts it raised.
    Resending the same `assessment_id` with the same body returns the stored result (200).
    A staff instrument (`subject` `clinician`, such as `burnout1`) is answered anonymously: a
    `clinician_id` or `patient_id` is refused with a 422 naming the field, and its completion
    time is kept only as the start of its ISO week (or month, when the week began earlier).

    Args:
        idempotency_key (str | Unset):
        body (AssessmentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
