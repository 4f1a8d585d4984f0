from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.trajectory_out import TrajectoryOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    patient_id: str,
    *,
    instrument: str,
    episode_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["instrument"] = instrument

    json_episode_id: None | str | Unset
    if isinstance(episode_id, Unset):
        json_episode_id = UNSET
    else:
        json_episode_id = episode_id
    params["episode_id"] = json_episode_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/patients/{patient_id}/trajectory".format(
            patient_id=quote(str(patient_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | TrajectoryOut | None:
    if response.status_code == 200:
        response_200 = TrajectoryOut.from_dict(response.json())

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
) -> Response[ProblemDetails | TrajectoryOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    patient_id: str,
    *,
    client: AuthenticatedClient,
    instrument: str,
    episode_id: None | str | Unset = UNSET,
) -> Response[ProblemDetails | TrajectoryOut]:
    """Read a patient's trajectory

     The patient's scored assessments on the instrument within one episode of care (the
    latest unless `episode_id` picks another), oldest first, with the change from the
    episode's baseline to its latest: reliable improvement or deterioration (Jacobson-Truax,
    with the instrument's reliable-change value), clinically significant change, response,
    remission, weeks in care, and the not-on-track verdict with the model that decided.
    `episodes` lists all of the patient's episodes on the instrument. Audited.

    Args:
        patient_id (str):
        instrument (str): Instrument id.
        episode_id (None | str | Unset): The episode of care to show (one of `episodes`); the
            latest when omitted. An episode the patient does not have on the instrument is a 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | TrajectoryOut]
    """

    kwargs = _get_kwargs(
        patient_id=patient_id,
        instrument=instrument,
        episode_id=episode_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    patient_id: str,
    *,
    client: AuthenticatedClient,
    instrument: str,
    episode_id: None | str | Unset = UNSET,
) -> ProblemDetails | TrajectoryOut | None:
    """Read a patient's trajectory

     The patient's scored assessments on the instrument within one episode of care (the
    latest unless `episode_id` picks another), oldest first, with the change from the
    episode's baseline to its latest: reliable improvement or deterioration (Jacobson-Truax,
    with the instrument's reliable-change value), clinically significant change, response,
    remission, weeks in care, and the not-on-track verdict with the model that decided.
    `episodes` lists all of the patient's episodes on the instrument. Audited.

    Args:
        patient_id (str):
        instrument (str): Instrument id.
        episode_id (None | str | Unset): The episode of care to show (one of `episodes`); the
            latest when omitted. An episode the patient does not have on the instrument is a 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | TrajectoryOut
    """

    return sync_detailed(
        patient_id=patient_id,
        client=client,
        instrument=instrument,
        episode_id=episode_id,
    ).parsed


async def asyncio_detailed(
    patient_id: str,
    *,
    client: AuthenticatedClient,
    instrument: str,
    episode_id: None | str | Unset = UNSET,
) -> Response[ProblemDetails | TrajectoryOut]:
    """Read a patient's trajectory

     The patient's scored assessments on the instrument within one episode of care (the
    latest unless `episode_id` picks another), oldest first, with the change from the
    episode's baseline to its latest: reliable improvement or deterioration (Jacobson-Truax,
    with the instrument's reliable-change value), clinically significant change, response,
    remission, weeks in care, and the not-on-track verdict with the model that decided.
    `episodes` lists all of the patient's episodes on the instrument. Audited.

    Args:
        patient_id (str):
        instrument (str): Instrument id.
        episode_id (None | str | Unset): The episode of care to show (one of `episodes`); the
            latest when omitted. An episode the patient does not have on the instrument is a 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | TrajectoryOut]
    """

    kwargs = _get_kwargs(
        patient_id=patient_id,
        instrument=instrument,
        episode_id=episode_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    patient_id: str,
    *,
    client: AuthenticatedClient,
    instrument: str,
    episode_id: None | str | Unset = UNSET,
) -> ProblemDetails | TrajectoryOut | None:
    """Read a patient's trajectory

     The patient's scored assessments on the instrument within one episode of care (the
    latest unless `episode_id` picks another), oldest first, with the change from the
    episode's baseline to its latest: reliable improvement or deterioration (Jacobson-Truax,
    with the instrument's reliable-change value), clinically significant change, response,
    remission, weeks in care, and the not-on-track verdict with the model that decided.
    `episodes` lists all of the patient's episodes on the instrument. Audited.

    Args:
        patient_id (str):
        instrument (str): Instrument id.
        episode_id (None | str | Unset): The episode of care to show (one of `episodes`); the
            latest when omitted. An episode the patient does not have on the instrument is a 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | TrajectoryOut
    """

    return (
        await asyncio_detailed(
            patient_id=patient_id,
            client=client,
            instrument=instrument,
            episode_id=episode_id,
        )
    ).parsed
