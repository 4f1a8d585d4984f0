from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feedback_detail_out import FeedbackDetailOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    feedback_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/feedback/{feedback_id}".format(
            feedback_id=quote(str(feedback_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FeedbackDetailOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = FeedbackDetailOut.from_dict(response.json())

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
) -> Response[FeedbackDetailOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feedback_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FeedbackDetailOut | ProblemDetails]:
    """Read a feedback submission

     One submission of the caller's org with its scores, where it was given and its themes; another org's
    id is a 404. Free-text answers (comments) are left out of `answers` unless the token also holds
    `intake:feedback-review`; every submission whose comment is shown is written to the audit log
    (`read-comment`, the reader, the time), as is every patient named. Comments never go on the feed, to
    metrics or into logs.

    Args:
        feedback_id (str): Intake's feedback id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackDetailOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        feedback_id=feedback_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feedback_id: str,
    *,
    client: AuthenticatedClient,
) -> FeedbackDetailOut | ProblemDetails | None:
    """Read a feedback submission

     One submission of the caller's org with its scores, where it was given and its themes; another org's
    id is a 404. Free-text answers (comments) are left out of `answers` unless the token also holds
    `intake:feedback-review`; every submission whose comment is shown is written to the audit log
    (`read-comment`, the reader, the time), as is every patient named. Comments never go on the feed, to
    metrics or into logs.

    Args:
        feedback_id (str): Intake's feedback id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackDetailOut | ProblemDetails
    """

    return sync_detailed(
        feedback_id=feedback_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    feedback_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FeedbackDetailOut | ProblemDetails]:
    """Read a feedback submission

     One submission of the caller's org with its scores, where it was given and its themes; another org's
    id is a 404. Free-text answers (comments) are left out of `answers` unless the token also holds
    `intake:feedback-review`; every submission whose comment is shown is written to the audit log
    (`read-comment`, the reader, the time), as is every patient named. Comments never go on the feed, to
    metrics or into logs.

    Args:
        feedback_id (str): Intake's feedback id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackDetailOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        feedback_id=feedback_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feedback_id: str,
    *,
    client: AuthenticatedClient,
) -> FeedbackDetailOut | ProblemDetails | None:
    """Read a feedback submission

     One submission of the caller's org with its scores, where it was given and its themes; another org's
    id is a 404. Free-text answers (comments) are left out of `answers` unless the token also holds
    `intake:feedback-review`; every submission whose comment is shown is written to the audit log
    (`read-comment`, the reader, the time), as is every patient named. Comments never go on the feed, to
    metrics or into logs.

    Args:
        feedback_id (str): Intake's feedback id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackDetailOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            feedback_id=feedback_id,
            client=client,
        )
    ).parsed
