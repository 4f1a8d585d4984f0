import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chart_out import ChartOut
from ...models.charts_get_chart_chart_type_0 import ChartsGetChartChartType0
from ...models.charts_get_chart_level import ChartsGetChartLevel
from ...models.charts_get_chart_modality import ChartsGetChartModality
from ...models.charts_get_chart_period import ChartsGetChartPeriod
from ...models.charts_get_chart_rules import ChartsGetChartRules
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metric_id: str,
    *,
    level: ChartsGetChartLevel | Unset = ChartsGetChartLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: ChartsGetChartPeriod | Unset = ChartsGetChartPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: ChartsGetChartModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    chart: ChartsGetChartChartType0 | None | Unset = UNSET,
    baseline_from: datetime.date | None | Unset = UNSET,
    baseline_to: datetime.date | None | Unset = UNSET,
    baseline_points: int | None | Unset = UNSET,
    rules: ChartsGetChartRules | Unset = ChartsGetChartRules.ANHOEJ,
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

    json_chart: None | str | Unset
    if isinstance(chart, Unset):
        json_chart = UNSET
    elif isinstance(chart, ChartsGetChartChartType0):
        json_chart = chart.value
    else:
        json_chart = chart
    params["chart"] = json_chart

    json_baseline_from: None | str | Unset
    if isinstance(baseline_from, Unset):
        json_baseline_from = UNSET
    elif isinstance(baseline_from, datetime.date):
        json_baseline_from = baseline_from.isoformat()
    else:
        json_baseline_from = baseline_from
    params["baseline_from"] = json_baseline_from

    json_baseline_to: None | str | Unset
    if isinstance(baseline_to, Unset):
        json_baseline_to = UNSET
    elif isinstance(baseline_to, datetime.date):
        json_baseline_to = baseline_to.isoformat()
    else:
        json_baseline_to = baseline_to
    params["baseline_to"] = json_baseline_to

    json_baseline_points: int | None | Unset
    if isinstance(baseline_points, Unset):
        json_baseline_points = UNSET
    else:
        json_baseline_points = baseline_points
    params["baseline_points"] = json_baseline_points

    json_rules: str | Unset = UNSET
    if not isinstance(rules, Unset):
        json_rules = rules.value

    params["rules"] = json_rules

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/metrics/{metric_id}/chart".format(
            metric_id=quote(str(metric_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChartOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = ChartOut.from_dict(response.json())

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
) -> Response[ChartOut | ProblemDetails]:
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
    level: ChartsGetChartLevel | Unset = ChartsGetChartLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: ChartsGetChartPeriod | Unset = ChartsGetChartPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: ChartsGetChartModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    chart: ChartsGetChartChartType0 | None | Unset = UNSET,
    baseline_from: datetime.date | None | Unset = UNSET,
    baseline_to: datetime.date | None | Unset = UNSET,
    baseline_points: int | None | Unset = UNSET,
    rules: ChartsGetChartRules | Unset = ChartsGetChartRules.ANHOEJ,
) -> Response[ChartOut | ProblemDetails]:
    """Control chart of a metric for one unit

     The run chart (median) and the Shewhart chart that fits the metric (p or Laney p' for
    shares, u for rates, XmR for continuous values), with centre line, 3-sigma limits per
    point and special-cause signals named per point. Signals come from the rule set named by
    `rules` (default `anhoej`, the Anhøj rules as in qicharts2; also `ihi` and `nhs`); the
    response's `rules` says which set was used and what each rule means. Limits can be frozen
    at a baseline (`baseline_from`/`baseline_to`, or `baseline_points`). Periods resting on
    too few patients stay on the axis but are neither plotted nor used for limits. The unit's
    interventions on this metric are listed. `Accept: image/svg+xml` draws it as SVG.

    Example: `GET /v1/metrics/no-show-rate/chart?level=team&unit=team-north&period=month
    &from=2025-01-01&to=2026-06-30&baseline_from=2025-01-01&baseline_to=2025-12-31&rules=anhoej`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (ChartsGetChartLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: ChartsGetChartLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        period (ChartsGetChartPeriod | Unset): Period length: week, month or quarter; or `rolling-
            quarter`, one point per month, each over the three months ending with it (a small team's
            series where single months are suppressed). Default: ChartsGetChartPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (ChartsGetChartModality | Unset): Filter: in-person, video or phone.
        service_line (None | str | Unset): Filter: the service line id.
        instrument (None | str | Unset): Filter: the instrument id (MBC metrics; default phq9).
        form (None | str | Unset): Filter: the feedback form id (feedback metrics need it).
        item (None | str | Unset): Filter: the item id on the feedback form (per-question metrics
            need it).
        theme (None | str | Unset): Filter: a feedback theme code of your organization's list.
        role (None | str | Unset): Filter: the respondents' role (staff-survey metrics).
        chart (ChartsGetChartChartType0 | None | Unset): `run`, `p`, `pp` (Laney p'), `u` or
            `xmr`; omit for the chart the metric and its data call for. A chart that does not fit the
            metric is a 422.
        baseline_from (datetime.date | None | Unset): Freeze the limits: first day of the
            baseline.
        baseline_to (datetime.date | None | Unset): Freeze the limits: last day of the baseline.
        baseline_points (int | None | Unset): Freeze the limits at the first N plotted points.
        rules (ChartsGetChartRules | Unset): The special-cause rules to read the charts with.
            `anhoej` (default): the Anhøj rules as in qicharts2 (Anhøj & Olesen 2014): an unusually
            long run or unusually few crossings of the centre line, plus a point beyond the limits on
            a control chart; random data signal about 5 % of the time or less at any length. `ihi`:
            Perla, Provost & Murray 2011 run-chart rules (shift of 6, trend of 5, runs table) and
            Provost & Murray's Health Care Data Guide control-chart rules (beyond limits, shift of 8,
            trend of 6, 2 of 3 beyond 2 sigma, 15 within 1 sigma). `nhs`: NHS England Making Data
            Count (beyond limits, 7 points on one side, 7-point trend, 2 of 3 close to a limit). The
            response names the set and what each rule means. Default: ChartsGetChartRules.ANHOEJ.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChartOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        level=level,
        unit=unit,
        period=period,
        from_=from_,
        to=to,
        modality=modality,
        service_line=service_line,
        instrument=instrument,
        form=form,
        item=item,
        theme=theme,
        role=role,
        chart=chart,
        baseline_from=baseline_from,
        baseline_to=baseline_to,
        baseline_points=baseline_points,
        rules=rules,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    level: ChartsGetChartLevel | Unset = ChartsGetChartLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: ChartsGetChartPeriod | Unset = ChartsGetChartPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: ChartsGetChartModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    chart: ChartsGetChartChartType0 | None | Unset = UNSET,
    baseline_from: datetime.date | None | Unset = UNSET,
    baseline_to: datetime.date | None | Unset = UNSET,
    baseline_points: int | None | Unset = UNSET,
    rules: ChartsGetChartRules | Unset = ChartsGetChartRules.ANHOEJ,
) -> ChartOut | ProblemDetails | None:
    """Control chart of a metric for one unit

     The run chart (median) and the Shewhart chart that fits the metric (p or Laney p' for
    shares, u for rates, XmR for continuous values), with centre line, 3-sigma limits per
    point and special-cause signals named per point. Signals come from the rule set named by
    `rules` (default `anhoej`, the Anhøj rules as in qicharts2; also `ihi` and `nhs`); the
    response's `rules` says which set was used and what each rule means. Limits can be frozen
    at a baseline (`baseline_from`/`baseline_to`, or `baseline_points`). Periods resting on
    too few patients stay on the axis but are neither plotted nor used for limits. The unit's
    interventions on this metric are listed. `Accept: image/svg+xml` draws it as SVG.

    Example: `GET /v1/metrics/no-show-rate/chart?level=team&unit=team-north&period=month
    &from=2025-01-01&to=2026-06-30&baseline_from=2025-01-01&baseline_to=2025-12-31&rules=anhoej`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (ChartsGetChartLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: ChartsGetChartLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        period (ChartsGetChartPeriod | Unset): Period length: week, month or quarter; or `rolling-
            quarter`, one point per month, each over the three months ending with it (a small team's
            series where single months are suppressed). Default: ChartsGetChartPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (ChartsGetChartModality | Unset): Filter: in-person, video or phone.
        service_line (None | str | Unset): Filter: the service line id.
        instrument (None | str | Unset): Filter: the instrument id (MBC metrics; default phq9).
        form (None | str | Unset): Filter: the feedback form id (feedback metrics need it).
        item (None | str | Unset): Filter: the item id on the feedback form (per-question metrics
            need it).
        theme (None | str | Unset): Filter: a feedback theme code of your organization's list.
        role (None | str | Unset): Filter: the respondents' role (staff-survey metrics).
        chart (ChartsGetChartChartType0 | None | Unset): `run`, `p`, `pp` (Laney p'), `u` or
            `xmr`; omit for the chart the metric and its data call for. A chart that does not fit the
            metric is a 422.
        baseline_from (datetime.date | None | Unset): Freeze the limits: first day of the
            baseline.
        baseline_to (datetime.date | None | Unset): Freeze the limits: last day of the baseline.
        baseline_points (int | None | Unset): Freeze the limits at the first N plotted points.
        rules (ChartsGetChartRules | Unset): The special-cause rules to read the charts with.
            `anhoej` (default): the Anhøj rules as in qicharts2 (Anhøj & Olesen 2014): an unusually
            long run or unusually few crossings of the centre line, plus a point beyond the limits on
            a control chart; random data signal about 5 % of the time or less at any length. `ihi`:
            Perla, Provost & Murray 2011 run-chart rules (shift of 6, trend of 5, runs table) and
            Provost & Murray's Health Care Data Guide control-chart rules (beyond limits, shift of 8,
            trend of 6, 2 of 3 beyond 2 sigma, 15 within 1 sigma). `nhs`: NHS England Making Data
            Count (beyond limits, 7 points on one side, 7-point trend, 2 of 3 close to a limit). The
            response names the set and what each rule means. Default: ChartsGetChartRules.ANHOEJ.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChartOut | ProblemDetails
    """

    return sync_detailed(
        metric_id=metric_id,
        client=client,
        level=level,
        unit=unit,
        period=period,
        from_=from_,
        to=to,
        modality=modality,
        service_line=service_line,
        instrument=instrument,
        form=form,
        item=item,
        theme=theme,
        role=role,
        chart=chart,
        baseline_from=baseline_from,
        baseline_to=baseline_to,
        baseline_points=baseline_points,
        rules=rules,
    ).parsed


async def asyncio_detailed(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    level: ChartsGetChartLevel | Unset = ChartsGetChartLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: ChartsGetChartPeriod | Unset = ChartsGetChartPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: ChartsGetChartModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    chart: ChartsGetChartChartType0 | None | Unset = UNSET,
    baseline_from: datetime.date | None | Unset = UNSET,
    baseline_to: datetime.date | None | Unset = UNSET,
    baseline_points: int | None | Unset = UNSET,
    rules: ChartsGetChartRules | Unset = ChartsGetChartRules.ANHOEJ,
) -> Response[ChartOut | ProblemDetails]:
    """Control chart of a metric for one unit

     The run chart (median) and the Shewhart chart that fits the metric (p or Laney p' for
    shares, u for rates, XmR for continuous values), with centre line, 3-sigma limits per
    point and special-cause signals named per point. Signals come from the rule set named by
    `rules` (default `anhoej`, the Anhøj rules as in qicharts2; also `ihi` and `nhs`); the
    response's `rules` says which set was used and what each rule means. Limits can be frozen
    at a baseline (`baseline_from`/`baseline_to`, or `baseline_points`). Periods resting on
    too few patients stay on the axis but are neither plotted nor used for limits. The unit's
    interventions on this metric are listed. `Accept: image/svg+xml` draws it as SVG.

    Example: `GET /v1/metrics/no-show-rate/chart?level=team&unit=team-north&period=month
    &from=2025-01-01&to=2026-06-30&baseline_from=2025-01-01&baseline_to=2025-12-31&rules=anhoej`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (ChartsGetChartLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: ChartsGetChartLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        period (ChartsGetChartPeriod | Unset): Period length: week, month or quarter; or `rolling-
            quarter`, one point per month, each over the three months ending with it (a small team's
            series where single months are suppressed). Default: ChartsGetChartPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (ChartsGetChartModality | Unset): Filter: in-person, video or phone.
        service_line (None | str | Unset): Filter: the service line id.
        instrument (None | str | Unset): Filter: the instrument id (MBC metrics; default phq9).
        form (None | str | Unset): Filter: the feedback form id (feedback metrics need it).
        item (None | str | Unset): Filter: the item id on the feedback form (per-question metrics
            need it).
        theme (None | str | Unset): Filter: a feedback theme code of your organization's list.
        role (None | str | Unset): Filter: the respondents' role (staff-survey metrics).
        chart (ChartsGetChartChartType0 | None | Unset): `run`, `p`, `pp` (Laney p'), `u` or
            `xmr`; omit for the chart the metric and its data call for. A chart that does not fit the
            metric is a 422.
        baseline_from (datetime.date | None | Unset): Freeze the limits: first day of the
            baseline.
        baseline_to (datetime.date | None | Unset): Freeze the limits: last day of the baseline.
        baseline_points (int | None | Unset): Freeze the limits at the first N plotted points.
        rules (ChartsGetChartRules | Unset): The special-cause rules to read the charts with.
            `anhoej` (default): the Anhøj rules as in qicharts2 (Anhøj & Olesen 2014): an unusually
            long run or unusually few crossings of the centre line, plus a point beyond the limits on
            a control chart; random data signal about 5 % of the time or less at any length. `ihi`:
            Perla, Provost & Murray 2011 run-chart rules (shift of 6, trend of 5, runs table) and
            Provost & Murray's Health Care Data Guide control-chart rules (beyond limits, shift of 8,
            trend of 6, 2 of 3 beyond 2 sigma, 15 within 1 sigma). `nhs`: NHS England Making Data
            Count (beyond limits, 7 points on one side, 7-point trend, 2 of 3 close to a limit). The
            response names the set and what each rule means. Default: ChartsGetChartRules.ANHOEJ.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChartOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        level=level,
        unit=unit,
        period=period,
        from_=from_,
        to=to,
        modality=modality,
        service_line=service_line,
        instrument=instrument,
        form=form,
        item=item,
        theme=theme,
        role=role,
        chart=chart,
        baseline_from=baseline_from,
        baseline_to=baseline_to,
        baseline_points=baseline_points,
        rules=rules,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    level: ChartsGetChartLevel | Unset = ChartsGetChartLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: ChartsGetChartPeriod | Unset = ChartsGetChartPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: ChartsGetChartModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    chart: ChartsGetChartChartType0 | None | Unset = UNSET,
    baseline_from: datetime.date | None | Unset = UNSET,
    baseline_to: datetime.date | None | Unset = UNSET,
    baseline_points: int | None | Unset = UNSET,
    rules: ChartsGetChartRules | Unset = ChartsGetChartRules.ANHOEJ,
) -> ChartOut | ProblemDetails | None:
    """Control chart of a metric for one unit

     The run chart (median) and the Shewhart chart that fits the metric (p or Laney p' for
    shares, u for rates, XmR for continuous values), with centre line, 3-sigma limits per
    point and special-cause signals named per point. Signals come from the rule set named by
    `rules` (default `anhoej`, the Anhøj rules as in qicharts2; also `ihi` and `nhs`); the
    response's `rules` says which set was used and what each rule means. Limits can be frozen
    at a baseline (`baseline_from`/`baseline_to`, or `baseline_points`). Periods resting on
    too few patients stay on the axis but are neither plotted nor used for limits. The unit's
    interventions on this metric are listed. `Accept: image/svg+xml` draws it as SVG.

    Example: `GET /v1/metrics/no-show-rate/chart?level=team&unit=team-north&period=month
    &from=2025-01-01&to=2026-06-30&baseline_from=2025-01-01&baseline_to=2025-12-31&rules=anhoej`.

    Args:
        metric_id (str): A metric id of the catalog.
        level (ChartsGetChartLevel | Unset): Level of the unit: clinician, team, site, org or
            collaborative. Default: ChartsGetChartLevel.ORG.
        unit (None | str | Unset): The unit's id at that level (the collaborative id at the
            collaborative level); omit at the org level, where the unit is your own organization.
        period (ChartsGetChartPeriod | Unset): Period length: week, month or quarter; or `rolling-
            quarter`, one point per month, each over the three months ending with it (a small team's
            series where single months are suppressed). Default: ChartsGetChartPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (ChartsGetChartModality | Unset): Filter: in-person, video or phone.
        service_line (None | str | Unset): Filter: the service line id.
        instrument (None | str | Unset): Filter: the instrument id (MBC metrics; default phq9).
        form (None | str | Unset): Filter: the feedback form id (feedback metrics need it).
        item (None | str | Unset): Filter: the item id on the feedback form (per-question metrics
            need it).
        theme (None | str | Unset): Filter: a feedback theme code of your organization's list.
        role (None | str | Unset): Filter: the respondents' role (staff-survey metrics).
        chart (ChartsGetChartChartType0 | None | Unset): `run`, `p`, `pp` (Laney p'), `u` or
            `xmr`; omit for the chart the metric and its data call for. A chart that does not fit the
            metric is a 422.
        baseline_from (datetime.date | None | Unset): Freeze the limits: first day of the
            baseline.
        baseline_to (datetime.date | None | Unset): Freeze the limits: last day of the baseline.
        baseline_points (int | None | Unset): Freeze the limits at the first N plotted points.
        rules (ChartsGetChartRules | Unset): The special-cause rules to read the charts with.
            `anhoej` (default): the Anhøj rules as in qicharts2 (Anhøj & Olesen 2014): an unusually
            long run or unusually few crossings of the centre line, plus a point beyond the limits on
            a control chart; random data signal about 5 % of the time or less at any length. `ihi`:
            Perla, Provost & Murray 2011 run-chart rules (shift of 6, trend of 5, runs table) and
            Provost & Murray's Health Care Data Guide control-chart rules (beyond limits, shift of 8,
            trend of 6, 2 of 3 beyond 2 sigma, 15 within 1 sigma). `nhs`: NHS England Making Data
            Count (beyond limits, 7 points on one side, 7-point trend, 2 of 3 close to a limit). The
            response names the set and what each rule means. Default: ChartsGetChartRules.ANHOEJ.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChartOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            metric_id=metric_id,
            client=client,
            level=level,
            unit=unit,
            period=period,
            from_=from_,
            to=to,
            modality=modality,
            service_line=service_line,
            instrument=instrument,
            form=form,
            item=item,
            theme=theme,
            role=role,
            chart=chart,
            baseline_from=baseline_from,
            baseline_to=baseline_to,
            baseline_points=baseline_points,
            rules=rules,
        )
    ).parsed
