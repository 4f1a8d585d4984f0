from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.safety_event_out import SafetyEventOut
from ...types import Response


def _get_kwargs(
    safety_event_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/safety-events/{safety_event_id}".format(
            safety_event_id=quote(str(safety_event_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | SafetyEventOut | None:
    if response.status_code == 200:
        response_200 = SafetyEventOut.from_dict(response.json())

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
) -> Response[ProblemDetails | SafetyEventOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    safety_event_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetails | SafetyEventOut]:
    """Read a safety event

     One safety event of the caller's org; another org's id is a 404. `narrative` and `reporter_id` are
    null unless the token also holds `intake:safety-review`; every narrative shown is written to the
    audit log, as is every patient named.

    Args:
        safety_event_id (str): The caller's id for the safety event, unique within the org.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SafetyEventOut]
    """

    kwargs = _get_kwargs(
        safety_event_id=safety_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    safety_event_id: str,
    *,
    client: AuthenticatedClient,
) -> ProblemDetails | SafetyEventOut | None:
    """Read a safety event

     One safety event of the caller's org; another org's id is a 404. `narrative` and `reporter_id` are
    null unless the token also holds `intake:safety-review`; every narrative shown is written to the
    audit log, as is every patient named.

    Args:
        safety_event_id (str): The caller's id for the safety event, unique within the org.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SafetyEventOut
    """

    return sync_detailed(
        safety_event_id=safety_event_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    safety_event_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetails | SafetyEventOut]:
    """Read a safety event

     One safety event of the caller's org; another org's id is a 404. `narrative` and `reporter_id` are
    null unless the token also holds `intake:safety-review`; every narrative shown is written to the
    audit log, as is every patient named.

    Args:
        safety_event_id (str): The caller's id for the safety event, unique within the org.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SafetyEventOut]
    """

    kwargs = _get_kwargs(
        safety_event_id=safety_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    safety_event_id: str,
    *,
    client: AuthenticatedClient,
) -> ProblemDetails | SafetyEventOut | None:
    """Read a safety event

     One safety event of the caller's org; another org's id is a 404. `narrative` and `reporter_id` are
    null unless the token also holds `intake:safety-review`; every narrative shown is written to the
    audit log, as is every patient named.

    Args:
        safety_event_id (str): The caller's id for the safety event, unique within the org.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SafetyEventOut
    """

    return (
        await asyncio_detailed(
            safety_event_id=safety_event_id,
            client=client,
        )
    ).parsed
