from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.effect_out import EffectOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    intervention_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/interventions/{intervention_id}/effect".format(
            intervention_id=quote(str(intervention_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EffectOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = EffectOut.from_dict(response.json())

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
) -> Response[EffectOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    intervention_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EffectOut | ProblemDetails]:
    """Estimate a QI intervention's effect

     Segmented regression (interrupted time series; Wagner, Soumerai, Zhang & Ross-Degnan
    2002) of the metric's series for the unit: the change in level and in slope at the
    intervention, with 95% intervals, the points before and after, and warnings when the
    series is too short to trust. The effect starts at the period holding the start date
    (time since the change is 0 there), also when that period is suppressed; the level
    change is never moved to the next published period. A start date on the first day of a
    period makes that period the first one after the change; a start date inside a period
    makes it a transition period, partly before and partly after the change, which is left
    out of the fit (`transition_period`). Suppressed periods are left out of the fit but keep
    their place in time. Example: `GET /v1/interventions/5f0c7e0a-.../effect`.

    Args:
        intervention_id (str): The intervention's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EffectOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        intervention_id=intervention_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    intervention_id: str,
    *,
    client: AuthenticatedClient,
) -> EffectOut | ProblemDetails | None:
    """Estimate a QI intervention's effect

     Segmented regression (interrupted time series; Wagner, Soumerai, Zhang & Ross-Degnan
    2002) of the metric's series for the unit: the change in level and in slope at the
    intervention, with 95% intervals, the points before and after, and warnings when the
    series is too short to trust. The effect starts at the period holding the start date
    (time since the change is 0 there), also when that period is suppressed; the level
    change is never moved to the next published period. A start date on the first day of a
    period makes that period the first one after the change; a start date inside a period
    makes it a transition period, partly before and partly after the change, which is left
    out of the fit (`transition_period`). Suppressed periods are left out of the fit but keep
    their place in time. Example: `GET /v1/interventions/5f0c7e0a-.../effect`.

    Args:
        intervention_id (str): The intervention's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EffectOut | ProblemDetails
    """

    return sync_detailed(
        intervention_id=intervention_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    intervention_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EffectOut | ProblemDetails]:
    """Estimate a QI intervention's effect

     Segmented regression (interrupted time series; Wagner, Soumerai, Zhang & Ross-Degnan
    2002) of the metric's series for the unit: the change in level and in slope at the
    intervention, with 95% intervals, the points before and after, and warnings when the
    series is too short to trust. The effect starts at the period holding the start date
    (time since the change is 0 there), also when that period is suppressed; the level
    change is never moved to the next published period. A start date on the first day of a
    period makes that period the first one after the change; a start date inside a period
    makes it a transition period, partly before and partly after the change, which is left
    out of the fit (`transition_period`). Suppressed periods are left out of the fit but keep
    their place in time. Example: `GET /v1/interventions/5f0c7e0a-.../effect`.

    Args:
        intervention_id (str): The intervention's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EffectOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        intervention_id=intervention_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    intervention_id: str,
    *,
    client: AuthenticatedClient,
) -> EffectOut | ProblemDetails | None:
    """Estimate a QI intervention's effect

     Segmented regression (interrupted time series; Wagner, Soumerai, Zhang & Ross-Degnan
    2002) of the metric's series for the unit: the change in level and in slope at the
    intervention, with 95% intervals, the points before and after, and warnings when the
    series is too short to trust. The effect starts at the period holding the start date
    (time since the change is 0 there), also when that period is suppressed; the level
    change is never moved to the next published period. A start date on the first day of a
    period makes that period the first one after the change; a start date inside a period
    makes it a transition period, partly before and partly after the change, which is left
    out of the fit (`transition_period`). Suppressed periods are left out of the fit but keep
    their place in time. Example: `GET /v1/interventions/5f0c7e0a-.../effect`.

    Args:
        intervention_id (str): The intervention's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EffectOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            intervention_id=intervention_id,
            client=client,
        )
    ).parsed
