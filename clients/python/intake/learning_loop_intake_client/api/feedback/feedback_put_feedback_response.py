from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feedback_response_in import FeedbackResponseIn
from ...models.feedback_response_out import FeedbackResponseOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    response_id: str,
    *,
    body: FeedbackResponseIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/feedback-responses/{response_id}".format(
            response_id=quote(str(response_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FeedbackResponseOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = FeedbackResponseOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = FeedbackResponseOut.from_dict(response.json())

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
) -> Response[FeedbackResponseOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient,
    body: FeedbackResponseIn,
) -> Response[FeedbackResponseOut | ProblemDetails]:
    """Create or replace a 'you said, we did' response

     What the org heard under some of its themes and what it changed. `published: true`
    lists it for patients' apps and stamps `published_at` (kept while it stays published);
    false keeps or makes it a draft. Every theme code must be in the org's list (retired ones
    too), else a 422 names each unknown code. 201 when created, 200 when replaced or
    unchanged. Needs `intake:feedback-review`.

    Args:
        response_id (str): The org's id for the response, unique within the org.
        body (FeedbackResponseIn): Body of `PUT /v1/feedback-responses/{response_id}`: the
            response, created or replaced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackResponseOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    response_id: str,
    *,
    client: AuthenticatedClient,
    body: FeedbackResponseIn,
) -> FeedbackResponseOut | ProblemDetails | None:
    """Create or replace a 'you said, we did' response

     What the org heard under some of its themes and what it changed. `published: true`
    lists it for patients' apps and stamps `published_at` (kept while it stays published);
    false keeps or makes it a draft. Every theme code must be in the org's list (retired ones
    too), else a 422 names each unknown code. 201 when created, 200 when replaced or
    unchanged. Needs `intake:feedback-review`.

    Args:
        response_id (str): The org's id for the response, unique within the org.
        body (FeedbackResponseIn): Body of `PUT /v1/feedback-responses/{response_id}`: the
            response, created or replaced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackResponseOut | ProblemDetails
    """

    return sync_detailed(
        response_id=response_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient,
    body: FeedbackResponseIn,
) -> Response[FeedbackResponseOut | ProblemDetails]:
    """Create or replace a 'you said, we did' response

     What the org heard under some of its themes and what it changed. `published: true`
    lists it for patients' apps and stamps `published_at` (kept while it stays published);
    false keeps or makes it a draft. Every theme code must be in the org's list (retired ones
    too), else a 422 names each unknown code. 201 when created, 200 when replaced or
    unchanged. Needs `intake:feedback-review`.

    Args:
        response_id (str): The org's id for the response, unique within the org.
        body (FeedbackResponseIn): Body of `PUT /v1/feedback-responses/{response_id}`: the
            response, created or replaced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackResponseOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient,
    body: FeedbackResponseIn,
) -> FeedbackResponseOut | ProblemDetails | None:
    """Create or replace a 'you said, we did' response

     What the org heard under some of its themes and what it changed. `published: true`
    lists it for patients' apps and stamps `published_at` (kept while it stays published);
    false keeps or makes it a draft. Every theme code must be in the org's list (retired ones
    too), else a 422 names each unknown code. 201 when created, 200 when replaced or
    unchanged. Needs `intake:feedback-review`.

    Args:
        response_id (str): The org's id for the response, unique within the org.
        body (FeedbackResponseIn): Body of `PUT /v1/feedback-responses/{response_id}`: the
            response, created or replaced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackResponseOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            body=body,
        )
    ).parsed
