from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plan_in import PlanIn
from ...models.plan_out import PlanOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    plan_id: str,
    *,
    body: PlanIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/measurement-plans/{plan_id}".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlanOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = PlanOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PlanOut.from_dict(response.json())

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
) -> Response[PlanOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plan_id: str,
    *,
    client: AuthenticatedClient,
    body: PlanIn,
) -> Response[PlanOut | ProblemDetails]:
    """Set a measurement plan

     Create or replace one of your organization's measurement plans: the instrument, the
    service line it applies to (null: every one), the kept session by which the baseline is
    due, then every K kept sessions and/or every D days, and the grace before a due measurement
    is overdue. A plan needs `every_sessions` or `every_days`; `grace_days` needs
    `every_days`; only one active plan may measure an instrument in a service line. Each is a
    422 naming the field. Repeating the request leaves the same plan (200). Example:
    `PUT /v1/measurement-plans/phq9-adult` with `{"instrument_id": "phq9",
    "service_line": "adult-outpatient", "baseline_within_sessions": 2, "every_sessions": 4}`.

    Args:
        plan_id (str): The plan's id, chosen by you.
        body (PlanIn): A measurement plan: which instrument, where, how soon and how often.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: str,
    *,
    client: AuthenticatedClient,
    body: PlanIn,
) -> PlanOut | ProblemDetails | None:
    """Set a measurement plan

     Create or replace one of your organization's measurement plans: the instrument, the
    service line it applies to (null: every one), the kept session by which the baseline is
    due, then every K kept sessions and/or every D days, and the grace before a due measurement
    is overdue. A plan needs `every_sessions` or `every_days`; `grace_days` needs
    `every_days`; only one active plan may measure an instrument in a service line. Each is a
    422 naming the field. Repeating the request leaves the same plan (200). Example:
    `PUT /v1/measurement-plans/phq9-adult` with `{"instrument_id": "phq9",
    "service_line": "adult-outpatient", "baseline_within_sessions": 2, "every_sessions": 4}`.

    Args:
        plan_id (str): The plan's id, chosen by you.
        body (PlanIn): A measurement plan: which instrument, where, how soon and how often.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanOut | ProblemDetails
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    plan_id: str,
    *,
    client: AuthenticatedClient,
    body: PlanIn,
) -> Response[PlanOut | ProblemDetails]:
    """Set a measurement plan

     Create or replace one of your organization's measurement plans: the instrument, the
    service line it applies to (null: every one), the kept session by which the baseline is
    due, then every K kept sessions and/or every D days, and the grace before a due measurement
    is overdue. A plan needs `every_sessions` or `every_days`; `grace_days` needs
    `every_days`; only one active plan may measure an instrument in a service line. Each is a
    422 naming the field. Repeating the request leaves the same plan (200). Example:
    `PUT /v1/measurement-plans/phq9-adult` with `{"instrument_id": "phq9",
    "service_line": "adult-outpatient", "baseline_within_sessions": 2, "every_sessions": 4}`.

    Args:
        plan_id (str): The plan's id, chosen by you.
        body (PlanIn): A measurement plan: which instrument, where, how soon and how often.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: str,
    *,
    client: AuthenticatedClient,
    body: PlanIn,
) -> PlanOut | ProblemDetails | None:
    """Set a measurement plan

     Create or replace one of your organization's measurement plans: the instrument, the
    service line it applies to (null: every one), the kept session by which the baseline is
    due, then every K kept sessions and/or every D days, and the grace before a due measurement
    is overdue. A plan needs `every_sessions` or `every_days`; `grace_days` needs
    `every_days`; only one active plan may measure an instrument in a service line. Each is a
    422 naming the field. Repeating the request leaves the same plan (200). Example:
    `PUT /v1/measurement-plans/phq9-adult` with `{"instrument_id": "phq9",
    "service_line": "adult-outpatient", "baseline_within_sessions": 2, "every_sessions": 4}`.

    Args:
        plan_id (str): The plan's id, chosen by you.
        body (PlanIn): A measurement plan: which instrument, where, how soon and how often.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            body=body,
        )
    ).parsed
