from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.people_out import PeopleOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    collaborative_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/collaboratives/{collaborative_id}/people".format(
            collaborative_id=quote(str(collaborative_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PeopleOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = PeopleOut.from_dict(response.json())

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
) -> Response[PeopleOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[PeopleOut | ProblemDetails]:
    """List the collaborative's people

     Faculty and coaches, and your organization's own people (every organization's for the
    owner and facilitators). Example: `GET /v1/collaboratives/collab-8b1f.../people`.

    Args:
        collaborative_id (str): The collaborative's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeopleOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        collaborative_id=collaborative_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
) -> PeopleOut | ProblemDetails | None:
    """List the collaborative's people

     Faculty and coaches, and your organization's own people (every organization's for the
    owner and facilitators). Example: `GET /v1/collaboratives/collab-8b1f.../people`.

    Args:
        collaborative_id (str): The collaborative's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeopleOut | ProblemDetails
    """

    return sync_detailed(
        collaborative_id=collaborative_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[PeopleOut | ProblemDetails]:
    """List the collaborative's people

     Faculty and coaches, and your organization's own people (every organization's for the
    owner and facilitators). Example: `GET /v1/collaboratives/collab-8b1f.../people`.

    Args:
        collaborative_id (str): The collaborative's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeopleOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        collaborative_id=collaborative_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
) -> PeopleOut | ProblemDetails | None:
    """List the collaborative's people

     Faculty and coaches, and your organization's own people (every organization's for the
    owner and facilitators). Example: `GET /v1/collaboratives/collab-8b1f.../people`.

    Args:
        collaborative_id (str): The collaborative's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeopleOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            collaborative_id=collaborative_id,
            client=client,
        )
    ).parsed
