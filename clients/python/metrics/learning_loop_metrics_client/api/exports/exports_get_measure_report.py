import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.exports_get_measure_report_level import ExportsGetMeasureReportLevel
from ...models.exports_get_measure_report_period import ExportsGetMeasureReportPeriod
from ...models.exports_get_measure_report_response_200 import ExportsGetMeasureReportResponse200
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metric_id: str,
    *,
    from_: datetime.date,
    level: ExportsGetMeasureReportLevel | Unset = ExportsGetMeasureReportLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: ExportsGetMeasureReportPeriod | Unset = ExportsGetMeasureReportPeriod.MONTH,
    modality: None | str | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_level: str | Unset = UNSET
    if not isinstance(level, Unset):
        json_level = level.value

    params["level"] = json_level

    json_unit: None | str | Unset
    if isinstance(unit, Unset):
        json_unit = UNSET
    else:
        json_unit = unit
    params["unit"] = json_unit

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_modality: None | str | Unset
    if isinstance(modality, Unset):
        json_modality = UNSET
    else:
        json_modality = modality
    params["modality"] = json_modality

    json_service_line: None | str | Unset
    if isinstance(service_line, Unset):
        json_service_line = UNSET
    else:
        json_service_line = service_line
    params["service_line"] = json_service_line

    json_instrument: None | str | Unset
    if isinstance(instrument, Unset):
        json_instrument = UNSET
    else:
        json_instrument = instrument
    params["instrument"] = json_instrument

    json_form: None | str | Unset
    if isinstance(form, Unset):
        json_form = UNSET
    else:
        json_form = form
    params["form"] = json_form

    json_item: None | str | Unset
    if isinstance(item, Unset):
        json_item = UNSET
    else:
        json_item = item
    params["item"] = json_item

    json_theme: None | str | Unset
    if isinstance(theme, Unset):
        json_theme = UNSET
    else:
        json_theme = theme
    params["theme"] = json_theme

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    else:
        json_role = role
    params["role"] = json_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/metrics/{metric_id}/measure-report".format(
            metric_id=quote(str(metric_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExportsGetMeasureReportResponse200 | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = ExportsGetMeasureReportResponse200.from_dict(response.json())

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
) -> Response[ExportsGetMeasureReportResponse200 | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    level: ExportsGetMeasureReportLevel | Unset = ExportsGetMeasureReportLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: ExportsGetMeasureReportPeriod | Unset = ExportsGetMeasureReportPeriod.MONTH,
    modality: None | str | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> Response[ExportsGetMeasureReportResponse200 | ProblemDetails]:
    """Export a FHIR MeasureReport

     The metric for one unit and period as a summary MeasureReport: numerator and
    denominator population counts and the measure score, the same published numbers as the
    values route (counts rounded to a multiple of 5, or 10 at the collaborative level, and
    the score computed from the rounded counts). A suppressed value carries no counts and no
    score, only the data-absent-reason `masked`.

    Args:
        metric_id (str): A catalog metric id.
        from_ (datetime.date): A day in the period to report; the whole period containing it is
            reported.
        level (ExportsGetMeasureReportLevel | Unset): Level of the units. Default:
            ExportsGetMeasureReportLevel.ORG.
        unit (None | str | Unset): One unit at the level (clinician, team, site id; your org; a
            collaborative id, required at that level). Omit for every unit.
        period (ExportsGetMeasureReportPeriod | Unset): Period length. Default:
            ExportsGetMeasureReportPeriod.MONTH.
        modality (None | str | Unset): `in-person`, `video` or `phone`.
        service_line (None | str | Unset): A service line id.
        instrument (None | str | Unset): An instrument id (MBC metrics).
        form (None | str | Unset): A feedback form id (experience metrics).
        item (None | str | Unset): An item id on the feedback form (per-question metrics).
        theme (None | str | Unset): A feedback theme code of your organization's list (theme
            metrics).
        role (None | str | Unset): The respondents' role (staff-survey metrics).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportsGetMeasureReportResponse200 | ProblemDetails]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        from_=from_,
        level=level,
        unit=unit,
        period=period,
        modality=modality,
        service_line=service_line,
        instrument=instrument,
        form=form,
        item=item,
        theme=theme,
        role=role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    level: ExportsGetMeasureReportLevel | Unset = ExportsGetMeasureReportLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: ExportsGetMeasureReportPeriod | Unset = ExportsGetMeasureReportPeriod.MONTH,
    modality: None | str | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> ExportsGetMeasureReportResponse200 | ProblemDetails | None:
    """Export a FHIR MeasureReport

     The metric for one unit and period as a summary MeasureReport: numerator and
    denominator population counts and the measure score, the same published numbers as the
    values route (counts rounded to a multiple of 5, or 10 at the collaborative level, and
    the score computed from the rounded counts). A suppressed value carries no counts and no
    score, only the data-absent-reason `masked`.

    Args:
        metric_id (str): A catalog metric id.
        from_ (datetime.date): A day in the period to report; the whole period containing it is
            reported.
        level (ExportsGetMeasureReportLevel | Unset): Level of the units. Default:
            ExportsGetMeasureReportLevel.ORG.
        unit (None | str | Unset): One unit at the level (clinician, team, site id; your org; a
            collaborative id, required at that level). Omit for every unit.
        period (ExportsGetMeasureReportPeriod | Unset): Period length. Default:
            ExportsGetMeasureReportPeriod.MONTH.
        modality (None | str | Unset): `in-person`, `video` or `phone`.
        service_line (None | str | Unset): A service line id.
        instrument (None | str | Unset): An instrument id (MBC metrics).
        form (None | str | Unset): A feedback form id (experience metrics).
        item (None | str | Unset): An item id on the feedback form (per-question metrics).
        theme (None | str | Unset): A feedback theme code of your organization's list (theme
            metrics).
        role (None | str | Unset): The respondents' role (staff-survey metrics).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportsGetMeasureReportResponse200 | ProblemDetails
    """

    return sync_detailed(
        metric_id=metric_id,
        client=client,
        from_=from_,
        level=level,
        unit=unit,
        period=period,
        modality=modality,
        service_line=service_line,
        instrument=instrument,
        form=form,
        item=item,
        theme=theme,
        role=role,
    ).parsed


async def asyncio_detailed(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    level: ExportsGetMeasureReportLevel | Unset = ExportsGetMeasureReportLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: ExportsGetMeasureReportPeriod | Unset = ExportsGetMeasureReportPeriod.MONTH,
    modality: None | str | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> Response[ExportsGetMeasureReportResponse200 | ProblemDetails]:
    """Export a FHIR MeasureReport

     The metric for one unit and period as a summary MeasureReport: numerator and
    denominator population counts and the measure score, the same published numbers as the
    values route (counts rounded to a multiple of 5, or 10 at the collaborative level, and
    the score computed from the rounded counts). A suppressed value carries no counts and no
    score, only the data-absent-reason `masked`.

    Args:
        metric_id (str): A catalog metric id.
        from_ (datetime.date): A day in the period to report; the whole period containing it is
            reported.
        level (ExportsGetMeasureReportLevel | Unset): Level of the units. Default:
            ExportsGetMeasureReportLevel.ORG.
        unit (None | str | Unset): One unit at the level (clinician, team, site id; your org; a
            collaborative id, required at that level). Omit for every unit.
        period (ExportsGetMeasureReportPeriod | Unset): Period length. Default:
            ExportsGetMeasureReportPeriod.MONTH.
        modality (None | str | Unset): `in-person`, `video` or `phone`.
        service_line (None | str | Unset): A service line id.
        instrument (None | str | Unset): An instrument id (MBC metrics).
        form (None | str | Unset): A feedback form id (experience metrics).
        item (None | str | Unset): An item id on the feedback form (per-question metrics).
        theme (None | str | Unset): A feedback theme code of your organization's list (theme
            metrics).
        role (None | str | Unset): The respondents' role (staff-survey metrics).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportsGetMeasureReportResponse200 | ProblemDetails]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        from_=from_,
        level=level,
        unit=unit,
        period=period,
        modality=modality,
        service_line=service_line,
        instrument=instrument,
        form=form,
        item=item,
        theme=theme,
        role=role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    level: ExportsGetMeasureReportLevel | Unset = ExportsGetMeasureReportLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: ExportsGetMeasureReportPeriod | Unset = ExportsGetMeasureReportPeriod.MONTH,
    modality: None | str | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> ExportsGetMeasureReportResponse200 | ProblemDetails | None:
    """Export a FHIR MeasureReport

     The metric for one unit and period as a summary MeasureReport: numerator and
    denominator population counts and the measure score, the same published numbers as the
    values route (counts rounded to a multiple of 5, or 10 at the collaborative level, and
    the score computed from the rounded counts). A suppressed value carries no counts and no
    score, only the data-absent-reason `masked`.

    Args:
        metric_id (str): A catalog metric id.
        from_ (datetime.date): A day in the period to report; the whole period containing it is
            reported.
        level (ExportsGetMeasureReportLevel | Unset): Level of the units. Default:
            ExportsGetMeasureReportLevel.ORG.
        unit (None | str | Unset): One unit at the level (clinician, team, site id; your org; a
            collaborative id, required at that level). Omit for every unit.
        period (ExportsGetMeasureReportPeriod | Unset): Period length. Default:
            ExportsGetMeasureReportPeriod.MONTH.
        modality (None | str | Unset): `in-person`, `video` or `phone`.
        service_line (None | str | Unset): A service line id.
        instrument (None | str | Unset): An instrument id (MBC metrics).
        form (None | str | Unset): A feedback form id (experience metrics).
        item (None | str | Unset): An item id on the feedback form (per-question metrics).
        theme (None | str | Unset): A feedback theme code of your organization's list (theme
            metrics).
        role (None | str | Unset): The respondents' role (staff-survey metrics).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportsGetMeasureReportResponse200 | ProblemDetails
    """

    return (
        await asyncio_detailed(
            metric_id=metric_id,
            client=client,
            from_=from_,
            level=level,
            unit=unit,
            period=period,
            modality=modality,
            service_line=service_line,
            instrument=instrument,
            form=form,
            item=item,
            theme=theme,
            role=role,
        )
    ).parsed
