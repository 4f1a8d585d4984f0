from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cycle_out import CycleOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    cycle_id: str,
    *,
    org: None | str | Unset = UNSET,
    compare_unit: None | str | Unset = UNSET,
    compare_collaborative: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_org: None | str | Unset
    if isinstance(org, Unset):
        json_org = UNSET
    else:
        json_org = org
    params["org"] = json_org

    json_compare_unit: None | str | Unset
    if isinstance(compare_unit, Unset):
        json_compare_unit = UNSET
    else:
        json_compare_unit = compare_unit
    params["compare_unit"] = json_compare_unit

    json_compare_collaborative: None | str | Unset
    if isinstance(compare_collaborative, Unset):
        json_compare_collaborative = UNSET
    else:
        json_compare_collaborative = compare_collaborative
    params["compare_collaborative"] = json_compare_collaborative

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/cycles/{cycle_id}".format(
            project_id=quote(str(project_id), safe=""),
            cycle_id=quote(str(cycle_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CycleOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = CycleOut.from_dict(response.json())

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
) -> Response[CycleOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    cycle_id: str,
    *,
    client: AuthenticatedClient,
    org: None | str | Unset = UNSET,
    compare_unit: None | str | Unset = UNSET,
    compare_collaborative: None | str | Unset = UNSET,
) -> Response[CycleOut | ProblemDetails]:
    """Read a PDSA cycle with its study

     The cycle with its study, for your own projects: the link to the aim's chart and the
    segmented regression of the metric around the cycle's start (as
    `GET /v1/interventions/{id}/effect` computes it), and with `compare_unit` (another of your
    units) or `compare_collaborative` (its peer median, for an org-level aim) the difference in
    level and slope change against that control (controlled interrupted time series). A shared
    project's cycle read with `org` has no study: its chart and effect are not disclosed to
    peers. Example:
    `GET /v1/projects/no-shows-north/cycles/no-shows-north-1?compare_unit=team-south`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        cycle_id (str): The cycle's id, unique within its organization.
        org (None | str | Unset): The organization that owns the project, when it is not yours (a
            project it shared with a collaborative you are both approved members of).
        compare_unit (None | str | Unset): Another of your units at the project's level, which did
            not get the change, as a control (controlled interrupted time series, Linden 2015).
        compare_collaborative (None | str | Unset): For an org-level aim: a collaborative your
            organization is an approved member of, whose peer median (as the benchmark route publishes
            it) is the control.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CycleOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        cycle_id=cycle_id,
        org=org,
        compare_unit=compare_unit,
        compare_collaborative=compare_collaborative,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    cycle_id: str,
    *,
    client: AuthenticatedClient,
    org: None | str | Unset = UNSET,
    compare_unit: None | str | Unset = UNSET,
    compare_collaborative: None | str | Unset = UNSET,
) -> CycleOut | ProblemDetails | None:
    """Read a PDSA cycle with its study

     The cycle with its study, for your own projects: the link to the aim's chart and the
    segmented regression of the metric around the cycle's start (as
    `GET /v1/interventions/{id}/effect` computes it), and with `compare_unit` (another of your
    units) or `compare_collaborative` (its peer median, for an org-level aim) the difference in
    level and slope change against that control (controlled interrupted time series). A shared
    project's cycle read with `org` has no study: its chart and effect are not disclosed to
    peers. Example:
    `GET /v1/projects/no-shows-north/cycles/no-shows-north-1?compare_unit=team-south`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        cycle_id (str): The cycle's id, unique within its organization.
        org (None | str | Unset): The organization that owns the project, when it is not yours (a
            project it shared with a collaborative you are both approved members of).
        compare_unit (None | str | Unset): Another of your units at the project's level, which did
            not get the change, as a control (controlled interrupted time series, Linden 2015).
        compare_collaborative (None | str | Unset): For an org-level aim: a collaborative your
            organization is an approved member of, whose peer median (as the benchmark route publishes
            it) is the control.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CycleOut | ProblemDetails
    """

    return sync_detailed(
        project_id=project_id,
        cycle_id=cycle_id,
        client=client,
        org=org,
        compare_unit=compare_unit,
        compare_collaborative=compare_collaborative,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    cycle_id: str,
    *,
    client: AuthenticatedClient,
    org: None | str | Unset = UNSET,
    compare_unit: None | str | Unset = UNSET,
    compare_collaborative: None | str | Unset = UNSET,
) -> Response[CycleOut | ProblemDetails]:
    """Read a PDSA cycle with its study

     The cycle with its study, for your own projects: the link to the aim's chart and the
    segmented regression of the metric around the cycle's start (as
    `GET /v1/interventions/{id}/effect` computes it), and with `compare_unit` (another of your
    units) or `compare_collaborative` (its peer median, for an org-level aim) the difference in
    level and slope change against that control (controlled interrupted time series). A shared
    project's cycle read with `org` has no study: its chart and effect are not disclosed to
    peers. Example:
    `GET /v1/projects/no-shows-north/cycles/no-shows-north-1?compare_unit=team-south`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        cycle_id (str): The cycle's id, unique within its organization.
        org (None | str | Unset): The organization that owns the project, when it is not yours (a
            project it shared with a collaborative you are both approved members of).
        compare_unit (None | str | Unset): Another of your units at the project's level, which did
            not get the change, as a control (controlled interrupted time series, Linden 2015).
        compare_collaborative (None | str | Unset): For an org-level aim: a collaborative your
            organization is an approved member of, whose peer median (as the benchmark route publishes
            it) is the control.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CycleOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        cycle_id=cycle_id,
        org=org,
        compare_unit=compare_unit,
        compare_collaborative=compare_collaborative,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    cycle_id: str,
    *,
    client: AuthenticatedClient,
    org: None | str | Unset = UNSET,
    compare_unit: None | str | Unset = UNSET,
    compare_collaborative: None | str | Unset = UNSET,
) -> CycleOut | ProblemDetails | None:
    """Read a PDSA cycle with its study

     The cycle with its study, for your own projects: the link to the aim's chart and the
    segmented regression of the metric around the cycle's start (as
    `GET /v1/interventions/{id}/effect` computes it), and with `compare_unit` (another of your
    units) or `compare_collaborative` (its peer median, for an org-level aim) the difference in
    level and slope change against that control (controlled interrupted time series). A shared
    project's cycle read with `org` has no study: its chart and effect are not disclosed to
    peers. Example:
    `GET /v1/projects/no-shows-north/cycles/no-shows-north-1?compare_unit=team-south`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        cycle_id (str): The cycle's id, unique within its organization.
        org (None | str | Unset): The organization that owns the project, when it is not yours (a
            project it shared with a collaborative you are both approved members of).
        compare_unit (None | str | Unset): Another of your units at the project's level, which did
            not get the change, as a control (controlled interrupted time series, Linden 2015).
        compare_collaborative (None | str | Unset): For an org-level aim: a collaborative your
            organization is an approved member of, whose peer median (as the benchmark route publishes
            it) is the control.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CycleOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            cycle_id=cycle_id,
            client=client,
            org=org,
            compare_unit=compare_unit,
            compare_collaborative=compare_collaborative,
        )
    ).parsed
