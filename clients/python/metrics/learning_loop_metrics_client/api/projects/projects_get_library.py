from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.library_out import LibraryOut
from ...models.problem_details import ProblemDetails
from ...models.projects_get_library_outcome_type_0 import ProjectsGetLibraryOutcomeType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collaborative_id: str,
    *,
    metric_id: None | str | Unset = UNSET,
    outcome: None | ProjectsGetLibraryOutcomeType0 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_metric_id: None | str | Unset
    if isinstance(metric_id, Unset):
        json_metric_id = UNSET
    else:
        json_metric_id = metric_id
    params["metric_id"] = json_metric_id

    json_outcome: None | str | Unset
    if isinstance(outcome, Unset):
        json_outcome = UNSET
    elif isinstance(outcome, ProjectsGetLibraryOutcomeType0):
        json_outcome = outcome.value
    else:
        json_outcome = outcome
    params["outcome"] = json_outcome

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/collaboratives/{collaborative_id}/library".format(
            collaborative_id=quote(str(collaborative_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LibraryOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = LibraryOut.from_dict(response.json())

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
) -> Response[LibraryOut | ProblemDetails]:
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
    metric_id: None | str | Unset = UNSET,
    outcome: None | ProjectsGetLibraryOutcomeType0 | Unset = UNSET,
) -> Response[LibraryOut | ProblemDetails]:
    """Search a collaborative's library of shared projects

     The projects the collaborative's approved members shared with it, so that peers see what
    was tried and what came of it: title, metric, status, how many cycles, the last act
    decision and its lessons. Only approved members read it (404 otherwise). Example:
    `GET /v1/collaboratives/collab-8b1f.../library?metric_id=no-show-rate&outcome=adopt`.

    Args:
        collaborative_id (str): The collaborative's id.
        metric_id (None | str | Unset): Only projects aiming at this metric.
        outcome (None | ProjectsGetLibraryOutcomeType0 | Unset): Only projects whose last acted-on
            cycle was adopted (it worked), adapted or abandoned (it did not).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LibraryOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        collaborative_id=collaborative_id,
        metric_id=metric_id,
        outcome=outcome,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
    metric_id: None | str | Unset = UNSET,
    outcome: None | ProjectsGetLibraryOutcomeType0 | Unset = UNSET,
) -> LibraryOut | ProblemDetails | None:
    """Search a collaborative's library of shared projects

     The projects the collaborative's approved members shared with it, so that peers see what
    was tried and what came of it: title, metric, status, how many cycles, the last act
    decision and its lessons. Only approved members read it (404 otherwise). Example:
    `GET /v1/collaboratives/collab-8b1f.../library?metric_id=no-show-rate&outcome=adopt`.

    Args:
        collaborative_id (str): The collaborative's id.
        metric_id (None | str | Unset): Only projects aiming at this metric.
        outcome (None | ProjectsGetLibraryOutcomeType0 | Unset): Only projects whose last acted-on
            cycle was adopted (it worked), adapted or abandoned (it did not).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LibraryOut | ProblemDetails
    """

    return sync_detailed(
        collaborative_id=collaborative_id,
        client=client,
        metric_id=metric_id,
        outcome=outcome,
    ).parsed


async def asyncio_detailed(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
    metric_id: None | str | Unset = UNSET,
    outcome: None | ProjectsGetLibraryOutcomeType0 | Unset = UNSET,
) -> Response[LibraryOut | ProblemDetails]:
    """Search a collaborative's library of shared projects

     The projects the collaborative's approved members shared with it, so that peers see what
    was tried and what came of it: title, metric, status, how many cycles, the last act
    decision and its lessons. Only approved members read it (404 otherwise). Example:
    `GET /v1/collaboratives/collab-8b1f.../library?metric_id=no-show-rate&outcome=adopt`.

    Args:
        collaborative_id (str): The collaborative's id.
        metric_id (None | str | Unset): Only projects aiming at this metric.
        outcome (None | ProjectsGetLibraryOutcomeType0 | Unset): Only projects whose last acted-on
            cycle was adopted (it worked), adapted or abandoned (it did not).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LibraryOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        collaborative_id=collaborative_id,
        metric_id=metric_id,
        outcome=outcome,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collaborative_id: str,
    *,
    client: AuthenticatedClient,
    metric_id: None | str | Unset = UNSET,
    outcome: None | ProjectsGetLibraryOutcomeType0 | Unset = UNSET,
) -> LibraryOut | ProblemDetails | None:
    """Search a collaborative's library of shared projects

     The projects the collaborative's approved members shared with it, so that peers see what
    was tried and what came of it: title, metric, status, how many cycles, the last act
    decision and its lessons. Only approved members read it (404 otherwise). Example:
    `GET /v1/collaboratives/collab-8b1f.../library?metric_id=no-show-rate&outcome=adopt`.

    Args:
        collaborative_id (str): The collaborative's id.
        metric_id (None | str | Unset): Only projects aiming at this metric.
        outcome (None | ProjectsGetLibraryOutcomeType0 | Unset): Only projects whose last acted-on
            cycle was adopted (it worked), adapted or abandoned (it did not).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LibraryOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            collaborative_id=collaborative_id,
            client=client,
            metric_id=metric_id,
            outcome=outcome,
        )
    ).parsed
