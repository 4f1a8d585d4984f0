from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.safety_event_out import SafetyEventOut
from ...models.safety_review_in import SafetyReviewIn
from ...types import UNSET, Response, Unset


def _get_kwargs(
    safety_event_id: str,
    *,
    body: SafetyReviewIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/safety-events/{safety_event_id}/review".format(
            safety_event_id=quote(str(safety_event_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | SafetyEventOut | None:
    if response.status_code == 200:
        response_200 = SafetyEventOut.from_dict(response.json())

        return response_200

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
) -> Response[ProblemDetails | SafetyEventOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    safety_event_id: str,
    *,
    client: AuthenticatedClient,
    body: SafetyReviewIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | SafetyEventOut]:
    """Record a safety event's review

     Move the review on: received → reviewed → actioned, or entered-in-error from any status
    (a retraction, final). Each move stamps its time (`reviewed_at`, `actioned_at`) and
    publishes the event again; the same status again changes nothing. An impossible move is a
    409 problem naming the allowed ones. Needs `intake:safety-review`. The answer leaves out
    the narrative and the reporter: read them with `GET` (audited).

    Args:
        safety_event_id (str): The caller's id for the safety event, unique within the org.
        idempotency_key (str | Unset):
        body (SafetyReviewIn): Body of `POST /v1/safety-events/{safety_event_id}/review`: the
            review's next status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SafetyEventOut]
    """

    kwargs = _get_kwargs(
        safety_event_id=safety_event_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    safety_event_id: str,
    *,
    client: AuthenticatedClient,
    body: SafetyReviewIn,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | SafetyEventOut | None:
    """Record a safety event's review

     Move the review on: received → reviewed → actioned, or entered-in-error from any status
    (a retraction, final). Each move stamps its time (`reviewed_at`, `actioned_at`) and
    publishes the event again; the same status again changes nothing. An impossible move is a
    409 problem naming the allowed ones. Needs `intake:safety-review`. The answer leaves out
    the narrative and the reporter: read them with `GET` (audited).

    Args:
        safety_event_id (str): The caller's id for the safety event, unique within the org.
        idempotency_key (str | Unset):
        body (SafetyReviewIn): Body of `POST /v1/safety-events/{safety_event_id}/review`: the
            review's next status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SafetyEventOut
    """

    return sync_detailed(
        safety_event_id=safety_event_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    safety_event_id: str,
    *,
    client: AuthenticatedClient,
    body: SafetyReviewIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | SafetyEventOut]:
    """Record a safety event's review

     Move the review on: received → reviewed → actioned, or entered-in-error from any status
    (a retraction, final). Each move stamps its time (`reviewed_at`, `actioned_at`) and
    publishes the event again; the same status again changes nothing. An impossible move is a
    409 problem naming the allowed ones. Needs `intake:safety-review`. The answer leaves out
    the narrative and the reporter: read them with `GET` (audited).

    Args:
        safety_event_id (str): The caller's id for the safety event, unique within the org.
        idempotency_key (str | Unset):
        body (SafetyReviewIn): Body of `POST /v1/safety-events/{safety_event_id}/review`: the
            review's next status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SafetyEventOut]
    """

    kwargs = _get_kwargs(
        safety_event_id=safety_event_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    safety_event_id: str,
    *,
    client: AuthenticatedClient,
    body: SafetyReviewIn,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | SafetyEventOut | None:
    """Record a safety event's review

     Move the review on: received → reviewed → actioned, or entered-in-error from any status
    (a retraction, final). Each move stamps its time (`reviewed_at`, `actioned_at`) and
    publishes the event again; the same status again changes nothing. An impossible move is a
    409 problem naming the allowed ones. Needs `intake:safety-review`. The answer leaves out
    the narrative and the reporter: read them with `GET` (audited).

    Args:
        safety_event_id (str): The caller's id for the safety event, unique within the org.
        idempotency_key (str | Unset):
        body (SafetyReviewIn): Body of `POST /v1/safety-events/{safety_event_id}/review`: the
            review's next status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SafetyEventOut
    """

    return (
        await asyncio_detailed(
            safety_event_id=safety_event_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
