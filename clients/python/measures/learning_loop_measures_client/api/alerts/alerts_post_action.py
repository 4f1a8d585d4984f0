from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_action_in import AlertActionIn
from ...models.alert_action_out import AlertActionOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    alert_id: str,
    *,
    body: AlertActionIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/alerts/{alert_id}/actions".format(
            alert_id=quote(str(alert_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlertActionOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = AlertActionOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = AlertActionOut.from_dict(response.json())

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
) -> Response[AlertActionOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: AlertActionIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[AlertActionOut | ProblemDetails]:
    """Record an action on an alert

     Append one coded action to the alert's history: a risk assessment, a safety plan made
    or updated, the patient contacted, a crisis-service referral, emergency services, or
    `reviewed-no-action-needed` with a coded `reason` (which closes the alert). `close: true`
    closes it with any other action; a closed alert takes no more actions (409 `alert-closed`)
    and its escalation deadlines are cancelled. Recording an action also acknowledges the alert
    if it was not yet (acting on it means it was seen). Each action is an `alert.actioned` feed
    event and webhook; a closing one also `alert.closed`. The `note` stays in measures. A retry
    with the same `action_id` and body answers the stored action (200); the same id with another
    body is a 409 `action-id-reused`.

    Args:
        alert_id (str): The alert id.
        idempotency_key (str | Unset):
        body (AlertActionIn): One thing done about an alert, under an id the caller chooses (a
            retry with the same id
            and body is answered with the stored action; another body under it is a 409).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertActionOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        alert_id=alert_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: AlertActionIn,
    idempotency_key: str | Unset = UNSET,
) -> AlertActionOut | ProblemDetails | None:
    """Record an action on an alert

     Append one coded action to the alert's history: a risk assessment, a safety plan made
    or updated, the patient contacted, a crisis-service referral, emergency services, or
    `reviewed-no-action-needed` with a coded `reason` (which closes the alert). `close: true`
    closes it with any other action; a closed alert takes no more actions (409 `alert-closed`)
    and its escalation deadlines are cancelled. Recording an action also acknowledges the alert
    if it was not yet (acting on it means it was seen). Each action is an `alert.actioned` feed
    event and webhook; a closing one also `alert.closed`. The `note` stays in measures. A retry
    with the same `action_id` and body answers the stored action (200); the same id with another
    body is a 409 `action-id-reused`.

    Args:
        alert_id (str): The alert id.
        idempotency_key (str | Unset):
        body (AlertActionIn): One thing done about an alert, under an id the caller chooses (a
            retry with the same id
            and body is answered with the stored action; another body under it is a 409).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertActionOut | ProblemDetails
    """

    return sync_detailed(
        alert_id=alert_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: AlertActionIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[AlertActionOut | ProblemDetails]:
    """Record an action on an alert

     Append one coded action to the alert's history: a risk assessment, a safety plan made
    or updated, the patient contacted, a crisis-service referral, emergency services, or
    `reviewed-no-action-needed` with a coded `reason` (which closes the alert). `close: true`
    closes it with any other action; a closed alert takes no more actions (409 `alert-closed`)
    and its escalation deadlines are cancelled. Recording an action also acknowledges the alert
    if it was not yet (acting on it means it was seen). Each action is an `alert.actioned` feed
    event and webhook; a closing one also `alert.closed`. The `note` stays in measures. A retry
    with the same `action_id` and body answers the stored action (200); the same id with another
    body is a 409 `action-id-reused`.

    Args:
        alert_id (str): The alert id.
        idempotency_key (str | Unset):
        body (AlertActionIn): One thing done about an alert, under an id the caller chooses (a
            retry with the same id
            and body is answered with the stored action; another body under it is a 409).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertActionOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        alert_id=alert_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: AlertActionIn,
    idempotency_key: str | Unset = UNSET,
) -> AlertActionOut | ProblemDetails | None:
    """Record an action on an alert

     Append one coded action to the alert's history: a risk assessment, a safety plan made
    or updated, the patient contacted, a crisis-service referral, emergency services, or
    `reviewed-no-action-needed` with a coded `reason` (which closes the alert). `close: true`
    closes it with any other action; a closed alert takes no more actions (409 `alert-closed`)
    and its escalation deadlines are cancelled. Recording an action also acknowledges the alert
    if it was not yet (acting on it means it was seen). Each action is an `alert.actioned` feed
    event and webhook; a closing one also `alert.closed`. The `note` stays in measures. A retry
    with the same `action_id` and body answers the stored action (200); the same id with another
    body is a 409 `action-id-reused`.

    Args:
        alert_id (str): The alert id.
        idempotency_key (str | Unset):
        body (AlertActionIn): One thing done about an alert, under an id the caller chooses (a
            retry with the same id
            and body is answered with the stored action; another body under it is a 409).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertActionOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            alert_id=alert_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
