import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_safety_event_out import PageSafetyEventOut
from ...models.problem_details import ProblemDetails
from ...models.review_status import ReviewStatus
from ...models.safety_events_list_safety_events_harm_level_type_0 import SafetyEventsListSafetyEventsHarmLevelType0
from ...models.safety_events_list_safety_events_kind_type_0 import SafetyEventsListSafetyEventsKindType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | SafetyEventsListSafetyEventsKindType0 | Unset = UNSET,
    harm_level: None | SafetyEventsListSafetyEventsHarmLevelType0 | Unset = UNSET,
    review_status: None | ReviewStatus | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, SafetyEventsListSafetyEventsKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_harm_level: None | str | Unset
    if isinstance(harm_level, Unset):
        json_harm_level = UNSET
    elif isinstance(harm_level, SafetyEventsListSafetyEventsHarmLevelType0):
        json_harm_level = harm_level.value
    else:
        json_harm_level = harm_level
    params["harm_level"] = json_harm_level

    json_review_status: None | str | Unset
    if isinstance(review_status, Unset):
        json_review_status = UNSET
    elif isinstance(review_status, ReviewStatus):
        json_review_status = review_status.value
    else:
        json_review_status = review_status
    params["review_status"] = json_review_status

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

    json_occurred_from: None | str | Unset
    if isinstance(occurred_from, Unset):
        json_occurred_from = UNSET
    elif isinstance(occurred_from, datetime.datetime):
        json_occurred_from = occurred_from.isoformat()
    else:
        json_occurred_from = occurred_from
    params["occurred_from"] = json_occurred_from

    json_occurred_to: None | str | Unset
    if isinstance(occurred_to, Unset):
        json_occurred_to = UNSET
    elif isinstance(occurred_to, datetime.datetime):
        json_occurred_to = occurred_to.isoformat()
    else:
        json_occurred_to = occurred_to
    params["occurred_to"] = json_occurred_to

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
        "url": "/v1/safety-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageSafetyEventOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = PageSafetyEventOut.from_dict(response.json())

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
) -> Response[PageSafetyEventOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | SafetyEventsListSafetyEventsKindType0 | Unset = UNSET,
    harm_level: None | SafetyEventsListSafetyEventsHarmLevelType0 | Unset = UNSET,
    review_status: None | ReviewStatus | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[PageSafetyEventOut | ProblemDetails]:
    """List safety events

     The org's safety events in id order, a page at a time, narrowed by any of the filters. `narrative`
    and `reporter_id` are null unless the token also holds `intake:safety-review`; every narrative shown
    is written to the audit log, as is every patient named.

    Args:
        kind (None | SafetyEventsListSafetyEventsKindType0 | Unset): Only this kind.
        harm_level (None | SafetyEventsListSafetyEventsHarmLevelType0 | Unset): Only this harm
            level.
        review_status (None | ReviewStatus | Unset): Only events whose review is here.
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        occurred_from (datetime.datetime | None | Unset): Only events that occurred at or after
            this time.
        occurred_to (datetime.datetime | None | Unset): Only events that occurred before this
            time.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSafetyEventOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        kind=kind,
        harm_level=harm_level,
        review_status=review_status,
        team_id=team_id,
        site_id=site_id,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
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
    kind: None | SafetyEventsListSafetyEventsKindType0 | Unset = UNSET,
    harm_level: None | SafetyEventsListSafetyEventsHarmLevelType0 | Unset = UNSET,
    review_status: None | ReviewStatus | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> PageSafetyEventOut | ProblemDetails | None:
    """List safety events

     The org's safety events in id order, a page at a time, narrowed by any of the filters. `narrative`
    and `reporter_id` are null unless the token also holds `intake:safety-review`; every narrative shown
    is written to the audit log, as is every patient named.

    Args:
        kind (None | SafetyEventsListSafetyEventsKindType0 | Unset): Only this kind.
        harm_level (None | SafetyEventsListSafetyEventsHarmLevelType0 | Unset): Only this harm
            level.
        review_status (None | ReviewStatus | Unset): Only events whose review is here.
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        occurred_from (datetime.datetime | None | Unset): Only events that occurred at or after
            this time.
        occurred_to (datetime.datetime | None | Unset): Only events that occurred before this
            time.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSafetyEventOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
        kind=kind,
        harm_level=harm_level,
        review_status=review_status,
        team_id=team_id,
        site_id=site_id,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | SafetyEventsListSafetyEventsKindType0 | Unset = UNSET,
    harm_level: None | SafetyEventsListSafetyEventsHarmLevelType0 | Unset = UNSET,
    review_status: None | ReviewStatus | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[PageSafetyEventOut | ProblemDetails]:
    """List safety events

     The org's safety events in id order, a page at a time, narrowed by any of the filters. `narrative`
    and `reporter_id` are null unless the token also holds `intake:safety-review`; every narrative shown
    is written to the audit log, as is every patient named.

    Args:
        kind (None | SafetyEventsListSafetyEventsKindType0 | Unset): Only this kind.
        harm_level (None | SafetyEventsListSafetyEventsHarmLevelType0 | Unset): Only this harm
            level.
        review_status (None | ReviewStatus | Unset): Only events whose review is here.
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        occurred_from (datetime.datetime | None | Unset): Only events that occurred at or after
            this time.
        occurred_to (datetime.datetime | None | Unset): Only events that occurred before this
            time.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSafetyEventOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        kind=kind,
        harm_level=harm_level,
        review_status=review_status,
        team_id=team_id,
        site_id=site_id,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: None | SafetyEventsListSafetyEventsKindType0 | Unset = UNSET,
    harm_level: None | SafetyEventsListSafetyEventsHarmLevelType0 | Unset = UNSET,
    review_status: None | ReviewStatus | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> PageSafetyEventOut | ProblemDetails | None:
    """List safety events

     The org's safety events in id order, a page at a time, narrowed by any of the filters. `narrative`
    and `reporter_id` are null unless the token also holds `intake:safety-review`; every narrative shown
    is written to the audit log, as is every patient named.

    Args:
        kind (None | SafetyEventsListSafetyEventsKindType0 | Unset): Only this kind.
        harm_level (None | SafetyEventsListSafetyEventsHarmLevelType0 | Unset): Only this harm
            level.
        review_status (None | ReviewStatus | Unset): Only events whose review is here.
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        occurred_from (datetime.datetime | None | Unset): Only events that occurred at or after
            this time.
        occurred_to (datetime.datetime | None | Unset): Only events that occurred before this
            time.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSafetyEventOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            harm_level=harm_level,
            review_status=review_status,
            team_id=team_id,
            site_id=site_id,
            occurred_from=occurred_from,
            occurred_to=occurred_to,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
