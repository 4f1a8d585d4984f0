import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.overview_get_overview_domain_type_0 import OverviewGetOverviewDomainType0
from ...models.overview_get_overview_level import OverviewGetOverviewLevel
from ...models.overview_get_overview_modality import OverviewGetOverviewModality
from ...models.overview_get_overview_period import OverviewGetOverviewPeriod
from ...models.overview_get_overview_rules import OverviewGetOverviewRules
from ...models.overview_out import OverviewOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    level: OverviewGetOverviewLevel | Unset = OverviewGetOverviewLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: OverviewGetOverviewPeriod | Unset = OverviewGetOverviewPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    rules: OverviewGetOverviewRules | Unset = OverviewGetOverviewRules.NHS,
    domain: None | OverviewGetOverviewDomainType0 | Unset = UNSET,
    modality: OverviewGetOverviewModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_rules: str | Unset = UNSET
    if not isinstance(rules, Unset):
        json_rules = rules.value

    params["rules"] = json_rules

    json_domain: None | str | Unset
    if isinstance(domain, Unset):
        json_domain = UNSET
    elif isinstance(domain, OverviewGetOverviewDomainType0):
        json_domain = domain.value
    else:
        json_domain = domain
    params["domain"] = json_domain

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
        "url": "/v1/overview",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OverviewOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = OverviewOut.from_dict(response.json())

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
) -> Response[OverviewOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    level: OverviewGetOverviewLevel | Unset = OverviewGetOverviewLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: OverviewGetOverviewPeriod | Unset = OverviewGetOverviewPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    rules: OverviewGetOverviewRules | Unset = OverviewGetOverviewRules.NHS,
    domain: None | OverviewGetOverviewDomainType0 | Unset = UNSET,
    modality: OverviewGetOverviewModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> Response[OverviewOut | ProblemDetails]:
    """Every metric of a unit at a glance (Making Data Count)

     Every catalog metric computed at `level`, for one unit: its latest published value and
    the NHS "Making Data Count" icons (NHS England / NHS Improvement, "Making Data Count:
    Strengthening your decisions", and its SPC icon guidance). **Variation** reads the
    latest plotted point of the metric's control chart (the chart
    `GET /v1/metrics/{id}/chart` draws, same rules): common cause, special cause improving
    or concerning (by the metric's better direction), or neither. **Assurance**, where your
    organization set a target (`PUT /v1/targets/{id}`): the target outside the process limits
    on the bad side is consistently met, on the good side consistently failed, within them it
    may be hit or missed. Only published values take part: a suppressed latest value shows as
    suppressed, with no number, and the icons read the latest published point
    (`judged_period`). A metric that needs a filter you did not give (a feedback metric's
    form) appears once per value its facts hold. Each item links to its chart. Example:
    `GET /v1/overview?level=team&unit=team-north&period=month`.

    Args:
        level (OverviewGetOverviewLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: OverviewGetOverviewLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        period (OverviewGetOverviewPeriod | Unset): Period length: week, month or quarter; or
            `rolling-quarter`, one point per month, each over the three months ending with it (a small
            team's series where single months are suppressed). Default:
            OverviewGetOverviewPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        rules (OverviewGetOverviewRules | Unset): The special-cause rules, as on the chart route;
            default `nhs`, the Making Data Count rules the icons were designed with. Default:
            OverviewGetOverviewRules.NHS.
        domain (None | OverviewGetOverviewDomainType0 | Unset): Only this catalog domain's
            metrics.
        modality (OverviewGetOverviewModality | Unset): Filter: in-person, video or phone.
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
        Response[OverviewOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        level=level,
        unit=unit,
        period=period,
        from_=from_,
        to=to,
        rules=rules,
        domain=domain,
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
    *,
    client: AuthenticatedClient,
    level: OverviewGetOverviewLevel | Unset = OverviewGetOverviewLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: OverviewGetOverviewPeriod | Unset = OverviewGetOverviewPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    rules: OverviewGetOverviewRules | Unset = OverviewGetOverviewRules.NHS,
    domain: None | OverviewGetOverviewDomainType0 | Unset = UNSET,
    modality: OverviewGetOverviewModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> OverviewOut | ProblemDetails | None:
    """Every metric of a unit at a glance (Making Data Count)

     Every catalog metric computed at `level`, for one unit: its latest published value and
    the NHS "Making Data Count" icons (NHS England / NHS Improvement, "Making Data Count:
    Strengthening your decisions", and its SPC icon guidance). **Variation** reads the
    latest plotted point of the metric's control chart (the chart
    `GET /v1/metrics/{id}/chart` draws, same rules): common cause, special cause improving
    or concerning (by the metric's better direction), or neither. **Assurance**, where your
    organization set a target (`PUT /v1/targets/{id}`): the target outside the process limits
    on the bad side is consistently met, on the good side consistently failed, within them it
    may be hit or missed. Only published values take part: a suppressed latest value shows as
    suppressed, with no number, and the icons read the latest published point
    (`judged_period`). A metric that needs a filter you did not give (a feedback metric's
    form) appears once per value its facts hold. Each item links to its chart. Example:
    `GET /v1/overview?level=team&unit=team-north&period=month`.

    Args:
        level (OverviewGetOverviewLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: OverviewGetOverviewLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        period (OverviewGetOverviewPeriod | Unset): Period length: week, month or quarter; or
            `rolling-quarter`, one point per month, each over the three months ending with it (a small
            team's series where single months are suppressed). Default:
            OverviewGetOverviewPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        rules (OverviewGetOverviewRules | Unset): The special-cause rules, as on the chart route;
            default `nhs`, the Making Data Count rules the icons were designed with. Default:
            OverviewGetOverviewRules.NHS.
        domain (None | OverviewGetOverviewDomainType0 | Unset): Only this catalog domain's
            metrics.
        modality (OverviewGetOverviewModality | Unset): Filter: in-person, video or phone.
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
        OverviewOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
        level=level,
        unit=unit,
        period=period,
        from_=from_,
        to=to,
        rules=rules,
        domain=domain,
        modality=modality,
        service_line=service_line,
        instrument=instrument,
        form=form,
        item=item,
        theme=theme,
        role=role,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    level: OverviewGetOverviewLevel | Unset = OverviewGetOverviewLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: OverviewGetOverviewPeriod | Unset = OverviewGetOverviewPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    rules: OverviewGetOverviewRules | Unset = OverviewGetOverviewRules.NHS,
    domain: None | OverviewGetOverviewDomainType0 | Unset = UNSET,
    modality: OverviewGetOverviewModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> Response[OverviewOut | ProblemDetails]:
    """Every metric of a unit at a glance (Making Data Count)

     Every catalog metric computed at `level`, for one unit: its latest published value and
    the NHS "Making Data Count" icons (NHS England / NHS Improvement, "Making Data Count:
    Strengthening your decisions", and its SPC icon guidance). **Variation** reads the
    latest plotted point of the metric's control chart (the chart
    `GET /v1/metrics/{id}/chart` draws, same rules): common cause, special cause improving
    or concerning (by the metric's better direction), or neither. **Assurance**, where your
    organization set a target (`PUT /v1/targets/{id}`): the target outside the process limits
    on the bad side is consistently met, on the good side consistently failed, within them it
    may be hit or missed. Only published values take part: a suppressed latest value shows as
    suppressed, with no number, and the icons read the latest published point
    (`judged_period`). A metric that needs a filter you did not give (a feedback metric's
    form) appears once per value its facts hold. Each item links to its chart. Example:
    `GET /v1/overview?level=team&unit=team-north&period=month`.

    Args:
        level (OverviewGetOverviewLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: OverviewGetOverviewLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        period (OverviewGetOverviewPeriod | Unset): Period length: week, month or quarter; or
            `rolling-quarter`, one point per month, each over the three months ending with it (a small
            team's series where single months are suppressed). Default:
            OverviewGetOverviewPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        rules (OverviewGetOverviewRules | Unset): The special-cause rules, as on the chart route;
            default `nhs`, the Making Data Count rules the icons were designed with. Default:
            OverviewGetOverviewRules.NHS.
        domain (None | OverviewGetOverviewDomainType0 | Unset): Only this catalog domain's
            metrics.
        modality (OverviewGetOverviewModality | Unset): Filter: in-person, video or phone.
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
        Response[OverviewOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        level=level,
        unit=unit,
        period=period,
        from_=from_,
        to=to,
        rules=rules,
        domain=domain,
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
    *,
    client: AuthenticatedClient,
    level: OverviewGetOverviewLevel | Unset = OverviewGetOverviewLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: OverviewGetOverviewPeriod | Unset = OverviewGetOverviewPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    rules: OverviewGetOverviewRules | Unset = OverviewGetOverviewRules.NHS,
    domain: None | OverviewGetOverviewDomainType0 | Unset = UNSET,
    modality: OverviewGetOverviewModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> OverviewOut | ProblemDetails | None:
    """Every metric of a unit at a glance (Making Data Count)

     Every catalog metric computed at `level`, for one unit: its latest published value and
    the NHS "Making Data Count" icons (NHS England / NHS Improvement, "Making Data Count:
    Strengthening your decisions", and its SPC icon guidance). **Variation** reads the
    latest plotted point of the metric's control chart (the chart
    `GET /v1/metrics/{id}/chart` draws, same rules): common cause, special cause improving
    or concerning (by the metric's better direction), or neither. **Assurance**, where your
    organization set a target (`PUT /v1/targets/{id}`): the target outside the process limits
    on the bad side is consistently met, on the good side consistently failed, within them it
    may be hit or missed. Only published values take part: a suppressed latest value shows as
    suppressed, with no number, and the icons read the latest published point
    (`judged_period`). A metric that needs a filter you did not give (a feedback metric's
    form) appears once per value its facts hold. Each item links to its chart. Example:
    `GET /v1/overview?level=team&unit=team-north&period=month`.

    Args:
        level (OverviewGetOverviewLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: OverviewGetOverviewLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        period (OverviewGetOverviewPeriod | Unset): Period length: week, month or quarter; or
            `rolling-quarter`, one point per month, each over the three months ending with it (a small
            team's series where single months are suppressed). Default:
            OverviewGetOverviewPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        rules (OverviewGetOverviewRules | Unset): The special-cause rules, as on the chart route;
            default `nhs`, the Making Data Count rules the icons were designed with. Default:
            OverviewGetOverviewRules.NHS.
        domain (None | OverviewGetOverviewDomainType0 | Unset): Only this catalog domain's
            metrics.
        modality (OverviewGetOverviewModality | Unset): Filter: in-person, video or phone.
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
        OverviewOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            level=level,
            unit=unit,
            period=period,
            from_=from_,
            to=to,
            rules=rules,
            domain=domain,
            modality=modality,
            service_line=service_line,
            instrument=instrument,
            form=form,
            item=item,
            theme=theme,
            role=role,
        )
    ).parsed
