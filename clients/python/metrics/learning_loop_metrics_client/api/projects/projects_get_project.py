from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.project_out import ProjectOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    org: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_org: None | str | Unset
    if isinstance(org, Unset):
        json_org = UNSET
    else:
        json_org = org
    params["org"] = json_org

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ProjectOut | None:
    if response.status_code == 200:
        response_200 = ProjectOut.from_dict(response.json())

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
    org: None | str | Unset = UNSET,
) -> Response[ProblemDetails | ProjectOut]:
    """Read an improvement project

     One of your organization's projects, or with `org` one another organization shared
    with a collaborative you are both approved members of (without its baseline, unit and
    chart). A private project of another organization is not found (404), as is an unknown
    id. Example: `GET /v1/projects/no-shows-south?org=org-south`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        org (None | str | Unset): The organization that owns the project, when it is not yours (a
            project it shared with a collaborative you are both approved members of).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ProjectOut]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        org=org,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    org: None | str | Unset = UNSET,
) -> ProblemDetails | ProjectOut | None:
    """Read an improvement project

     One of your organization's projects, or with `org` one another organization shared
    with a collaborative you are both approved members of (without its baseline, unit and
    chart). A private project of another organization is not found (404), as is an unknown
    id. Example: `GET /v1/projects/no-shows-south?org=org-south`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        org (None | str | Unset): The organization that owns the project, when it is not yours (a
            project it shared with a collaborative you are both approved members of).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ProjectOut
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        org=org,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    org: None | str | Unset = UNSET,
) -> Response[ProblemDetails | ProjectOut]:
    """Read an improvement project

     One of your organization's projects, or with `org` one another organization shared
    with a collaborative you are both approved members of (without its baseline, unit and
    chart). A private project of another organization is not found (404), as is an unknown
    id. Example: `GET /v1/projects/no-shows-south?org=org-south`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        org (None | str | Unset): The organization that owns the project, when it is not yours (a
            project it shared with a collaborative you are both approved members of).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ProjectOut]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        org=org,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    org: None | str | Unset = UNSET,
) -> ProblemDetails | ProjectOut | None:
    """Read an improvement project

     One of your organization's projects, or with `org` one another organization shared
    with a collaborative you are both approved members of (without its baseline, unit and
    chart). A private project of another organization is not found (404), as is an unknown
    id. Example: `GET /v1/projects/no-shows-south?org=org-south`.

    Args:
        project_id (str): The project's id, chosen by its organization.
        org (None | str | Unset): The organization that owns the project, when it is not yours (a
            project it shared with a collaborative you are both approved members of).

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
            org=org,
        )
    ).parsed
