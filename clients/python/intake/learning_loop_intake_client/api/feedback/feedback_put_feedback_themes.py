from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.theme_tags_in import ThemeTagsIn
from ...models.theme_tags_out import ThemeTagsOut
from ...types import Response


def _get_kwargs(
    feedback_id: str,
    *,
    body: ThemeTagsIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/feedback/{feedback_id}/themes".format(
            feedback_id=quote(str(feedback_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ThemeTagsOut | None:
    if response.status_code == 200:
        response_200 = ThemeTagsOut.from_dict(response.json())

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
) -> Response[ProblemDetails | ThemeTagsOut]:
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
    body: ThemeTagsIn,
) -> Response[ProblemDetails | ThemeTagsOut]:
    """Tag a feedback submission with themes

     Set the submission's whole set of theme codes (empty removes them all). Every code must
    be an active theme of the org's list (one already on the submission may stay after it was
    retired); otherwise a 422 names each unknown code at `/body/themes/<index>`. A change is
    recorded with who made it and when, and published on the feed as `feedback.themed` (the
    codes, the form, and the encounter's clinician, team and site; never the comment). The set
    already there changes and publishes nothing. Needs `intake:feedback-review`.

    Args:
        feedback_id (str): Intake's feedback id.
        body (ThemeTagsIn): Body of `PUT /v1/feedback/{feedback_id}/themes`: the submission's
            whole set of codes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ThemeTagsOut]
    """

    kwargs = _get_kwargs(
        feedback_id=feedback_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feedback_id: str,
    *,
    client: AuthenticatedClient,
    body: ThemeTagsIn,
) -> ProblemDetails | ThemeTagsOut | None:
    """Tag a feedback submission with themes

     Set the submission's whole set of theme codes (empty removes them all). Every code must
    be an active theme of the org's list (one already on the submission may stay after it was
    retired); otherwise a 422 names each unknown code at `/body/themes/<index>`. A change is
    recorded with who made it and when, and published on the feed as `feedback.themed` (the
    codes, the form, and the encounter's clinician, team and site; never the comment). The set
    already there changes and publishes nothing. Needs `intake:feedback-review`.

    Args:
        feedback_id (str): Intake's feedback id.
        body (ThemeTagsIn): Body of `PUT /v1/feedback/{feedback_id}/themes`: the submission's
            whole set of codes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ThemeTagsOut
    """

    return sync_detailed(
        feedback_id=feedback_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    feedback_id: str,
    *,
    client: AuthenticatedClient,
    body: ThemeTagsIn,
) -> Response[ProblemDetails | ThemeTagsOut]:
    """Tag a feedback submission with themes

     Set the submission's whole set of theme codes (empty removes them all). Every code must
    be an active theme of the org's list (one already on the submission may stay after it was
    retired); otherwise a 422 names each unknown code at `/body/themes/<index>`. A change is
    recorded with who made it and when, and published on the feed as `feedback.themed` (the
    codes, the form, and the encounter's clinician, team and site; never the comment). The set
    already there changes and publishes nothing. Needs `intake:feedback-review`.

    Args:
        feedback_id (str): Intake's feedback id.
        body (ThemeTagsIn): Body of `PUT /v1/feedback/{feedback_id}/themes`: the submission's
            whole set of codes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ThemeTagsOut]
    """

    kwargs = _get_kwargs(
        feedback_id=feedback_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feedback_id: str,
    *,
    client: AuthenticatedClient,
    body: ThemeTagsIn,
) -> ProblemDetails | ThemeTagsOut | None:
    """Tag a feedback submission with themes

     Set the submission's whole set of theme codes (empty removes them all). Every code must
    be an active theme of the org's list (one already on the submission may stay after it was
    retired); otherwise a 422 names each unknown code at `/body/themes/<index>`. A change is
    recorded with who made it and when, and published on the feed as `feedback.themed` (the
    codes, the form, and the encounter's clinician, team and site; never the comment). The set
    already there changes and publishes nothing. Needs `intake:feedback-review`.

    Args:
        feedback_id (str): Intake's feedback id.
        body (ThemeTagsIn): Body of `PUT /v1/feedback/{feedback_id}/themes`: the submission's
            whole set of codes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ThemeTagsOut
    """

    return (
        await asyncio_detailed(
            feedback_id=feedback_id,
            client=client,
            body=body,
        )
    ).parsed
