from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.tokens_in import TokensIn
from ...models.tokens_out import TokensOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: str,
    team_id: str,
    *,
    body: None | TokensIn | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/staff-surveys/{campaign_id}/teams/{team_id}/tokens".format(
            campaign_id=quote(str(campaign_id), safe=""),
            team_id=quote(str(team_id), safe=""),
        ),
    }

    if isinstance(body, TokensIn):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | TokensOut | None:
    if response.status_code == 201:
        response_201 = TokensOut.from_dict(response.json())

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
) -> Response[ProblemDetails | TokensOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: str,
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: None | TokensIn | Unset = UNSET,
) -> Response[ProblemDetails | TokensOut]:
    """Mint a team's one-time survey tokens

     Mint `count` one-time tokens for the team (default: all its invited count leaves),
    returned in clear in this answer only, for the org's mailer to send as links; measures
    keeps a keyed hash of each, and never who it went to. No `Idempotency-Key` (400
    `tokens-not-replayable`): a stored reply would keep the tokens. More than the invited count
    is a 409 `tokens-exhausted`; a closed campaign a 409 `campaign-closed`.

    Args:
        campaign_id (str): The campaign id.
        team_id (str): An invited team's id.
        body (None | TokensIn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | TokensOut]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        team_id=team_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: None | TokensIn | Unset = UNSET,
) -> ProblemDetails | TokensOut | None:
    """Mint a team's one-time survey tokens

     Mint `count` one-time tokens for the team (default: all its invited count leaves),
    returned in clear in this answer only, for the org's mailer to send as links; measures
    keeps a keyed hash of each, and never who it went to. No `Idempotency-Key` (400
    `tokens-not-replayable`): a stored reply would keep the tokens. More than the invited count
    is a 409 `tokens-exhausted`; a closed campaign a 409 `campaign-closed`.

    Args:
        campaign_id (str): The campaign id.
        team_id (str): An invited team's id.
        body (None | TokensIn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | TokensOut
    """

    return sync_detailed(
        campaign_id=campaign_id,
        team_id=team_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: None | TokensIn | Unset = UNSET,
) -> Response[ProblemDetails | TokensOut]:
    """Mint a team's one-time survey tokens

     Mint `count` one-time tokens for the team (default: all its invited count leaves),
    returned in clear in this answer only, for the org's mailer to send as links; measures
    keeps a keyed hash of each, and never who it went to. No `Idempotency-Key` (400
    `tokens-not-replayable`): a stored reply would keep the tokens. More than the invited count
    is a 409 `tokens-exhausted`; a closed campaign a 409 `campaign-closed`.

    Args:
        campaign_id (str): The campaign id.
        team_id (str): An invited team's id.
        body (None | TokensIn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | TokensOut]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        team_id=team_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: None | TokensIn | Unset = UNSET,
) -> ProblemDetails | TokensOut | None:
    """Mint a team's one-time survey tokens

     Mint `count` one-time tokens for the team (default: all its invited count leaves),
    returned in clear in this answer only, for the org's mailer to send as links; measures
    keeps a keyed hash of each, and never who it went to. No `Idempotency-Key` (400
    `tokens-not-replayable`): a stored reply would keep the tokens. More than the invited count
    is a 409 `tokens-exhausted`; a closed campaign a 409 `campaign-closed`.

    Args:
        campaign_id (str): The campaign id.
        team_id (str): An invited team's id.
        body (None | TokensIn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | TokensOut
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            team_id=team_id,
            client=client,
            body=body,
        )
    ).parsed
