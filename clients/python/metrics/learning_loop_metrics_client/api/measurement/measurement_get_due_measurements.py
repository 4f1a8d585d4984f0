import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.due_list import DueList
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date: datetime.date | None | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date: None | str | Unset
    if isinstance(date, Unset):
        json_date = UNSET
    elif isinstance(date, datetime.date):
        json_date = date.isoformat()
    else:
        json_date = date
    params["date"] = json_date

    json_clinician_id: None | str | Unset
    if isinstance(clinician_id, Unset):
        json_clinician_id = UNSET
    else:
        json_clinician_id = clinician_id
    params["clinician_id"] = json_clinician_id

    json_team_id: None | str | Unset
    if isinstance(team_id, Unset):
        json_team_id = UNSET
    else:
        json_team_id = team_id
    params["team_id"] = json_team_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/due-measurements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DueList | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = DueList.from_dict(response.json())

        return response_200

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
) -> Response[DueList | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
) -> Response[DueList | ProblemDetails]:
    """List the measurements due at a day's sessions

     For each session booked on the day, the measurements its patient is due or overdue
    for under your organization's active plans for the episode's service line: the baseline
    (none yet in the episode) or a follow-up (the plan's kept sessions or days since the last
    assessment), with the last assessment and the counts behind the verdict, for an EHR to show
    at check-in. Patient-level: a clinician sees their own sessions, a supervisor their teams',
    a leader the organization's (a token without a role: 403; a clinician or team outside your
    view: 404), and every patient listed is audited. The facts are seconds behind intake's and
    measures' writes (`feeds_caught_up_at`). Example:
    `GET /v1/due-measurements?date=2026-12-07&team_id=team-north`.

    Args:
        date (datetime.date | None | Unset): The day of the booked sessions, as the sessions'
            local dates (default: today, UTC).
        clinician_id (None | str | Unset): Only this clinician's sessions.
        team_id (None | str | Unset): Only this team's sessions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DueList | ProblemDetails]
    """

    kwargs = _get_kwargs(
        date=date,
        clinician_id=clinician_id,
        team_id=team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
) -> DueList | ProblemDetails | None:
    """List the measurements due at a day's sessions

     For each session booked on the day, the measurements its patient is due or overdue
    for under your organization's active plans for the episode's service line: the baseline
    (none yet in the episode) or a follow-up (the plan's kept sessions or days since the last
    assessment), with the last assessment and the counts behind the verdict, for an EHR to show
    at check-in. Patient-level: a clinician sees their own sessions, a supervisor their teams',
    a leader the organization's (a token without a role: 403; a clinician or team outside your
    view: 404), and every patient listed is audited. The facts are seconds behind intake's and
    measures' writes (`feeds_caught_up_at`). Example:
    `GET /v1/due-measurements?date=2026-12-07&team_id=team-north`.

    Args:
        date (datetime.date | None | Unset): The day of the booked sessions, as the sessions'
            local dates (default: today, UTC).
        clinician_id (None | str | Unset): Only this clinician's sessions.
        team_id (None | str | Unset): Only this team's sessions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DueList | ProblemDetails
    """

    return sync_detailed(
        client=client,
        date=date,
        clinician_id=clinician_id,
        team_id=team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
) -> Response[DueList | ProblemDetails]:
    """List the measurements due at a day's sessions

     For each session booked on the day, the measurements its patient is due or overdue
    for under your organization's active plans for the episode's service line: the baseline
    (none yet in the episode) or a follow-up (the plan's kept sessions or days since the last
    assessment), with the last assessment and the counts behind the verdict, for an EHR to show
    at check-in. Patient-level: a clinician sees their own sessions, a supervisor their teams',
    a leader the organization's (a token without a role: 403; a clinician or team outside your
    view: 404), and every patient listed is audited. The facts are seconds behind intake's and
    measures' writes (`feeds_caught_up_at`). Example:
    `GET /v1/due-measurements?date=2026-12-07&team_id=team-north`.

    Args:
        date (datetime.date | None | Unset): The day of the booked sessions, as the sessions'
            local dates (default: today, UTC).
        clinician_id (None | str | Unset): Only this clinician's sessions.
        team_id (None | str | Unset): Only this team's sessions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DueList | ProblemDetails]
    """

    kwargs = _get_kwargs(
        date=date,
        clinician_id=clinician_id,
        team_id=team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
) -> DueList | ProblemDetails | None:
    """List the measurements due at a day's sessions

     For each session booked on the day, the measurements its patient is due or overdue
    for under your organization's active plans for the episode's service line: the baseline
    (none yet in the episode) or a follow-up (the plan's kept sessions or days since the last
    assessment), with the last assessment and the counts behind the verdict, for an EHR to show
    at check-in. Patient-level: a clinician sees their own sessions, a supervisor their teams',
    a leader the organization's (a token without a role: 403; a clinician or team outside your
    view: 404), and every patient listed is audited. The facts are seconds behind intake's and
    measures' writes (`feeds_caught_up_at`). Example:
    `GET /v1/due-measurements?date=2026-12-07&team_id=team-north`.

    Args:
        date (datetime.date | None | Unset): The day of the booked sessions, as the sessions'
            local dates (default: today, UTC).
        clinician_id (None | str | Unset): Only this clinician's sessions.
        team_id (None | str | Unset): Only this team's sessions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DueList | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            date=date,
            clinician_id=clinician_id,
            team_id=team_id,
        )
    ).parsed
