from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.theme_in import ThemeIn
from ...models.theme_out import ThemeOut
from ...types import Response


def _get_kwargs(
    code: str,
    *,
    body: ThemeIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/feedback-themes/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ThemeOut | None:
    if response.status_code == 200:
        response_200 = ThemeOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ThemeOut.from_dict(response.json())

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
) -> Response[ProblemDetails | ThemeOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ThemeIn,
) -> Response[ProblemDetails | ThemeOut]:
    """Create or replace a feedback theme

     A theme of the org's own coded list: its label, description and whether it is active.
    201 when created, 200 when replaced or unchanged. Themes are retired (`active: false`),
    never deleted, so past tags keep their meaning. Needs `intake:feedback-review`.

    Args:
        code (str): The theme's code: lower-case letters and digits in hyphenated words.
        body (ThemeIn): Body of `PUT /v1/feedback-themes/{code}`: a theme of the org's list,
            created or replaced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ThemeOut]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ThemeIn,
) -> ProblemDetails | ThemeOut | None:
    """Create or replace a feedback theme

     A theme of the org's own coded list: its label, description and whether it is active.
    201 when created, 200 when replaced or unchanged. Themes are retired (`active: false`),
    never deleted, so past tags keep their meaning. Needs `intake:feedback-review`.

    Args:
        code (str): The theme's code: lower-case letters and digits in hyphenated words.
        body (ThemeIn): Body of `PUT /v1/feedback-themes/{code}`: a theme of the org's list,
            created or replaced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ThemeOut
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ThemeIn,
) -> Response[ProblemDetails | ThemeOut]:
    """Create or replace a feedback theme

     A theme of the org's own coded list: its label, description and whether it is active.
    201 when created, 200 when replaced or unchanged. Themes are retired (`active: false`),
    never deleted, so past tags keep their meaning. Needs `intake:feedback-review`.

    Args:
        code (str): The theme's code: lower-case letters and digits in hyphenated words.
        body (ThemeIn): Body of `PUT /v1/feedback-themes/{code}`: a theme of the org's list,
            created or replaced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ThemeOut]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ThemeIn,
) -> ProblemDetails | ThemeOut | None:
    """Create or replace a feedback theme

     A theme of the org's own coded list: its label, description and whether it is active.
    201 when created, 200 when replaced or unchanged. Themes are retired (`active: false`),
    never deleted, so past tags keep their meaning. Needs `intake:feedback-review`.

    Args:
        code (str): The theme's code: lower-case letters and digits in hyphenated words.
        body (ThemeIn): Body of `PUT /v1/feedback-themes/{code}`: a theme of the org's list,
            created or replaced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ThemeOut
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
        )
    ).parsed
