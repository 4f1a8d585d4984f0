import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.episode_status import EpisodeStatus
from ...models.page_episode_out import PageEpisodeOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    patient_id: None | str | Unset = UNSET,
    status: EpisodeStatus | None | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    opened_from: datetime.date | None | Unset = UNSET,
    opened_to: datetime.date | None | Unset = UNSET,
    closed_from: datetime.date | None | Unset = UNSET,
    closed_to: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_patient_id: None | str | Unset
    if isinstance(patient_id, Unset):
        json_patient_id = UNSET
    else:
        json_patient_id = patient_id
    params["patient_id"] = json_patient_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, EpisodeStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_service_line: None | str | Unset
    if isinstance(service_line, Unset):
        json_service_line = UNSET
    else:
        json_service_line = service_line
    params["service_line"] = json_service_line

    json_team_id: None | str | Unset
    if isinstance(team_id, Unset):
        json_team_id = UNSET
    else:
        json_team_id = team_id
    params["team_id"] = json_team_id

    json_clinician_id: None | str | Unset
    if isinstance(clinician_id, Unset):
        json_clinician_id = UNSET
    else:
        json_clinician_id = clinician_id
    params["clinician_id"] = json_clinician_id

    json_opened_from: None | str | Unset
    if isinstance(opened_from, Unset):
        json_opened_from = UNSET
    elif isinstance(opened_from, datetime.date):
        json_opened_from = opened_from.isoformat()
    else:
        json_opened_from = opened_from
    params["opened_from"] = json_opened_from

    json_opened_to: None | str | Unset
    if isinstance(opened_to, Unset):
        json_opened_to = UNSET
    elif isinstance(opened_to, datetime.date):
        json_opened_to = opened_to.isoformat()
    else:
        json_opened_to = opened_to
    params["opened_to"] = json_opened_to

    json_closed_from: None | str | Unset
    if isinstance(closed_from, Unset):
        json_closed_from = UNSET
    elif isinstance(closed_from, datetime.date):
        json_closed_from = closed_from.isoformat()
    else:
        json_closed_from = closed_from
    params["closed_from"] = json_closed_from

    json_closed_to: None | str | Unset
    if isinstance(closed_to, Unset):
        json_closed_to = UNSET
    elif isinstance(closed_to, datetime.date):
        json_closed_to = closed_to.isoformat()
    else:
        json_closed_to = closed_to
    params["closed_to"] = json_closed_to

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
        "url": "/v1/episodes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageEpisodeOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = PageEpisodeOut.from_dict(response.json())

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
) -> Response[PageEpisodeOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    patient_id: None | str | Unset = UNSET,
    status: EpisodeStatus | None | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    opened_from: datetime.date | None | Unset = UNSET,
    opened_to: datetime.date | None | Unset = UNSET,
    closed_from: datetime.date | None | Unset = UNSET,
    closed_to: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[PageEpisodeOut | ProblemDetails]:
    """List episodes of care

     The org's episodes in id order, a page at a time, narrowed by any of the filters (date bounds
    inclusive; a closed-date bound leaves open episodes out). The patients listed are audited.

    Args:
        patient_id (None | str | Unset): Only this patient's.
        status (EpisodeStatus | None | Unset): Only episodes in this status.
        service_line (None | str | Unset): Only this service line's.
        team_id (None | str | Unset): Only this team's.
        clinician_id (None | str | Unset): Only those this clinician leads.
        opened_from (datetime.date | None | Unset): Only episodes opened on or after this day.
        opened_to (datetime.date | None | Unset): Only episodes opened on or before this day.
        closed_from (datetime.date | None | Unset): Only episodes closed on or after this day.
        closed_to (datetime.date | None | Unset): Only episodes closed on or before this day.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEpisodeOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        patient_id=patient_id,
        status=status,
        service_line=service_line,
        team_id=team_id,
        clinician_id=clinician_id,
        opened_from=opened_from,
        opened_to=opened_to,
        closed_from=closed_from,
        closed_to=closed_to,
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
    patient_id: None | str | Unset = UNSET,
    status: EpisodeStatus | None | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    opened_from: datetime.date | None | Unset = UNSET,
    opened_to: datetime.date | None | Unset = UNSET,
    closed_from: datetime.date | None | Unset = UNSET,
    closed_to: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> PageEpisodeOut | ProblemDetails | None:
    """List episodes of care

     The org's episodes in id order, a page at a time, narrowed by any of the filters (date bounds
    inclusive; a closed-date bound leaves open episodes out). The patients listed are audited.

    Args:
        patient_id (None | str | Unset): Only this patient's.
        status (EpisodeStatus | None | Unset): Only episodes in this status.
        service_line (None | str | Unset): Only this service line's.
        team_id (None | str | Unset): Only this team's.
        clinician_id (None | str | Unset): Only those this clinician leads.
        opened_from (datetime.date | None | Unset): Only episodes opened on or after this day.
        opened_to (datetime.date | None | Unset): Only episodes opened on or before this day.
        closed_from (datetime.date | None | Unset): Only episodes closed on or after this day.
        closed_to (datetime.date | None | Unset): Only episodes closed on or before this day.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEpisodeOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
        patient_id=patient_id,
        status=status,
        service_line=service_line,
        team_id=team_id,
        clinician_id=clinician_id,
        opened_from=opened_from,
        opened_to=opened_to,
        closed_from=closed_from,
        closed_to=closed_to,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    patient_id: None | str | Unset = UNSET,
    status: EpisodeStatus | None | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    opened_from: datetime.date | None | Unset = UNSET,
    opened_to: datetime.date | None | Unset = UNSET,
    closed_from: datetime.date | None | Unset = UNSET,
    closed_to: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[PageEpisodeOut | ProblemDetails]:
    """List episodes of care

     The org's episodes in id order, a page at a time, narrowed by any of the filters (date bounds
    inclusive; a closed-date bound leaves open episodes out). The patients listed are audited.

    Args:
        patient_id (None | str | Unset): Only this patient's.
        status (EpisodeStatus | None | Unset): Only episodes in this status.
        service_line (None | str | Unset): Only this service line's.
        team_id (None | str | Unset): Only this team's.
        clinician_id (None | str | Unset): Only those this clinician leads.
        opened_from (datetime.date | None | Unset): Only episodes opened on or after this day.
        opened_to (datetime.date | None | Unset): Only episodes opened on or before this day.
        closed_from (datetime.date | None | Unset): Only episodes closed on or after this day.
        closed_to (datetime.date | None | Unset): Only episodes closed on or before this day.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEpisodeOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        patient_id=patient_id,
        status=status,
        service_line=service_line,
        team_id=team_id,
        clinician_id=clinician_id,
        opened_from=opened_from,
        opened_to=opened_to,
        closed_from=closed_from,
        closed_to=closed_to,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    patient_id: None | str | Unset = UNSET,
    status: EpisodeStatus | None | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    opened_from: datetime.date | None | Unset = UNSET,
    opened_to: datetime.date | None | Unset = UNSET,
    closed_from: datetime.date | None | Unset = UNSET,
    closed_to: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> PageEpisodeOut | ProblemDetails | None:
    """List episodes of care

     The org's episodes in id order, a page at a time, narrowed by any of the filters (date bounds
    inclusive; a closed-date bound leaves open episodes out). The patients listed are audited.

    Args:
        patient_id (None | str | Unset): Only this patient's.
        status (EpisodeStatus | None | Unset): Only episodes in this status.
        service_line (None | str | Unset): Only this service line's.
        team_id (None | str | Unset): Only this team's.
        clinician_id (None | str | Unset): Only those this clinician leads.
        opened_from (datetime.date | None | Unset): Only episodes opened on or after this day.
        opened_to (datetime.date | None | Unset): Only episodes opened on or before this day.
        closed_from (datetime.date | None | Unset): Only episodes closed on or after this day.
        closed_to (datetime.date | None | Unset): Only episodes closed on or before this day.
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEpisodeOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            patient_id=patient_id,
            status=status,
            service_line=service_line,
            team_id=team_id,
            clinician_id=clinician_id,
            opened_from=opened_from,
            opened_to=opened_to,
            closed_from=closed_from,
            closed_to=closed_to,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
