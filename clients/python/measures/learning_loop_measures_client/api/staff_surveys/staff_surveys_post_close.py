from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.staff_survey_out import StaffSurveyOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/staff-surveys/{campaign_id}/close".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | StaffSurveyOut | None:
    if response.status_code == 200:
        response_200 = StaffSurveyOut.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ProblemDetails.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ProblemDetails.from_dict(response.json())

        return response_413

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
) -> Response[ProblemDetails | StaffSurveyOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | StaffSurveyOut]:
    """Close a staff survey campaign now

     Close the campaign today (no answer is taken after this) and publish one
    `staff-survey.closed` event per invited team, its responses shuffled and scored. Closing a
    closed campaign changes nothing and publishes nothing again.

    Args:
        campaign_id (str): The campaign id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | StaffSurveyOut]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | StaffSurveyOut | None:
    """Close a staff survey campaign now

     Close the campaign today (no answer is taken after this) and publish one
    `staff-survey.closed` event per invited team, its responses shuffled and scored. Closing a
    closed campaign changes nothing and publishes nothing again.

    Args:
        campaign_id (str): The campaign id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | StaffSurveyOut
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | StaffSurveyOut]:
    """Close a staff survey campaign now

     Close the campaign today (no answer is taken after this) and publish one
    `staff-survey.closed` event per invited team, its responses shuffled and scored. Closing a
    closed campaign changes nothing and publishes nothing again.

    Args:
        campaign_id (str): The campaign id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | StaffSurveyOut]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | StaffSurveyOut | None:
    """Close a staff survey campaign now

     Close the campaign today (no answer is taken after this) and publish one
    `staff-survey.closed` event per invited team, its responses shuffled and scored. Closing a
    closed campaign changes nothing and publishes nothing again.

    Args:
        campaign_id (str): The campaign id.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | StaffSurveyOut
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
