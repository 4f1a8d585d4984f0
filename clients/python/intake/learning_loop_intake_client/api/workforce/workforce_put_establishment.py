from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.establishment_in import EstablishmentIn
from ...models.establishment_out import EstablishmentOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    team_id: str,
    *,
    body: EstablishmentIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/establishments/{team_id}".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EstablishmentOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = EstablishmentOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = EstablishmentOut.from_dict(response.json())

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
) -> Response[EstablishmentOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: EstablishmentIn,
) -> Response[EstablishmentOut | ProblemDetails]:
    """Set a team's establishment from a day on

     The team's funded FTE from `effective_from` until its next row: vacancy is measured against it.
    History is kept: each `effective_from` is its own row; the same day again replaces that row (a
    correction), an identical re-send changes and publishes nothing. 201 when the row was created, 200
    when replaced or unchanged.

    Args:
        team_id (str): The caller's id for the team, unique within the org.
        body (EstablishmentIn): Body of `PUT /v1/establishments/{team_id}`: the team's funded FTE
            from a day on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EstablishmentOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: EstablishmentIn,
) -> EstablishmentOut | ProblemDetails | None:
    """Set a team's establishment from a day on

     The team's funded FTE from `effective_from` until its next row: vacancy is measured against it.
    History is kept: each `effective_from` is its own row; the same day again replaces that row (a
    correction), an identical re-send changes and publishes nothing. 201 when the row was created, 200
    when replaced or unchanged.

    Args:
        team_id (str): The caller's id for the team, unique within the org.
        body (EstablishmentIn): Body of `PUT /v1/establishments/{team_id}`: the team's funded FTE
            from a day on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EstablishmentOut | ProblemDetails
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: EstablishmentIn,
) -> Response[EstablishmentOut | ProblemDetails]:
    """Set a team's establishment from a day on

     The team's funded FTE from `effective_from` until its next row: vacancy is measured against it.
    History is kept: each `effective_from` is its own row; the same day again replaces that row (a
    correction), an identical re-send changes and publishes nothing. 201 when the row was created, 200
    when replaced or unchanged.

    Args:
        team_id (str): The caller's id for the team, unique within the org.
        body (EstablishmentIn): Body of `PUT /v1/establishments/{team_id}`: the team's funded FTE
            from a day on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EstablishmentOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: EstablishmentIn,
) -> EstablishmentOut | ProblemDetails | None:
    """Set a team's establishment from a day on

     The team's funded FTE from `effective_from` until its next row: vacancy is measured against it.
    History is kept: each `effective_from` is its own row; the same day again replaces that row (a
    correction), an identical re-send changes and publishes nothing. 201 when the row was created, 200
    when replaced or unchanged.

    Args:
        team_id (str): The caller's id for the team, unique within the org.
        body (EstablishmentIn): Body of `PUT /v1/establishments/{team_id}`: the team's funded FTE
            from a day on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EstablishmentOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
        )
    ).parsed
