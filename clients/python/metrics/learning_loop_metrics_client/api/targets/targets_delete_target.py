from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.targets_delete_target_level_type_0 import TargetsDeleteTargetLevelType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metric_id: str,
    *,
    level: None | TargetsDeleteTargetLevelType0 | Unset = UNSET,
    unit: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, TargetsDeleteTargetLevelType0):
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
        "method": "delete",
        "url": "/v1/targets/{metric_id}".format(
            metric_id=quote(str(metric_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ProblemDetails | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

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
) -> Response[Any | ProblemDetails]:
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
    level: None | TargetsDeleteTargetLevelType0 | Unset = UNSET,
    unit: None | str | Unset = UNSET,
) -> Response[Any | ProblemDetails]:
    """Remove a target

     Remove the target of that exact scope (a wider one, if set, then applies). 404 when
    there is none. Example: `DELETE /v1/targets/no-show-rate?level=team&unit=team-north`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (None | TargetsDeleteTargetLevelType0 | Unset): The level the target applies to;
            omit for every level (the organization's target, used wherever no narrower one is set).
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
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
    level: None | TargetsDeleteTargetLevelType0 | Unset = UNSET,
    unit: None | str | Unset = UNSET,
) -> Any | ProblemDetails | None:
    """Remove a target

     Remove the target of that exact scope (a wider one, if set, then applies). 404 when
    there is none. Example: `DELETE /v1/targets/no-show-rate?level=team&unit=team-north`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (None | TargetsDeleteTargetLevelType0 | Unset): The level the target applies to;
            omit for every level (the organization's target, used wherever no narrower one is set).
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return sync_detailed(
        metric_id=metric_id,
        client=client,
        level=level,
        unit=unit,
    ).parsed


async def asyncio_detailed(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    level: None | TargetsDeleteTargetLevelType0 | Unset = UNSET,
    unit: None | str | Unset = UNSET,
) -> Response[Any | ProblemDetails]:
    """Remove a target

     Remove the target of that exact scope (a wider one, if set, then applies). 404 when
    there is none. Example: `DELETE /v1/targets/no-show-rate?level=team&unit=team-north`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (None | TargetsDeleteTargetLevelType0 | Unset): The level the target applies to;
            omit for every level (the organization's target, used wherever no narrower one is set).
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        level=level,
        unit=unit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    level: None | TargetsDeleteTargetLevelType0 | Unset = UNSET,
    unit: None | str | Unset = UNSET,
) -> Any | ProblemDetails | None:
    """Remove a target

     Remove the target of that exact scope (a wider one, if set, then applies). 404 when
    there is none. Example: `DELETE /v1/targets/no-show-rate?level=team&unit=team-north`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (None | TargetsDeleteTargetLevelType0 | Unset): The level the target applies to;
            omit for every level (the organization's target, used wherever no narrower one is set).
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return (
        await asyncio_detailed(
            metric_id=metric_id,
            client=client,
            level=level,
            unit=unit,
        )
    ).parsed
