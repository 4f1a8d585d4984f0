from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fhir_search_observations_response_200 import FhirSearchObservationsResponse200
from ...models.operation_outcome import OperationOutcome
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    patient: str,
    code: None | str | Unset = UNSET,
    date: list[str] | None | Unset = UNSET,
    field_count: int | Unset = 100,
    field_cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["patient"] = patient

    json_code: None | str | Unset
    if isinstance(code, Unset):
        json_code = UNSET
    else:
        json_code = code
    params["code"] = json_code

    json_date: list[str] | None | Unset
    if isinstance(date, Unset):
        json_date = UNSET
    elif isinstance(date, list):
        json_date = date

    else:
        json_date = date
    params["date"] = json_date

    params["_count"] = field_count

    json_field_cursor: None | str | Unset
    if isinstance(field_cursor, Unset):
        json_field_cursor = UNSET
    else:
        json_field_cursor = field_cursor
    params["_cursor"] = json_field_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fhir/Observation",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FhirSearchObservationsResponse200 | OperationOutcome | None:
    if response.status_code == 200:
        response_200 = FhirSearchObservationsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OperationOutcome.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OperationOutcome.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OperationOutcome.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = OperationOutcome.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = OperationOutcome.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = OperationOutcome.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = OperationOutcome.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FhirSearchObservationsResponse200 | OperationOutcome]:
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
    date: list[str] | None | Unset = UNSET,
    field_count: int | Unset = 100,
    field_cursor: None | str | Unset = UNSET,
) -> Response[FhirSearchObservationsResponse200 | OperationOutcome]:
    """Search score Observations

     The panel, item, total and subscale Observations of a patient's assessments, for an EHR
    to file, oldest assessment first. `code` keeps only the Observations with that code, `date`
    those of assessments completed in a range. A page holds at most `_count` Observations;
    while more remain it has a `next` link (a keyset cursor: walking the links returns each
    Observation once, even as new ones arrive). `total` is given when the result is one page.
    Audited.

    Args:
        patient (str): Patient id or Patient/<id>.
        code (None | str | Unset): LOINC (or our) code, e.g. 44261-6; optionally system|code.
        date (list[str] | None | Unset): When the assessment was completed: a FHIR date or
            dateTime with an optional prefix `eq` `ne` `gt` `ge` `lt` `le` `sa` `eb` (default `eq`),
            e.g. `ge2026-01-01`. A value stands for its whole precision (`2026-01` is January); values
            without a zone are UTC. Repeat to combine (AND), at most 4.
        field_count (int | Unset): Observations per page (default 100, at most 500). Default: 100.
        field_cursor (None | str | Unset): Where the page starts: only as the `next` link of the
            previous page gives it, with the same other parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirSearchObservationsResponse200 | OperationOutcome]
    """

    kwargs = _get_kwargs(
        patient=patient,
        code=code,
        date=date,
        field_count=field_count,
        field_cursor=field_cursor,
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
    date: list[str] | None | Unset = UNSET,
    field_count: int | Unset = 100,
    field_cursor: None | str | Unset = UNSET,
) -> FhirSearchObservationsResponse200 | OperationOutcome | None:
    """Search score Observations

     The panel, item, total and subscale Observations of a patient's assessments, for an EHR
    to file, oldest assessment first. `code` keeps only the Observations with that code, `date`
    those of assessments completed in a range. A page holds at most `_count` Observations;
    while more remain it has a `next` link (a keyset cursor: walking the links returns each
    Observation once, even as new ones arrive). `total` is given when the result is one page.
    Audited.

    Args:
        patient (str): Patient id or Patient/<id>.
        code (None | str | Unset): LOINC (or our) code, e.g. 44261-6; optionally system|code.
        date (list[str] | None | Unset): When the assessment was completed: a FHIR date or
            dateTime with an optional prefix `eq` `ne` `gt` `ge` `lt` `le` `sa` `eb` (default `eq`),
            e.g. `ge2026-01-01`. A value stands for its whole precision (`2026-01` is January); values
            without a zone are UTC. Repeat to combine (AND), at most 4.
        field_count (int | Unset): Observations per page (default 100, at most 500). Default: 100.
        field_cursor (None | str | Unset): Where the page starts: only as the `next` link of the
            previous page gives it, with the same other parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirSearchObservationsResponse200 | OperationOutcome
    """

    return sync_detailed(
        client=client,
        patient=patient,
        code=code,
        date=date,
        field_count=field_count,
        field_cursor=field_cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    patient: str,
    code: None | str | Unset = UNSET,
    date: list[str] | None | Unset = UNSET,
    field_count: int | Unset = 100,
    field_cursor: None | str | Unset = UNSET,
) -> Response[FhirSearchObservationsResponse200 | OperationOutcome]:
    """Search score Observations

     The panel, item, total and subscale Observations of a patient's assessments, for an EHR
    to file, oldest assessment first. `code` keeps only the Observations with that code, `date`
    those of assessments completed in a range. A page holds at most `_count` Observations;
    while more remain it has a `next` link (a keyset cursor: walking the links returns each
    Observation once, even as new ones arrive). `total` is given when the result is one page.
    Audited.

    Args:
        patient (str): Patient id or Patient/<id>.
        code (None | str | Unset): LOINC (or our) code, e.g. 44261-6; optionally system|code.
        date (list[str] | None | Unset): When the assessment was completed: a FHIR date or
            dateTime with an optional prefix `eq` `ne` `gt` `ge` `lt` `le` `sa` `eb` (default `eq`),
            e.g. `ge2026-01-01`. A value stands for its whole precision (`2026-01` is January); values
            without a zone are UTC. Repeat to combine (AND), at most 4.
        field_count (int | Unset): Observations per page (default 100, at most 500). Default: 100.
        field_cursor (None | str | Unset): Where the page starts: only as the `next` link of the
            previous page gives it, with the same other parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FhirSearchObservationsResponse200 | OperationOutcome]
    """

    kwargs = _get_kwargs(
        patient=patient,
        code=code,
        date=date,
        field_count=field_count,
        field_cursor=field_cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    patient: str,
    code: None | str | Unset = UNSET,
    date: list[str] | None | Unset = UNSET,
    field_count: int | Unset = 100,
    field_cursor: None | str | Unset = UNSET,
) -> FhirSearchObservationsResponse200 | OperationOutcome | None:
    """Search score Observations

     The panel, item, total and subscale Observations of a patient's assessments, for an EHR
    to file, oldest assessment first. `code` keeps only the Observations with that code, `date`
    those of assessments completed in a range. A page holds at most `_count` Observations;
    while more remain it has a `next` link (a keyset cursor: walking the links returns each
    Observation once, even as new ones arrive). `total` is given when the result is one page.
    Audited.

    Args:
        patient (str): Patient id or Patient/<id>.
        code (None | str | Unset): LOINC (or our) code, e.g. 44261-6; optionally system|code.
        date (list[str] | None | Unset): When the assessment was completed: a FHIR date or
            dateTime with an optional prefix `eq` `ne` `gt` `ge` `lt` `le` `sa` `eb` (default `eq`),
            e.g. `ge2026-01-01`. A value stands for its whole precision (`2026-01` is January); values
            without a zone are UTC. Repeat to combine (AND), at most 4.
        field_count (int | Unset): Observations per page (default 100, at most 500). Default: 100.
        field_cursor (None | str | Unset): Where the page starts: only as the `next` link of the
            previous page gives it, with the same other parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FhirSearchObservationsResponse200 | OperationOutcome
    """

    return (
        await asyncio_detailed(
            client=client,
            patient=patient,
            code=code,
            date=date,
            field_count=field_count,
            field_cursor=field_cursor,
        )
    ).parsed
