from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.instrument_setting_in import InstrumentSettingIn
from ...models.instrument_setting_out import InstrumentSettingOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    instrument_id: str,
    *,
    body: InstrumentSettingIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/instrument-settings/{instrument_id}".format(
            instrument_id=quote(str(instrument_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InstrumentSettingOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = InstrumentSettingOut.from_dict(response.json())

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
) -> Response[InstrumentSettingOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    instrument_id: str,
    *,
    client: AuthenticatedClient,
    body: InstrumentSettingIn,
) -> Response[InstrumentSettingOut | ProblemDetails]:
    """Set the org's choices for an instrument

     Enable a restricted instrument (after securing the licence) and/or override contested
    values (caseness cut-off, reliable change, remission, response) with a stated reason. Scores
    under overrides carry a fingerprint in `scoring_version`.

    Args:
        instrument_id (str): Catalog id, e.g. `phq9`.
        body (InstrumentSettingIn): An organisation's choice for one instrument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstrumentSettingOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        instrument_id=instrument_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    instrument_id: str,
    *,
    client: AuthenticatedClient,
    body: InstrumentSettingIn,
) -> InstrumentSettingOut | ProblemDetails | None:
    """Set the org's choices for an instrument

     Enable a restricted instrument (after securing the licence) and/or override contested
    values (caseness cut-off, reliable change, remission, response) with a stated reason. Scores
    under overrides carry a fingerprint in `scoring_version`.

    Args:
        instrument_id (str): Catalog id, e.g. `phq9`.
        body (InstrumentSettingIn): An organisation's choice for one instrument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstrumentSettingOut | ProblemDetails
    """

    return sync_detailed(
        instrument_id=instrument_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    instrument_id: str,
    *,
    client: AuthenticatedClient,
    body: InstrumentSettingIn,
) -> Response[InstrumentSettingOut | ProblemDetails]:
    """Set the org's choices for an instrument

     Enable a restricted instrument (after securing the licence) and/or override contested
    values (caseness cut-off, reliable change, remission, response) with a stated reason. Scores
    under overrides carry a fingerprint in `scoring_version`.

    Args:
        instrument_id (str): Catalog id, e.g. `phq9`.
        body (InstrumentSettingIn): An organisation's choice for one instrument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstrumentSettingOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        instrument_id=instrument_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    instrument_id: str,
    *,
    client: AuthenticatedClient,
    body: InstrumentSettingIn,
) -> InstrumentSettingOut | ProblemDetails | None:
    """Set the org's choices for an instrument

     Enable a restricted instrument (after securing the licence) and/or override contested
    values (caseness cut-off, reliable change, remission, response) with a stated reason. Scores
    under overrides carry a fingerprint in `scoring_version`.

    Args:
        instrument_id (str): Catalog id, e.g. `phq9`.
        body (InstrumentSettingIn): An organisation's choice for one instrument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstrumentSettingOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            instrument_id=instrument_id,
            client=client,
            body=body,
        )
    ).parsed
