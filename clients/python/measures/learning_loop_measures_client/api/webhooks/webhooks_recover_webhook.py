from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.recover_in import RecoverIn
from ...models.recover_out import RecoverOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    webhook_id: str,
    *,
    body: RecoverIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/{webhook_id}/recover".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | RecoverOut | None:
    if response.status_code == 200:
        response_200 = RecoverOut.from_dict(response.json())

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
) -> Response[ProblemDetails | RecoverOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: RecoverIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | RecoverOut]:
    """Send given-up deliveries again

     After an outage longer than the retry schedule (about 42 hours), or once an endpoint that
    answered 410 Gone is back: every `failed` or `cancelled` delivery created since `since` is
    set back to `pending` with a fresh retry schedule, under its original `webhook-id` (so a
    receiver that did get one can drop the repeat). A disabled endpoint is enabled again.

    Args:
        webhook_id (str): The webhook id.
        idempotency_key (str | Unset):
        body (RecoverIn): Which given-up deliveries to send again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | RecoverOut]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: RecoverIn,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | RecoverOut | None:
    """Send given-up deliveries again

     After an outage longer than the retry schedule (about 42 hours), or once an endpoint that
    answered 410 Gone is back: every `failed` or `cancelled` delivery created since `since` is
    set back to `pending` with a fresh retry schedule, under its original `webhook-id` (so a
    receiver that did get one can drop the repeat). A disabled endpoint is enabled again.

    Args:
        webhook_id (str): The webhook id.
        idempotency_key (str | Unset):
        body (RecoverIn): Which given-up deliveries to send again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | RecoverOut
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: RecoverIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | RecoverOut]:
    """Send given-up deliveries again

     After an outage longer than the retry schedule (about 42 hours), or once an endpoint that
    answered 410 Gone is back: every `failed` or `cancelled` delivery created since `since` is
    set back to `pending` with a fresh retry schedule, under its original `webhook-id` (so a
    receiver that did get one can drop the repeat). A disabled endpoint is enabled again.

    Args:
        webhook_id (str): The webhook id.
        idempotency_key (str | Unset):
        body (RecoverIn): Which given-up deliveries to send again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | RecoverOut]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: RecoverIn,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | RecoverOut | None:
    """Send given-up deliveries again

     After an outage longer than the retry schedule (about 42 hours), or once an endpoint that
    answered 410 Gone is back: every `failed` or `cancelled` delivery created since `since` is
    set back to `pending` with a fresh retry schedule, under its original `webhook-id` (so a
    receiver that did get one can drop the repeat). A disabled endpoint is enabled again.

    Args:
        webhook_id (str): The webhook id.
        idempotency_key (str | Unset):
        body (RecoverIn): Which given-up deliveries to send again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | RecoverOut
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
