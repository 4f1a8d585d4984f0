from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cycle_in import CycleIn
from ...models.cycle_out import CycleOut
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    project_id: str,
    cycle_id: str,
    *,
    body: CycleIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/projects/{project_id}/cycles/{cycle_id}".format(
            project_id=quote(str(project_id), safe=""),
            cycle_id=quote(str(cycle_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CycleOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = CycleOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CycleOut.from_dict(response.json())

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
    body: CycleIn,
) -> Response[CycleOut | ProblemDetails]:
    """Set a PDSA cycle of a project

     Create or replace a PDSA cycle of one of your projects: plan (the change and the
    prediction), do (start and end dates), act (adopt, adapt or abandon, once it has ended)
    and lessons. The study is computed when the cycle is read. A cycle id another of your
    projects uses is a 409. Repeating the request leaves the same cycle (200). Example:
    `PUT /v1/projects/no-shows-north/cycles/no-shows-north-1` with `{"title": "PDSA 1: text
    reminder", "started_on": "2026-04-01"}`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        cycle_id (str): The cycle's id, unique within its organization.
        body (CycleIn): One PDSA cycle: the plan (change, prediction), the do (dates), the act and
            lessons.

            `ended_on` needs `started_on` and is not before it; `act` needs `ended_on`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CycleOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        cycle_id=cycle_id,
        body=body,
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
    body: CycleIn,
) -> CycleOut | ProblemDetails | None:
    """Set a PDSA cycle of a project

     Create or replace a PDSA cycle of one of your projects: plan (the change and the
    prediction), do (start and end dates), act (adopt, adapt or abandon, once it has ended)
    and lessons. The study is computed when the cycle is read. A cycle id another of your
    projects uses is a 409. Repeating the request leaves the same cycle (200). Example:
    `PUT /v1/projects/no-shows-north/cycles/no-shows-north-1` with `{"title": "PDSA 1: text
    reminder", "started_on": "2026-04-01"}`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        cycle_id (str): The cycle's id, unique within its organization.
        body (CycleIn): One PDSA cycle: the plan (change, prediction), the do (dates), the act and
            lessons.

            `ended_on` needs `started_on` and is not before it; `act` needs `ended_on`.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    cycle_id: str,
    *,
    client: AuthenticatedClient,
    body: CycleIn,
) -> Response[CycleOut | ProblemDetails]:
    """Set a PDSA cycle of a project

     Create or replace a PDSA cycle of one of your projects: plan (the change and the
    prediction), do (start and end dates), act (adopt, adapt or abandon, once it has ended)
    and lessons. The study is computed when the cycle is read. A cycle id another of your
    projects uses is a 409. Repeating the request leaves the same cycle (200). Example:
    `PUT /v1/projects/no-shows-north/cycles/no-shows-north-1` with `{"title": "PDSA 1: text
    reminder", "started_on": "2026-04-01"}`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        cycle_id (str): The cycle's id, unique within its organization.
        body (CycleIn): One PDSA cycle: the plan (change, prediction), the do (dates), the act and
            lessons.

            `ended_on` needs `started_on` and is not before it; `act` needs `ended_on`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CycleOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        cycle_id=cycle_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    cycle_id: str,
    *,
    client: AuthenticatedClient,
    body: CycleIn,
) -> CycleOut | ProblemDetails | None:
    """Set a PDSA cycle of a project

     Create or replace a PDSA cycle of one of your projects: plan (the change and the
    prediction), do (start and end dates), act (adopt, adapt or abandon, once it has ended)
    and lessons. The study is computed when the cycle is read. A cycle id another of your
    projects uses is a 409. Repeating the request leaves the same cycle (200). Example:
    `PUT /v1/projects/no-shows-north/cycles/no-shows-north-1` with `{"title": "PDSA 1: text
    reminder", "started_on": "2026-04-01"}`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        cycle_id (str): The cycle's id, unique within its organization.
        body (CycleIn): One PDSA cycle: the plan (change, prediction), the do (dates), the act and
            lessons.

            `ended_on` needs `started_on` and is not before it; `act` needs `ended_on`.

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
            body=body,
        )
    ).parsed
