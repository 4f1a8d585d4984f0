from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.webhook_created import WebhookCreated
from ...models.webhook_in import WebhookIn
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WebhookIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | WebhookCreated | None:
    if response.status_code == 201:
        response_201 = WebhookCreated.from_dict(response.json())

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
) -> Response[ProblemDetails | WebhookCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | WebhookCreated]:
    """Register a webhook endpoint

     `feedback.rupture` (session feedback whose form's rupture rule fired: an alliance item
    at or below the form's threshold, or a drop from the patient's previous submission) is
    POSTed to `url`, signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`,
    `webhook-signature`). Bodies carry ids only (`{"type": "feedback.rupture", "timestamp":
    ..., "data": {"org", "feedback_id", "rule", "patient_id"}}`; `patient_id` is null for a
    42 CFR Part 2 record the feed may not name): read the submission with
    `GET /v1/feedback/{feedback_id}`. Failed deliveries are retried with exponential backoff
    and jitter for about 42 hours. Redirects are not followed. The URL must resolve to public
    addresses only (422 otherwise). The signing secret is in this answer only: store it.

    Args:
        idempotency_key (str | Unset):
        body (WebhookIn): An endpoint to notify when session feedback shows an alliance rupture.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | WebhookCreated]
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
    body: WebhookIn,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | WebhookCreated | None:
    """Register a webhook endpoint

     `feedback.rupture` (session feedback whose form's rupture rule fired: an alliance item
    at or below the form's threshold, or a drop from the patient's previous submission) is
    POSTed to `url`, signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`,
    `webhook-signature`). Bodies carry ids only (`{"type": "feedback.rupture", "timestamp":
    ..., "data": {"org", "feedback_id", "rule", "patient_id"}}`; `patient_id` is null for a
    42 CFR Part 2 record the feed may not name): read the submission with
    `GET /v1/feedback/{feedback_id}`. Failed deliveries are retried with exponential backoff
    and jitter for about 42 hours. Redirects are not followed. The URL must resolve to public
    addresses only (422 otherwise). The signing secret is in this answer only: store it.

    Args:
        idempotency_key (str | Unset):
        body (WebhookIn): An endpoint to notify when session feedback shows an alliance rupture.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | WebhookCreated
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | WebhookCreated]:
    """Register a webhook endpoint

     `feedback.rupture` (session feedback whose form's rupture rule fired: an alliance item
    at or below the form's threshold, or a drop from the patient's previous submission) is
    POSTed to `url`, signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`,
    `webhook-signature`). Bodies carry ids only (`{"type": "feedback.rupture", "timestamp":
    ..., "data": {"org", "feedback_id", "rule", "patient_id"}}`; `patient_id` is null for a
    42 CFR Part 2 record the feed may not name): read the submission with
    `GET /v1/feedback/{feedback_id}`. Failed deliveries are retried with exponential backoff
    and jitter for about 42 hours. Redirects are not followed. The URL must resolve to public
    addresses only (422 otherwise). The signing secret is in this answer only: store it.

    Args:
        idempotency_key (str | Unset):
        body (WebhookIn): An endpoint to notify when session feedback shows an alliance rupture.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | WebhookCreated]
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
    body: WebhookIn,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | WebhookCreated | None:
    """Register a webhook endpoint

     `feedback.rupture` (session feedback whose form's rupture rule fired: an alliance item
    at or below the form's threshold, or a drop from the patient's previous submission) is
    POSTed to `url`, signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`,
    `webhook-signature`). Bodies carry ids only (`{"type": "feedback.rupture", "timestamp":
    ..., "data": {"org", "feedback_id", "rule", "patient_id"}}`; `patient_id` is null for a
    42 CFR Part 2 record the feed may not name): read the submission with
    `GET /v1/feedback/{feedback_id}`. Failed deliveries are retried with exponential backoff
    and jitter for about 42 hours. Redirects are not followed. The URL must resolve to public
    addresses only (422 otherwise). The signing secret is in this answer only: store it.

    Args:
        idempotency_key (str | Unset):
        body (WebhookIn): An endpoint to notify when session feedback shows an alliance rupture.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | WebhookCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
