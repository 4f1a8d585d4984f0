import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.association_out import AssociationOut
from ...models.equity_get_association_period import EquityGetAssociationPeriod
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    x: str,
    y: str,
    period: EquityGetAssociationPeriod | Unset = EquityGetAssociationPeriod.QUARTER,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["x"] = x

    params["y"] = y

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/associations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssociationOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = AssociationOut.from_dict(response.json())

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
) -> Response[AssociationOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    x: str,
    y: str,
    period: EquityGetAssociationPeriod | Unset = EquityGetAssociationPeriod.QUARTER,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
) -> Response[AssociationOut | ProblemDetails]:
    """Two metrics across teams, and how they go together

     Each team's published values of `x` and `y` per period of the range (after suppression
    and rounding, as `/v1/metrics/{id}/values?level=team` shows them), paired where both are
    published; Pearson's r with its 95% interval (Fisher z), Spearman's rho, and caveats.
    Fewer than 5 teams with both values: 409 `too-few-teams`.
    Example: `GET /v1/associations?x=miniz-burnout-prevalence&y=staff-turnover-rate&period=quarter`.

    Args:
        x (str): The first metric id.
        y (str): The second metric id.
        period (EquityGetAssociationPeriod | Unset): Period length: week, month or quarter.
            Default: EquityGetAssociationPeriod.QUARTER.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssociationOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        x=x,
        y=y,
        period=period,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    x: str,
    y: str,
    period: EquityGetAssociationPeriod | Unset = EquityGetAssociationPeriod.QUARTER,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
) -> AssociationOut | ProblemDetails | None:
    """Two metrics across teams, and how they go together

     Each team's published values of `x` and `y` per period of the range (after suppression
    and rounding, as `/v1/metrics/{id}/values?level=team` shows them), paired where both are
    published; Pearson's r with its 95% interval (Fisher z), Spearman's rho, and caveats.
    Fewer than 5 teams with both values: 409 `too-few-teams`.
    Example: `GET /v1/associations?x=miniz-burnout-prevalence&y=staff-turnover-rate&period=quarter`.

    Args:
        x (str): The first metric id.
        y (str): The second metric id.
        period (EquityGetAssociationPeriod | Unset): Period length: week, month or quarter.
            Default: EquityGetAssociationPeriod.QUARTER.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssociationOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
        x=x,
        y=y,
        period=period,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    x: str,
    y: str,
    period: EquityGetAssociationPeriod | Unset = EquityGetAssociationPeriod.QUARTER,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
) -> Response[AssociationOut | ProblemDetails]:
    """Two metrics across teams, and how they go together

     Each team's published values of `x` and `y` per period of the range (after suppression
    and rounding, as `/v1/metrics/{id}/values?level=team` shows them), paired where both are
    published; Pearson's r with its 95% interval (Fisher z), Spearman's rho, and caveats.
    Fewer than 5 teams with both values: 409 `too-few-teams`.
    Example: `GET /v1/associations?x=miniz-burnout-prevalence&y=staff-turnover-rate&period=quarter`.

    Args:
        x (str): The first metric id.
        y (str): The second metric id.
        period (EquityGetAssociationPeriod | Unset): Period length: week, month or quarter.
            Default: EquityGetAssociationPeriod.QUARTER.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssociationOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        x=x,
        y=y,
        period=period,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    x: str,
    y: str,
    period: EquityGetAssociationPeriod | Unset = EquityGetAssociationPeriod.QUARTER,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
) -> AssociationOut | ProblemDetails | None:
    """Two metrics across teams, and how they go together

     Each team's published values of `x` and `y` per period of the range (after suppression
    and rounding, as `/v1/metrics/{id}/values?level=team` shows them), paired where both are
    published; Pearson's r with its 95% interval (Fisher z), Spearman's rho, and caveats.
    Fewer than 5 teams with both values: 409 `too-few-teams`.
    Example: `GET /v1/associations?x=miniz-burnout-prevalence&y=staff-turnover-rate&period=quarter`.

    Args:
        x (str): The first metric id.
        y (str): The second metric id.
        period (EquityGetAssociationPeriod | Unset): Period length: week, month or quarter.
            Default: EquityGetAssociationPeriod.QUARTER.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssociationOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            x=x,
            y=y,
            period=period,
            from_=from_,
            to=to,
        )
    ).parsed
