from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    patient: str,
    code: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["patient"] = patient

    json_code: None | str | Unset
    if isinstance(code, Unset):
        json_code = UNSET
    else:
        json_code = code
    params["code"] = json_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fhir/Observation",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    patient: str,
    code: None | str | Unset = UNSET,
) -> Response[Any | ProblemDetails]:
    """Search score Observations

     The panel, item, total and subscale Observations of a patient's assessments, for an EHR to
    file. `code` keeps only the Observations with that code. Audited.

    Args:
        patient (str): Patient id or Patient/<id>.
        code (None | str | Unset): LOINC (or our) code, e.g. 44261-6; optionally system|code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
    """

    kwargs = _get_kwargs(
        patient=patient,
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    patient: str,
    code: None | str | Unset = UNSET,
) -> Any | ProblemDetails | None:
    """Search score Observations

     The panel, item, total and subscale Observations of a patient's assessments, for an EHR to
    file. `code` keeps only the Observations with that code. Audited.

    Args:
        patient (str): Patient id or Patient/<id>.
        code (None | str | Unset): LOINC (or our) code, e.g. 44261-6; optionally system|code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return sync_detailed(
        client=client,
        patient=patient,
        code=code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    patient: str,
    code: None | str | Unset = UNSET,
) -> Response[Any | ProblemDetails]:
    """Search score Observations

     The panel, item, total and subscale Observations of a patient's assessments, for an EHR to
    file. `code` keeps only the Observations with that code. Audited.

    Args:
        patient (str): Patient id or Patient/<id>.
        code (None | str | Unset): LOINC (or our) code, e.g. 44261-6; optionally system|code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
    """

    kwargs = _get_kwargs(
        patient=patient,
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    patient: str,
    code: None | str | Unset = UNSET,
) -> Any | ProblemDetails | None:
    """Search score Observations

     The panel, item, total and subscale Observations of a patient's assessments, for an EHR to
    file. `code` keeps only the Observations with that code. Audited.

    Args:
        patient (str): Patient id or Patient/<id>.
        code (None | str | Unset): LOINC (or our) code, e.g. 44261-6; optionally system|code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            patient=patient,
            code=code,
        )
    ).parsed
