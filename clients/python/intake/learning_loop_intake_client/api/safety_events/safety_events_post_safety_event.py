from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.safety_event_in import SafetyEventIn
from ...models.safety_event_out import SafetyEventOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SafetyEventIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/safety-events",
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

    if response.status_code == 201:
        response_201 = SafetyEventOut.from_dict(response.json())

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
) -> Response[ProblemDetails | SafetyEventOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SafetyEventIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | SafetyEventOut]:
    """Report a safety event

     An incident or near miss, under the reporting system's `safety_event_id`.

    201 when stored (review status `received`), 200 when the same id was already reported with the same
    body (nothing stored or published again), 409 when it was reported with another body. Harm levels
    follow the AHRQ Common Formats Harm Scale v1.2; a near miss is `none` or `unknown`, a `death` event
    is `death`. `team_id` or `site_id` (or both) is required. `patient_id` and `encounter_id` need not
    be known to intake yet (EHR extracts often arrive later); an encounter intake holds for another
    patient is a 422. The narrative stays in intake: never on the feed, never logged, never in a
    problem, and read back only with `intake:safety-review`.

    Omit `reporter_id` for an anonymous report: intake then stores nothing that says who sent it (no
    caller with the row, no audit entry for a report, no `Idempotency-Key` record: the header is ignored
    here, `safety_event_id` makes the request safe to retry). The token that sent it still authenticated
    someone: submit anonymous reports with a token of the reporting channel, not a personal one.

    Args:
        idempotency_key (str | Unset):
        body (SafetyEventIn): Body of `POST /v1/safety-events` (and one item of its batch): one
            report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SafetyEventOut]
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
    body: SafetyEventIn,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | SafetyEventOut | None:
    """Report a safety event

     An incident or near miss, under the reporting system's `safety_event_id`.

    201 when stored (review status `received`), 200 when the same id was already reported with the same
    body (nothing stored or published again), 409 when it was reported with another body. Harm levels
    follow the AHRQ Common Formats Harm Scale v1.2; a near miss is `none` or `unknown`, a `death` event
    is `death`. `team_id` or `site_id` (or both) is required. `patient_id` and `encounter_id` need not
    be known to intake yet (EHR extracts often arrive later); an encounter intake holds for another
    patient is a 422. The narrative stays in intake: never on the feed, never logged, never in a
    problem, and read back only with `intake:safety-review`.

    Omit `reporter_id` for an anonymous report: intake then stores nothing that says who sent it (no
    caller with the row, no audit entry for a report, no `Idempotency-Key` record: the header is ignored
    here, `safety_event_id` makes the request safe to retry). The token that sent it still authenticated
    someone: submit anonymous reports with a token of the reporting channel, not a personal one.

    Args:
        idempotency_key (str | Unset):
        body (SafetyEventIn): Body of `POST /v1/safety-events` (and one item of its batch): one
            report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SafetyEventOut
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SafetyEventIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | SafetyEventOut]:
    """Report a safety event

     An incident or near miss, under the reporting system's `safety_event_id`.

    201 when stored (review status `received`), 200 when the same id was already reported with the same
    body (nothing stored or published again), 409 when it was reported with another body. Harm levels
    follow the AHRQ Common Formats Harm Scale v1.2; a near miss is `none` or `unknown`, a `death` event
    is `death`. `team_id` or `site_id` (or both) is required. `patient_id` and `encounter_id` need not
    be known to intake yet (EHR extracts often arrive later); an encounter intake holds for another
    patient is a 422. The narrative stays in intake: never on the feed, never logged, never in a
    problem, and read back only with `intake:safety-review`.

    Omit `reporter_id` for an anonymous report: intake then stores nothing that says who sent it (no
    caller with the row, no audit entry for a report, no `Idempotency-Key` record: the header is ignored
    here, `safety_event_id` makes the request safe to retry). The token that sent it still authenticated
    someone: submit anonymous reports with a token of the reporting channel, not a personal one.

    Args:
        idempotency_key (str | Unset):
        body (SafetyEventIn): Body of `POST /v1/safety-events` (and one item of its batch): one
            report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SafetyEventOut]
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
    body: SafetyEventIn,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | SafetyEventOut | None:
    """Report a safety event

     An incident or near miss, under the reporting system's `safety_event_id`.

    201 when stored (review status `received`), 200 when the same id was already reported with the same
    body (nothing stored or published again), 409 when it was reported with another body. Harm levels
    follow the AHRQ Common Formats Harm Scale v1.2; a near miss is `none` or `unknown`, a `death` event
    is `death`. `team_id` or `site_id` (or both) is required. `patient_id` and `encounter_id` need not
    be known to intake yet (EHR extracts often arrive later); an encounter intake holds for another
    patient is a 422. The narrative stays in intake: never on the feed, never logged, never in a
    problem, and read back only with `intake:safety-review`.

    Omit `reporter_id` for an anonymous report: intake then stores nothing that says who sent it (no
    caller with the row, no audit entry for a report, no `Idempotency-Key` record: the header is ignored
    here, `safety_event_id` makes the request safe to retry). The token that sent it still authenticated
    someone: submit anonymous reports with a token of the reporting channel, not a personal one.

    Args:
        idempotency_key (str | Unset):
        body (SafetyEventIn): Body of `POST /v1/safety-events` (and one item of its batch): one
            report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SafetyEventOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
