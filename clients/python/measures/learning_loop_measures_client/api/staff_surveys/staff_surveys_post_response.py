from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.staff_survey_response_ack import StaffSurveyResponseAck
from ...models.staff_survey_response_in import StaffSurveyResponseIn
from ...types import Response


def _get_kwargs(
    *,
    body: StaffSurveyResponseIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/staff-survey-responses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | StaffSurveyResponseAck | None:
    if response.status_code == 200:
        response_200 = StaffSurveyResponseAck.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = StaffSurveyResponseAck.from_dict(response.json())

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

    if response.status_code == 410:
        response_410 = ProblemDetails.from_dict(response.json())

        return response_410

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
) -> Response[ProblemDetails | StaffSurveyResponseAck]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StaffSurveyResponseIn,
) -> Response[ProblemDetails | StaffSurveyResponseAck]:
    """Answer a staff survey (anonymous, with a one-time token)

     Store one anonymous answer. The token in the body is the only credential: no bearer
    token, nothing of the person; answers carry no id back. One answer per token: the same
    answers again are a replay (200), other answers a 409 `survey-token-spent`. An unknown
    token is a 403 `survey-token-refused`; before the first day a 403 `survey-not-open` (the
    token will work later); after the campaign closed a 410 `survey-closed` (it never will).
    An `Authorization` or `Idempotency-Key` header is dropped unread: either would store
    something of the caller beside the moment of the answer; a retry is safe without one.

    Args:
        body (StaffSurveyResponseIn): One anonymous answer, with the token from the link the
            respondent received.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | StaffSurveyResponseAck]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StaffSurveyResponseIn,
) -> ProblemDetails | StaffSurveyResponseAck | None:
    """Answer a staff survey (anonymous, with a one-time token)

     Store one anonymous answer. The token in the body is the only credential: no bearer
    token, nothing of the person; answers carry no id back. One answer per token: the same
    answers again are a replay (200), other answers a 409 `survey-token-spent`. An unknown
    token is a 403 `survey-token-refused`; before the first day a 403 `survey-not-open` (the
    token will work later); after the campaign closed a 410 `survey-closed` (it never will).
    An `Authorization` or `Idempotency-Key` header is dropped unread: either would store
    something of the caller beside the moment of the answer; a retry is safe without one.

    Args:
        body (StaffSurveyResponseIn): One anonymous answer, with the token from the link the
            respondent received.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | StaffSurveyResponseAck
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StaffSurveyResponseIn,
) -> Response[ProblemDetails | StaffSurveyResponseAck]:
    """Answer a staff survey (anonymous, with a one-time token)

     Store one anonymous answer. The token in the body is the only credential: no bearer
    token, nothing of the person; answers carry no id back. One answer per token: the same
    answers again are a replay (200), other answers a 409 `survey-token-spent`. An unknown
    token is a 403 `survey-token-refused`; before the first day a 403 `survey-not-open` (the
    token will work later); after the campaign closed a 410 `survey-closed` (it never will).
    An `Authorization` or `Idempotency-Key` header is dropped unread: either would store
    something of the caller beside the moment of the answer; a retry is safe without one.

    Args:
        body (StaffSurveyResponseIn): One anonymous answer, with the token from the link the
            respondent received.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | StaffSurveyResponseAck]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StaffSurveyResponseIn,
) -> ProblemDetails | StaffSurveyResponseAck | None:
    """Answer a staff survey (anonymous, with a one-time token)

     Store one anonymous answer. The token in the body is the only credential: no bearer
    token, nothing of the person; answers carry no id back. One answer per token: the same
    answers again are a replay (200), other answers a 409 `survey-token-spent`. An unknown
    token is a 403 `survey-token-refused`; before the first day a 403 `survey-not-open` (the
    token will work later); after the campaign closed a 410 `survey-closed` (it never will).
    An `Authorization` or `Idempotency-Key` header is dropped unread: either would store
    something of the caller beside the moment of the answer; a retry is safe without one.

    Args:
        body (StaffSurveyResponseIn): One anonymous answer, with the token from the link the
            respondent received.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | StaffSurveyResponseAck
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
