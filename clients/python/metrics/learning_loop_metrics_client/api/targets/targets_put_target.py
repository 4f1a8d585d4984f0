from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.target_in import TargetIn
from ...models.target_out import TargetOut
from ...models.targets_put_target_level_type_0 import TargetsPutTargetLevelType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metric_id: str,
    *,
    body: TargetIn,
    level: None | TargetsPutTargetLevelType0 | Unset = UNSET,
    unit: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, TargetsPutTargetLevelType0):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    json_unit: None | str | Unset
    if isinstance(unit, Unset):
        json_unit = UNSET
    else:
        json_unit = unit
    params["unit"] = json_unit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/targets/{metric_id}".format(
            metric_id=quote(str(metric_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | TargetOut | None:
    if response.status_code == 200:
        response_200 = TargetOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = TargetOut.from_dict(response.json())

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
) -> Response[ProblemDetails | TargetOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    body: TargetIn,
    level: None | TargetsPutTargetLevelType0 | Unset = UNSET,
    unit: None | str | Unset = UNSET,
) -> Response[ProblemDetails | TargetOut]:
    """Set a target on a metric

     Set your organization's target on a metric for a scope: the whole organization (no
    `level`), every unit of a level (`level` alone) or one unit (`level` and `unit`). For a
    unit the most specific target applies. The direction comes from the metric's definition
    (lower is better for no-shows: the target is met at or below it), so only the value is
    given. Repeating the request leaves the same target (200); creating it answers 201. A share
    takes a value between 0 and 1; 422 otherwise, or for a level the metric is not computed at.
    Example: `PUT /v1/targets/no-show-rate?level=team&unit=team-north` with
    `{"value": 0.1, "note": "Board goal 2027"}`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (None | TargetsPutTargetLevelType0 | Unset): The level the target applies to; omit
            for every level (the organization's target, used wherever no narrower one is set).
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        body (TargetIn): The target's value (on the metric's own scale) and, optionally, why it
            was chosen.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | TargetOut]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        body=body,
        level=level,
        unit=unit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    body: TargetIn,
    level: None | TargetsPutTargetLevelType0 | Unset = UNSET,
    unit: None | str | Unset = UNSET,
) -> ProblemDetails | TargetOut | None:
    """Set a target on a metric

     Set your organization's target on a metric for a scope: the whole organization (no
    `level`), every unit of a level (`level` alone) or one unit (`level` and `unit`). For a
    unit the most specific target applies. The direction comes from the metric's definition
    (lower is better for no-shows: the target is met at or below it), so only the value is
    given. Repeating the request leaves the same target (200); creating it answers 201. A share
    takes a value between 0 and 1; 422 otherwise, or for a level the metric is not computed at.
    Example: `PUT /v1/targets/no-show-rate?level=team&unit=team-north` with
    `{"value": 0.1, "note": "Board goal 2027"}`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (None | TargetsPutTargetLevelType0 | Unset): The level the target applies to; omit
            for every level (the organization's target, used wherever no narrower one is set).
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        body (TargetIn): The target's value (on the metric's own scale) and, optionally, why it
            was chosen.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | TargetOut
    """

    return sync_detailed(
        metric_id=metric_id,
        client=client,
        body=body,
        level=level,
        unit=unit,
    ).parsed


async def asyncio_detailed(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    body: TargetIn,
    level: None | TargetsPutTargetLevelType0 | Unset = UNSET,
    unit: None | str | Unset = UNSET,
) -> Response[ProblemDetails | TargetOut]:
    """Set a target on a metric

     Set your organization's target on a metric for a scope: the whole organization (no
    `level`), every unit of a level (`level` alone) or one unit (`level` and `unit`). For a
    unit the most specific target applies. The direction comes from the metric's definition
    (lower is better for no-shows: the target is met at or below it), so only the value is
    given. Repeating the request leaves the same target (200); creating it answers 201. A share
    takes a value between 0 and 1; 422 otherwise, or for a level the metric is not computed at.
    Example: `PUT /v1/targets/no-show-rate?level=team&unit=team-north` with
    `{"value": 0.1, "note": "Board goal 2027"}`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (None | TargetsPutTargetLevelType0 | Unset): The level the target applies to; omit
            for every level (the organization's target, used wherever no narrower one is set).
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        body (TargetIn): The target's value (on the metric's own scale) and, optionally, why it
            was chosen.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | TargetOut]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        body=body,
        level=level,
        unit=unit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    body: TargetIn,
    level: None | TargetsPutTargetLevelType0 | Unset = UNSET,
    unit: None | str | Unset = UNSET,
) -> ProblemDetails | TargetOut | None:
    """Set a target on a metric

     Set your organization's target on a metric for a scope: the whole organization (no
    `level`), every unit of a level (`level` alone) or one unit (`level` and `unit`). For a
    unit the most specific target applies. The direction comes from the metric's definition
    (lower is better for no-shows: the target is met at or below it), so only the value is
    given. Repeating the request leaves the same target (200); creating it answers 201. A share
    takes a value between 0 and 1; 422 otherwise, or for a level the metric is not computed at.
    Example: `PUT /v1/targets/no-show-rate?level=team&unit=team-north` with
    `{"value": 0.1, "note": "Board goal 2027"}`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (None | TargetsPutTargetLevelType0 | Unset): The level the target applies to; omit
            for every level (the organization's target, used wherever no narrower one is set).
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        body (TargetIn): The target's value (on the metric's own scale) and, optionally, why it
            was chosen.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | TargetOut
    """

    return (
        await asyncio_detailed(
            metric_id=metric_id,
            client=client,
            body=body,
            level=level,
            unit=unit,
        )
    ).parsed
