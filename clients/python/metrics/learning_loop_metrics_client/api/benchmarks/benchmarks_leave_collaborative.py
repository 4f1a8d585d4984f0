from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    collaborative_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/collaboratives/{collaborative_id}/membership".format(
            collaborative_id=quote(str(collaborative_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ProblemDetails | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ProblemDetails.from_dict(response.json())

        return response_409

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
) -> Response[Any | ProblemDetails]:
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
) -> Response[Any | ProblemDetails]:
    """Leave a collaborative or withdraw an application

     Withdraw your organization's application or leave (204, also when there was nothing
    to withdraw); its values stop counting at once. The owner cannot leave (409). Leaving this
    way records the reason `other`; `POST .../members/{org}/leave` gives one. Example:
    `DELETE /v1/collaboratives/collab-8b1f.../membership`.

    Args:
        collaborative_id (str): The collaborative's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
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
) -> Any | ProblemDetails | None:
    """Leave a collaborative or withdraw an application

     Withdraw your organization's application or leave (204, also when there was nothing
    to withdraw); its values stop counting at once. The owner cannot leave (409). Leaving this
    way records the reason `other`; `POST .../members/{org}/leave` gives one. Example:
    `DELETE /v1/collaboratives/collab-8b1f.../membership`.

    Args:
        collaborative_id (str): The collaborative's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return sync_detailed(
        collaborative_id=collaborative_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ProblemDetails]:
    """Leave a collaborative or withdraw an application

     Withdraw your organization's application or leave (204, also when there was nothing
    to withdraw); its values stop counting at once. The owner cannot leave (409). Leaving this
    way records the reason `other`; `POST .../members/{org}/leave` gives one. Example:
    `DELETE /v1/collaboratives/collab-8b1f.../membership`.

    Args:
        collaborative_id (str): The collaborative's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
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
) -> Any | ProblemDetails | None:
    """Leave a collaborative or withdraw an application

     Withdraw your organization's application or leave (204, also when there was nothing
    to withdraw); its values stop counting at once. The owner cannot leave (409). Leaving this
    way records the reason `other`; `POST .../members/{org}/leave` gives one. Example:
    `DELETE /v1/collaboratives/collab-8b1f.../membership`.

    Args:
        collaborative_id (str): The collaborative's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return (
        await asyncio_detailed(
            collaborative_id=collaborative_id,
            client=client,
        )
    ).parsed
