from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.rebuild_out import RebuildOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/rebuild",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | RebuildOut | None:
    if response.status_code == 200:
        response_200 = RebuildOut.from_dict(response.json())

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
) -> Response[ProblemDetails | RebuildOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | RebuildOut]:
    """Rebuild every fact from the feeds

     Empties the fact tables and the cursors and replays the intake and measures feeds from
    the start; the result equals what incremental consumption built. The running consumers
    pause while it holds their leases. Interventions, collaboratives and settings are kept.
    Answers once both feeds are replayed, with the events read and the rows per fact table.
    503 when a source does not answer (nothing is emptied then) or fails midway (the
    consumers then carry on from where it stopped). The rebuild covers every org, so it needs
    the platform operator's scope `platform:operate`, which no tenant token carries.

    Args:
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | RebuildOut]
    """

    kwargs = _get_kwargs(
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | RebuildOut | None:
    """Rebuild every fact from the feeds

     Empties the fact tables and the cursors and replays the intake and measures feeds from
    the start; the result equals what incremental consumption built. The running consumers
    pause while it holds their leases. Interventions, collaboratives and settings are kept.
    Answers once both feeds are replayed, with the events read and the rows per fact table.
    503 when a source does not answer (nothing is emptied then) or fails midway (the
    consumers then carry on from where it stopped). The rebuild covers every org, so it needs
    the platform operator's scope `platform:operate`, which no tenant token carries.

    Args:
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | RebuildOut
    """

    return sync_detailed(
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProblemDetails | RebuildOut]:
    """Rebuild every fact from the feeds

     Empties the fact tables and the cursors and replays the intake and measures feeds from
    the start; the result equals what incremental consumption built. The running consumers
    pause while it holds their leases. Interventions, collaboratives and settings are kept.
    Answers once both feeds are replayed, with the events read and the rows per fact table.
    503 when a source does not answer (nothing is emptied then) or fails midway (the
    consumers then carry on from where it stopped). The rebuild covers every org, so it needs
    the platform operator's scope `platform:operate`, which no tenant token carries.

    Args:
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | RebuildOut]
    """

    kwargs = _get_kwargs(
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> ProblemDetails | RebuildOut | None:
    """Rebuild every fact from the feeds

     Empties the fact tables and the cursors and replays the intake and measures feeds from
    the start; the result equals what incremental consumption built. The running consumers
    pause while it holds their leases. Interventions, collaboratives and settings are kept.
    Answers once both feeds are replayed, with the events read and the rows per fact table.
    503 when a source does not answer (nothing is emptied then) or fails midway (the
    consumers then carry on from where it stopped). The rebuild covers every org, so it needs
    the platform operator's scope `platform:operate`, which no tenant token carries.

    Args:
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | RebuildOut
    """

    return (
        await asyncio_detailed(
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
