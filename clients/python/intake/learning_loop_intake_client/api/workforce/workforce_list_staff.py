import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_staff_out import PageStaffOut
from ...models.problem_details import ProblemDetails
from ...models.staff_role import StaffRole
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    role: None | StaffRole | Unset = UNSET,
    in_post_on: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_team_id: None | str | Unset
    if isinstance(team_id, Unset):
        json_team_id = UNSET
    else:
        json_team_id = team_id
    params["team_id"] = json_team_id

    json_site_id: None | str | Unset
    if isinstance(site_id, Unset):
        json_site_id = UNSET
    else:
        json_site_id = site_id
    params["site_id"] = json_site_id

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    elif isinstance(role, StaffRole):
        json_role = role.value
    else:
        json_role = role
    params["role"] = json_role

    json_in_post_on: None | str | Unset
    if isinstance(in_post_on, Unset):
        json_in_post_on = UNSET
    elif isinstance(in_post_on, datetime.date):
        json_in_post_on = in_post_on.isoformat()
    else:
        json_in_post_on = in_post_on
    params["in_post_on"] = json_in_post_on

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/staff",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageStaffOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = PageStaffOut.from_dict(response.json())

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
) -> Response[PageStaffOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    role: None | StaffRole | Unset = UNSET,
    in_post_on: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[PageStaffOut | ProblemDetails]:
    """List staff records

     The org's staff records in id order, a page at a time, narrowed by any of the filters. `in_post_on`
    keeps those in post that day (started on or before it, not ended before it, not entered in error):
    the headcount and FTE a team had then. The records listed are audited.

    Args:
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        role (None | StaffRole | Unset): Only this role.
        in_post_on (datetime.date | None | Unset): Only those in post on this day.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageStaffOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        site_id=site_id,
        role=role,
        in_post_on=in_post_on,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    role: None | StaffRole | Unset = UNSET,
    in_post_on: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> PageStaffOut | ProblemDetails | None:
    """List staff records

     The org's staff records in id order, a page at a time, narrowed by any of the filters. `in_post_on`
    keeps those in post that day (started on or before it, not ended before it, not entered in error):
    the headcount and FTE a team had then. The records listed are audited.

    Args:
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        role (None | StaffRole | Unset): Only this role.
        in_post_on (datetime.date | None | Unset): Only those in post on this day.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageStaffOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
        team_id=team_id,
        site_id=site_id,
        role=role,
        in_post_on=in_post_on,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    role: None | StaffRole | Unset = UNSET,
    in_post_on: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[PageStaffOut | ProblemDetails]:
    """List staff records

     The org's staff records in id order, a page at a time, narrowed by any of the filters. `in_post_on`
    keeps those in post that day (started on or before it, not ended before it, not entered in error):
    the headcount and FTE a team had then. The records listed are audited.

    Args:
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        role (None | StaffRole | Unset): Only this role.
        in_post_on (datetime.date | None | Unset): Only those in post on this day.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageStaffOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        site_id=site_id,
        role=role,
        in_post_on=in_post_on,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    role: None | StaffRole | Unset = UNSET,
    in_post_on: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> PageStaffOut | ProblemDetails | None:
    """List staff records

     The org's staff records in id order, a page at a time, narrowed by any of the filters. `in_post_on`
    keeps those in post that day (started on or before it, not ended before it, not entered in error):
    the headcount and FTE a team had then. The records listed are audited.

    Args:
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        role (None | StaffRole | Unset): Only this role.
        in_post_on (datetime.date | None | Unset): Only those in post on this day.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageStaffOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            site_id=site_id,
            role=role,
            in_post_on=in_post_on,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
