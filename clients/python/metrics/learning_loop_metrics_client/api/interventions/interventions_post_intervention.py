from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.intervention_in import InterventionIn
from ...models.intervention_out import InterventionOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InterventionIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/interventions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InterventionOut | ProblemDetails | None:
    if response.status_code == 201:
        response_201 = InterventionOut.from_dict(response.json())

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
) -> Response[InterventionOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InterventionIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[InterventionOut | ProblemDetails]:
    """Record a QI intervention

     Deprecated: use `PUT /v1/projects/{project_id}` and its cycles; this records a project
    with one cycle under one new id. Record a change (a PDSA cycle) on one unit: the metric it
    aims at, the unit, the start date, a title and a description. It is marked on the unit's
    charts of that metric and its effect is at `GET /v1/interventions/{id}/effect`. Send an
    `Idempotency-Key` so that a retried request does not record the change twice.

    Args:
        idempotency_key (str | Unset):
        body (InterventionIn): A QI change (a PDSA cycle) on one unit, to be read off one metric's
            series.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InterventionOut | ProblemDetails]
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
    body: InterventionIn,
    idempotency_key: str | Unset = UNSET,
) -> InterventionOut | ProblemDetails | None:
    """Record a QI intervention

     Deprecated: use `PUT /v1/projects/{project_id}` and its cycles; this records a project
    with one cycle under one new id. Record a change (a PDSA cycle) on one unit: the metric it
    aims at, the unit, the start date, a title and a description. It is marked on the unit's
    charts of that metric and its effect is at `GET /v1/interventions/{id}/effect`. Send an
    `Idempotency-Key` so that a retried request does not record the change twice.

    Args:
        idempotency_key (str | Unset):
        body (InterventionIn): A QI change (a PDSA cycle) on one unit, to be read off one metric's
            series.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InterventionOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InterventionIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[InterventionOut | ProblemDetails]:
    """Record a QI intervention

     Deprecated: use `PUT /v1/projects/{project_id}` and its cycles; this records a project
    with one cycle under one new id. Record a change (a PDSA cycle) on one unit: the metric it
    aims at, the unit, the start date, a title and a description. It is marked on the unit's
    charts of that metric and its effect is at `GET /v1/interventions/{id}/effect`. Send an
    `Idempotency-Key` so that a retried request does not record the change twice.

    Args:
        idempotency_key (str | Unset):
        body (InterventionIn): A QI change (a PDSA cycle) on one unit, to be read off one metric's
            series.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InterventionOut | ProblemDetails]
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
    body: InterventionIn,
    idempotency_key: str | Unset = UNSET,
) -> InterventionOut | ProblemDetails | None:
    """Record a QI intervention

     Deprecated: use `PUT /v1/projects/{project_id}` and its cycles; this records a project
    with one cycle under one new id. Record a change (a PDSA cycle) on one unit: the metric it
    aims at, the unit, the start date, a title and a description. It is marked on the unit's
    charts of that metric and its effect is at `GET /v1/interventions/{id}/effect`. Send an
    `Idempotency-Key` so that a retried request does not record the change twice.

    Args:
        idempotency_key (str | Unset):
        body (InterventionIn): A QI change (a PDSA cycle) on one unit, to be read off one metric's
            series.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InterventionOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
