import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.equity_get_equity_by import EquityGetEquityBy
from ...models.equity_get_equity_level import EquityGetEquityLevel
from ...models.equity_get_equity_modality import EquityGetEquityModality
from ...models.equity_out import EquityOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metric_id: str,
    *,
    by: EquityGetEquityBy,
    reference: None | str | Unset = UNSET,
    level: EquityGetEquityLevel | Unset = EquityGetEquityLevel.ORG,
    unit: None | str | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: EquityGetEquityModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_by = by.value
    params["by"] = json_by

    json_reference: None | str | Unset
    if isinstance(reference, Unset):
        json_reference = UNSET
    else:
        json_reference = reference
    params["reference"] = json_reference

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

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_modality: str | Unset = UNSET
    if not isinstance(modality, Unset):
        json_modality = modality.value

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
        "url": "/v1/metrics/{metric_id}/equity".format(
            metric_id=quote(str(metric_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EquityOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = EquityOut.from_dict(response.json())

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
) -> Response[EquityOut | ProblemDetails]:
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
    by: EquityGetEquityBy,
    reference: None | str | Unset = UNSET,
    level: EquityGetEquityLevel | Unset = EquityGetEquityLevel.ORG,
    unit: None | str | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: EquityGetEquityModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> Response[EquityOut | ProblemDetails]:
    """A metric by demographic group, with gaps

     The metric per group over the whole range (not per period), each group's gap to the
    reference group as a difference and a ratio with 95% intervals, and the unit's total.
    The range is snapped outward to whole calendar months (`effective_from`/`effective_to`).
    Groups and the total are suppressed together: a group resting on too few patients is
    hidden, and so are as many others as it takes for it not to be recovered from the total.
    Every other count is rounded to a multiple of `rounded_to` (5; 10 at the collaborative
    level), and values and gaps are computed from the rounded counts.
    Example: `GET /v1/metrics/kept-rate/equity?by=race&from=2026-01-01&to=2026-06-30`.

    Args:
        metric_id (str): A metric id of the catalog.
        by (EquityGetEquityBy): The demographic dimension to stratify by.
        reference (None | str | Unset): Code of the reference group; default: the largest
            published group whose category is known.
        level (EquityGetEquityLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: EquityGetEquityLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (EquityGetEquityModality | Unset): Filter: in-person, video or phone.
        service_line (None | str | Unset): Filter: the service line id.
        instrument (None | str | Unset): Filter: the instrument id (MBC metrics; default phq9).
        form (None | str | Unset): Filter: the feedback form id (feedback metrics need it).
        item (None | str | Unset): Filter: the item id on the feedback form (per-question metrics
            need it).
        theme (None | str | Unset): Filter: a feedback theme code of your organization's list.
        role (None | str | Unset): Filter: the respondents' role (staff-survey metrics).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EquityOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        by=by,
        reference=reference,
        level=level,
        unit=unit,
        from_=from_,
        to=to,
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
    by: EquityGetEquityBy,
    reference: None | str | Unset = UNSET,
    level: EquityGetEquityLevel | Unset = EquityGetEquityLevel.ORG,
    unit: None | str | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: EquityGetEquityModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> EquityOut | ProblemDetails | None:
    """A metric by demographic group, with gaps

     The metric per group over the whole range (not per period), each group's gap to the
    reference group as a difference and a ratio with 95% intervals, and the unit's total.
    The range is snapped outward to whole calendar months (`effective_from`/`effective_to`).
    Groups and the total are suppressed together: a group resting on too few patients is
    hidden, and so are as many others as it takes for it not to be recovered from the total.
    Every other count is rounded to a multiple of `rounded_to` (5; 10 at the collaborative
    level), and values and gaps are computed from the rounded counts.
    Example: `GET /v1/metrics/kept-rate/equity?by=race&from=2026-01-01&to=2026-06-30`.

    Args:
        metric_id (str): A metric id of the catalog.
        by (EquityGetEquityBy): The demographic dimension to stratify by.
        reference (None | str | Unset): Code of the reference group; default: the largest
            published group whose category is known.
        level (EquityGetEquityLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: EquityGetEquityLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (EquityGetEquityModality | Unset): Filter: in-person, video or phone.
        service_line (None | str | Unset): Filter: the service line id.
        instrument (None | str | Unset): Filter: the instrument id (MBC metrics; default phq9).
        form (None | str | Unset): Filter: the feedback form id (feedback metrics need it).
        item (None | str | Unset): Filter: the item id on the feedback form (per-question metrics
            need it).
        theme (None | str | Unset): Filter: a feedback theme code of your organization's list.
        role (None | str | Unset): Filter: the respondents' role (staff-survey metrics).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EquityOut | ProblemDetails
    """

    return sync_detailed(
        metric_id=metric_id,
        client=client,
        by=by,
        reference=reference,
        level=level,
        unit=unit,
        from_=from_,
        to=to,
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
    by: EquityGetEquityBy,
    reference: None | str | Unset = UNSET,
    level: EquityGetEquityLevel | Unset = EquityGetEquityLevel.ORG,
    unit: None | str | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: EquityGetEquityModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> Response[EquityOut | ProblemDetails]:
    """A metric by demographic group, with gaps

     The metric per group over the whole range (not per period), each group's gap to the
    reference group as a difference and a ratio with 95% intervals, and the unit's total.
    The range is snapped outward to whole calendar months (`effective_from`/`effective_to`).
    Groups and the total are suppressed together: a group resting on too few patients is
    hidden, and so are as many others as it takes for it not to be recovered from the total.
    Every other count is rounded to a multiple of `rounded_to` (5; 10 at the collaborative
    level), and values and gaps are computed from the rounded counts.
    Example: `GET /v1/metrics/kept-rate/equity?by=race&from=2026-01-01&to=2026-06-30`.

    Args:
        metric_id (str): A metric id of the catalog.
        by (EquityGetEquityBy): The demographic dimension to stratify by.
        reference (None | str | Unset): Code of the reference group; default: the largest
            published group whose category is known.
        level (EquityGetEquityLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: EquityGetEquityLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (EquityGetEquityModality | Unset): Filter: in-person, video or phone.
        service_line (None | str | Unset): Filter: the service line id.
        instrument (None | str | Unset): Filter: the instrument id (MBC metrics; default phq9).
        form (None | str | Unset): Filter: the feedback form id (feedback metrics need it).
        item (None | str | Unset): Filter: the item id on the feedback form (per-question metrics
            need it).
        theme (None | str | Unset): Filter: a feedback theme code of your organization's list.
        role (None | str | Unset): Filter: the respondents' role (staff-survey metrics).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EquityOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        by=by,
        reference=reference,
        level=level,
        unit=unit,
        from_=from_,
        to=to,
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
    by: EquityGetEquityBy,
    reference: None | str | Unset = UNSET,
    level: EquityGetEquityLevel | Unset = EquityGetEquityLevel.ORG,
    unit: None | str | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: EquityGetEquityModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> EquityOut | ProblemDetails | None:
    """A metric by demographic group, with gaps

     The metric per group over the whole range (not per period), each group's gap to the
    reference group as a difference and a ratio with 95% intervals, and the unit's total.
    The range is snapped outward to whole calendar months (`effective_from`/`effective_to`).
    Groups and the total are suppressed together: a group resting on too few patients is
    hidden, and so are as many others as it takes for it not to be recovered from the total.
    Every other count is rounded to a multiple of `rounded_to` (5; 10 at the collaborative
    level), and values and gaps are computed from the rounded counts.
    Example: `GET /v1/metrics/kept-rate/equity?by=race&from=2026-01-01&to=2026-06-30`.

    Args:
        metric_id (str): A metric id of the catalog.
        by (EquityGetEquityBy): The demographic dimension to stratify by.
        reference (None | str | Unset): Code of the reference group; default: the largest
            published group whose category is known.
        level (EquityGetEquityLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: EquityGetEquityLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (EquityGetEquityModality | Unset): Filter: in-person, video or phone.
        service_line (None | str | Unset): Filter: the service line id.
        instrument (None | str | Unset): Filter: the instrument id (MBC metrics; default phq9).
        form (None | str | Unset): Filter: the feedback form id (feedback metrics need it).
        item (None | str | Unset): Filter: the item id on the feedback form (per-question metrics
            need it).
        theme (None | str | Unset): Filter: a feedback theme code of your organization's list.
        role (None | str | Unset): Filter: the respondents' role (staff-survey metrics).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EquityOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            metric_id=metric_id,
            client=client,
            by=by,
            reference=reference,
            level=level,
            unit=unit,
            from_=from_,
            to=to,
            modality=modality,
            service_line=service_line,
            instrument=instrument,
            form=form,
            item=item,
            theme=theme,
            role=role,
        )
    ).parsed
