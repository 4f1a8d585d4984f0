import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_feedback_detail_out import PageFeedbackDetailOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    form_id: None | str | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    received_from: datetime.datetime | None | Unset = UNSET,
    received_to: datetime.datetime | None | Unset = UNSET,
    has_comment: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_form_id: None | str | Unset
    if isinstance(form_id, Unset):
        json_form_id = UNSET
    else:
        json_form_id = form_id
    params["form_id"] = json_form_id

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

    json_site_id: None | str | Unset
    if isinstance(site_id, Unset):
        json_site_id = UNSET
    else:
        json_site_id = site_id
    params["site_id"] = json_site_id

    json_received_from: None | str | Unset
    if isinstance(received_from, Unset):
        json_received_from = UNSET
    elif isinstance(received_from, datetime.datetime):
        json_received_from = received_from.isoformat()
    else:
        json_received_from = received_from
    params["received_from"] = json_received_from

    json_received_to: None | str | Unset
    if isinstance(received_to, Unset):
        json_received_to = UNSET
    elif isinstance(received_to, datetime.datetime):
        json_received_to = received_to.isoformat()
    else:
        json_received_to = received_to
    params["received_to"] = json_received_to

    json_has_comment: bool | None | Unset
    if isinstance(has_comment, Unset):
        json_has_comment = UNSET
    else:
        json_has_comment = has_comment
    params["has_comment"] = json_has_comment

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
        "url": "/v1/feedback",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageFeedbackDetailOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = PageFeedbackDetailOut.from_dict(response.json())

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
) -> Response[PageFeedbackDetailOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    form_id: None | str | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    received_from: datetime.datetime | None | Unset = UNSET,
    received_to: datetime.datetime | None | Unset = UNSET,
    has_comment: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[PageFeedbackDetailOut | ProblemDetails]:
    """List feedback

     The org's feedback submissions, newest received first, a page at a time, narrowed by any of the
    filters. Clinician, team and site are those of the submission's encounter. Free-text answers
    (comments) are left out of `answers` unless the token also holds `intake:feedback-review`; every
    submission whose comment is shown is written to the audit log (`read-comment`, the reader, the
    time), as is every patient named. Comments never go on the feed, to metrics or into logs.

    Args:
        form_id (None | str | Unset): Only answers to this form.
        clinician_id (None | str | Unset): Only this clinician's.
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        received_from (datetime.datetime | None | Unset): Only submissions received at or after
            this time.
        received_to (datetime.datetime | None | Unset): Only submissions received before this
            time.
        has_comment (bool | None | Unset): true: only submissions with a free-text comment; false:
            only those without. Works without the comments' scope (it says nothing of the text).
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageFeedbackDetailOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        clinician_id=clinician_id,
        team_id=team_id,
        site_id=site_id,
        received_from=received_from,
        received_to=received_to,
        has_comment=has_comment,
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
    form_id: None | str | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    received_from: datetime.datetime | None | Unset = UNSET,
    received_to: datetime.datetime | None | Unset = UNSET,
    has_comment: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> PageFeedbackDetailOut | ProblemDetails | None:
    """List feedback

     The org's feedback submissions, newest received first, a page at a time, narrowed by any of the
    filters. Clinician, team and site are those of the submission's encounter. Free-text answers
    (comments) are left out of `answers` unless the token also holds `intake:feedback-review`; every
    submission whose comment is shown is written to the audit log (`read-comment`, the reader, the
    time), as is every patient named. Comments never go on the feed, to metrics or into logs.

    Args:
        form_id (None | str | Unset): Only answers to this form.
        clinician_id (None | str | Unset): Only this clinician's.
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        received_from (datetime.datetime | None | Unset): Only submissions received at or after
            this time.
        received_to (datetime.datetime | None | Unset): Only submissions received before this
            time.
        has_comment (bool | None | Unset): true: only submissions with a free-text comment; false:
            only those without. Works without the comments' scope (it says nothing of the text).
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageFeedbackDetailOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
        form_id=form_id,
        clinician_id=clinician_id,
        team_id=team_id,
        site_id=site_id,
        received_from=received_from,
        received_to=received_to,
        has_comment=has_comment,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    form_id: None | str | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    received_from: datetime.datetime | None | Unset = UNSET,
    received_to: datetime.datetime | None | Unset = UNSET,
    has_comment: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[PageFeedbackDetailOut | ProblemDetails]:
    """List feedback

     The org's feedback submissions, newest received first, a page at a time, narrowed by any of the
    filters. Clinician, team and site are those of the submission's encounter. Free-text answers
    (comments) are left out of `answers` unless the token also holds `intake:feedback-review`; every
    submission whose comment is shown is written to the audit log (`read-comment`, the reader, the
    time), as is every patient named. Comments never go on the feed, to metrics or into logs.

    Args:
        form_id (None | str | Unset): Only answers to this form.
        clinician_id (None | str | Unset): Only this clinician's.
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        received_from (datetime.datetime | None | Unset): Only submissions received at or after
            this time.
        received_to (datetime.datetime | None | Unset): Only submissions received before this
            time.
        has_comment (bool | None | Unset): true: only submissions with a free-text comment; false:
            only those without. Works without the comments' scope (it says nothing of the text).
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageFeedbackDetailOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        clinician_id=clinician_id,
        team_id=team_id,
        site_id=site_id,
        received_from=received_from,
        received_to=received_to,
        has_comment=has_comment,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    form_id: None | str | Unset = UNSET,
    clinician_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    site_id: None | str | Unset = UNSET,
    received_from: datetime.datetime | None | Unset = UNSET,
    received_to: datetime.datetime | None | Unset = UNSET,
    has_comment: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> PageFeedbackDetailOut | ProblemDetails | None:
    """List feedback

     The org's feedback submissions, newest received first, a page at a time, narrowed by any of the
    filters. Clinician, team and site are those of the submission's encounter. Free-text answers
    (comments) are left out of `answers` unless the token also holds `intake:feedback-review`; every
    submission whose comment is shown is written to the audit log (`read-comment`, the reader, the
    time), as is every patient named. Comments never go on the feed, to metrics or into logs.

    Args:
        form_id (None | str | Unset): Only answers to this form.
        clinician_id (None | str | Unset): Only this clinician's.
        team_id (None | str | Unset): Only this team's.
        site_id (None | str | Unset): Only this site's.
        received_from (datetime.datetime | None | Unset): Only submissions received at or after
            this time.
        received_to (datetime.datetime | None | Unset): Only submissions received before this
            time.
        has_comment (bool | None | Unset): true: only submissions with a free-text comment; false:
            only those without. Works without the comments' scope (it says nothing of the text).
        cursor (None | str | Unset): `next_cursor` of the previous page; omit for the first.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageFeedbackDetailOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            form_id=form_id,
            clinician_id=clinician_id,
            team_id=team_id,
            site_id=site_id,
            received_from=received_from,
            received_to=received_to,
            has_comment=has_comment,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
