from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_result import BatchResult
from ...models.problem_details import ProblemDetails
from ...models.workforce_post_staff_batch_json_staff_batch_item import WorkforcePostStaffBatchJsonStaffBatchItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[WorkforcePostStaffBatchJsonStaffBatchItem],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/staff:batch",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchResult | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = BatchResult.from_dict(response.json())

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
) -> Response[BatchResult | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[WorkforcePostStaffBatchJsonStaffBatchItem],
    idempotency_key: str | Unset = UNSET,
) -> Response[BatchResult | ProblemDetails]:
    """Create or update many staff records

     Up to 5000 staff records (JSON array or NDJSON, each the PUT body plus its `staff_id`), each
    answered on its own as if sent alone, in order: a refused item (422 invalid, 409 impossible change)
    does not stop the others. Re-sending a batch changes nothing and publishes nothing; an `Idempotency-
    Key` replays the first answer.

    Args:
        idempotency_key (str | Unset):
        body (list[WorkforcePostStaffBatchJsonStaffBatchItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchResult | ProblemDetails]
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
    body: list[WorkforcePostStaffBatchJsonStaffBatchItem],
    idempotency_key: str | Unset = UNSET,
) -> BatchResult | ProblemDetails | None:
    """Create or update many staff records

     Up to 5000 staff records (JSON array or NDJSON, each the PUT body plus its `staff_id`), each
    answered on its own as if sent alone, in order: a refused item (422 invalid, 409 impossible change)
    does not stop the others. Re-sending a batch changes nothing and publishes nothing; an `Idempotency-
    Key` replays the first answer.

    Args:
        idempotency_key (str | Unset):
        body (list[WorkforcePostStaffBatchJsonStaffBatchItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchResult | ProblemDetails
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[WorkforcePostStaffBatchJsonStaffBatchItem],
    idempotency_key: str | Unset = UNSET,
) -> Response[BatchResult | ProblemDetails]:
    """Create or update many staff records

     Up to 5000 staff records (JSON array or NDJSON, each the PUT body plus its `staff_id`), each
    answered on its own as if sent alone, in order: a refused item (422 invalid, 409 impossible change)
    does not stop the others. Re-sending a batch changes nothing and publishes nothing; an `Idempotency-
    Key` replays the first answer.

    Args:
        idempotency_key (str | Unset):
        body (list[WorkforcePostStaffBatchJsonStaffBatchItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchResult | ProblemDetails]
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
    body: list[WorkforcePostStaffBatchJsonStaffBatchItem],
    idempotency_key: str | Unset = UNSET,
) -> BatchResult | ProblemDetails | None:
    """Create or update many staff records

     Up to 5000 staff records (JSON array or NDJSON, each the PUT body plus its `staff_id`), each
    answered on its own as if sent alone, in order: a refused item (422 invalid, 409 impossible change)
    does not stop the others. Re-sending a batch changes nothing and publishes nothing; an `Idempotency-
    Key` replays the first answer.

    Args:
        idempotency_key (str | Unset):
        body (list[WorkforcePostStaffBatchJsonStaffBatchItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchResult | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
