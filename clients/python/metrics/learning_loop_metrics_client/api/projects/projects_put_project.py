from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.project_in import ProjectIn
from ...models.project_out import ProjectOut
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: ProjectIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/projects/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ProjectOut | None:
    if response.status_code == 200:
        response_200 = ProjectOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ProjectOut.from_dict(response.json())

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
) -> Response[ProblemDetails | ProjectOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectIn,
) -> Response[ProblemDetails | ProjectOut]:
    """Set an improvement project

     Create or replace one of your organization's improvement projects: its aim (a metric at
    one of your units, its baseline, target and date), team, change ideas, status, and the
    collaborative it is shared with (one your organization is an approved member of; omit to
    keep it private). Repeating the request leaves the same project (200). Example:
    `PUT /v1/projects/no-shows-north` with `{"title": "Fewer missed first appointments",
    "aim": {"metric_id": "no-show-rate", "level": "team", "unit_id": "team-north",
    "target": 0.1, "by_when": "2027-06-30"}, "status": "active"}`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        body (ProjectIn): An improvement project: title, aim, team, change ideas, status and
            sharing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ProjectOut]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectIn,
) -> ProblemDetails | ProjectOut | None:
    """Set an improvement project

     Create or replace one of your organization's improvement projects: its aim (a metric at
    one of your units, its baseline, target and date), team, change ideas, status, and the
    collaborative it is shared with (one your organization is an approved member of; omit to
    keep it private). Repeating the request leaves the same project (200). Example:
    `PUT /v1/projects/no-shows-north` with `{"title": "Fewer missed first appointments",
    "aim": {"metric_id": "no-show-rate", "level": "team", "unit_id": "team-north",
    "target": 0.1, "by_when": "2027-06-30"}, "status": "active"}`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        body (ProjectIn): An improvement project: title, aim, team, change ideas, status and
            sharing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ProjectOut
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectIn,
) -> Response[ProblemDetails | ProjectOut]:
    """Set an improvement project

     Create or replace one of your organization's improvement projects: its aim (a metric at
    one of your units, its baseline, target and date), team, change ideas, status, and the
    collaborative it is shared with (one your organization is an approved member of; omit to
    keep it private). Repeating the request leaves the same project (200). Example:
    `PUT /v1/projects/no-shows-north` with `{"title": "Fewer missed first appointments",
    "aim": {"metric_id": "no-show-rate", "level": "team", "unit_id": "team-north",
    "target": 0.1, "by_when": "2027-06-30"}, "status": "active"}`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        body (ProjectIn): An improvement project: title, aim, team, change ideas, status and
            sharing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ProjectOut]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectIn,
) -> ProblemDetails | ProjectOut | None:
    """Set an improvement project

     Create or replace one of your organization's improvement projects: its aim (a metric at
    one of your units, its baseline, target and date), team, change ideas, status, and the
    collaborative it is shared with (one your organization is an approved member of; omit to
    keep it private). Repeating the request leaves the same project (200). Example:
    `PUT /v1/projects/no-shows-north` with `{"title": "Fewer missed first appointments",
    "aim": {"metric_id": "no-show-rate", "level": "team", "unit_id": "team-north",
    "target": 0.1, "by_when": "2027-06-30"}, "status": "active"}`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        body (ProjectIn): An improvement project: title, aim, team, change ideas, status and
            sharing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ProjectOut
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
