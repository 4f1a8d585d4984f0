import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.overview_get_recognitions_level import OverviewGetRecognitionsLevel
from ...models.overview_get_recognitions_modality import OverviewGetRecognitionsModality
from ...models.overview_get_recognitions_period import OverviewGetRecognitionsPeriod
from ...models.overview_get_recognitions_rules import OverviewGetRecognitionsRules
from ...models.problem_details import ProblemDetails
from ...models.recognition_list import RecognitionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    level: OverviewGetRecognitionsLevel | Unset = OverviewGetRecognitionsLevel.TEAM,
    since: datetime.date | None | Unset = UNSET,
    period: OverviewGetRecognitionsPeriod | Unset = OverviewGetRecognitionsPeriod.MONTH,
    rules: OverviewGetRecognitionsRules | Unset = OverviewGetRecognitionsRules.ANHOEJ,
    metric_id: None | str | Unset = UNSET,
    modality: OverviewGetRecognitionsModality | Unset = UNSET,
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

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.date):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_rules: str | Unset = UNSET
    if not isinstance(rules, Unset):
        json_rules = rules.value

    params["rules"] = json_rules

    json_metric_id: None | str | Unset
    if isinstance(metric_id, Unset):
        json_metric_id = UNSET
    else:
        json_metric_id = metric_id
    params["metric_id"] = json_metric_id

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
        "url": "/v1/recognitions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | RecognitionList | None:
    if response.status_code == 200:
        response_200 = RecognitionList.from_dict(response.json())

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
) -> Response[ProblemDetails | RecognitionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    level: OverviewGetRecognitionsLevel | Unset = OverviewGetRecognitionsLevel.TEAM,
    since: datetime.date | None | Unset = UNSET,
    period: OverviewGetRecognitionsPeriod | Unset = OverviewGetRecognitionsPeriod.MONTH,
    rules: OverviewGetRecognitionsRules | Unset = OverviewGetRecognitionsRules.ANHOEJ,
    metric_id: None | str | Unset = UNSET,
    modality: OverviewGetRecognitionsModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> Response[ProblemDetails | RecognitionList]:
    """Units with a sustained improvement, for celebration

     The units of `level` whose chart of a catalog metric shows special cause in the
    metric's better direction that lasts: a shift (a run on one side of the centre line) or a
    trend, by the rule set `rules` (default `anhoej`, as on the chart route: a run on one
    side longer than round(log2 n) + 3; the `nhs` rules recognize noise about 3 times as often).
    One point beyond a limit is not enough. Each comes with its evidence (the rule, what it
    means, the published points and their periods) and a link to the chart where it is
    marked. Only published values take part. Example:
    `GET /v1/recognitions?level=team&since=2026-06-01`.

    Args:
        level (OverviewGetRecognitionsLevel | Unset): The level whose units are read: clinician,
            team, site or org (clinicians: a leader's view). Default:
            OverviewGetRecognitionsLevel.TEAM.
        since (datetime.date | None | Unset): Only signals whose last period ends on or after this
            day (omit: every one).
        period (OverviewGetRecognitionsPeriod | Unset): Period length of the charts. Default:
            OverviewGetRecognitionsPeriod.MONTH.
        rules (OverviewGetRecognitionsRules | Unset): The special-cause rules, as on the chart
            route; default `anhoej` (the chart route's default): on 24 months of pure binomial noise a
            chart is recognized about 1 % of the time under it, about 5 % under `nhs`. Default:
            OverviewGetRecognitionsRules.ANHOEJ.
        metric_id (None | str | Unset): Only this metric.
        modality (OverviewGetRecognitionsModality | Unset): Filter: in-person, video or phone.
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
        Response[ProblemDetails | RecognitionList]
    """

    kwargs = _get_kwargs(
        level=level,
        since=since,
        period=period,
        rules=rules,
        metric_id=metric_id,
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
    level: OverviewGetRecognitionsLevel | Unset = OverviewGetRecognitionsLevel.TEAM,
    since: datetime.date | None | Unset = UNSET,
    period: OverviewGetRecognitionsPeriod | Unset = OverviewGetRecognitionsPeriod.MONTH,
    rules: OverviewGetRecognitionsRules | Unset = OverviewGetRecognitionsRules.ANHOEJ,
    metric_id: None | str | Unset = UNSET,
    modality: OverviewGetRecognitionsModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> ProblemDetails | RecognitionList | None:
    """Units with a sustained improvement, for celebration

     The units of `level` whose chart of a catalog metric shows special cause in the
    metric's better direction that lasts: a shift (a run on one side of the centre line) or a
    trend, by the rule set `rules` (default `anhoej`, as on the chart route: a run on one
    side longer than round(log2 n) + 3; the `nhs` rules recognize noise about 3 times as often).
    One point beyond a limit is not enough. Each comes with its evidence (the rule, what it
    means, the published points and their periods) and a link to the chart where it is
    marked. Only published values take part. Example:
    `GET /v1/recognitions?level=team&since=2026-06-01`.

    Args:
        level (OverviewGetRecognitionsLevel | Unset): The level whose units are read: clinician,
            team, site or org (clinicians: a leader's view). Default:
            OverviewGetRecognitionsLevel.TEAM.
        since (datetime.date | None | Unset): Only signals whose last period ends on or after this
            day (omit: every one).
        period (OverviewGetRecognitionsPeriod | Unset): Period length of the charts. Default:
            OverviewGetRecognitionsPeriod.MONTH.
        rules (OverviewGetRecognitionsRules | Unset): The special-cause rules, as on the chart
            route; default `anhoej` (the chart route's default): on 24 months of pure binomial noise a
            chart is recognized about 1 % of the time under it, about 5 % under `nhs`. Default:
            OverviewGetRecognitionsRules.ANHOEJ.
        metric_id (None | str | Unset): Only this metric.
        modality (OverviewGetRecognitionsModality | Unset): Filter: in-person, video or phone.
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
        ProblemDetails | RecognitionList
    """

    return sync_detailed(
        client=client,
        level=level,
        since=since,
        period=period,
        rules=rules,
        metric_id=metric_id,
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
    level: OverviewGetRecognitionsLevel | Unset = OverviewGetRecognitionsLevel.TEAM,
    since: datetime.date | None | Unset = UNSET,
    period: OverviewGetRecognitionsPeriod | Unset = OverviewGetRecognitionsPeriod.MONTH,
    rules: OverviewGetRecognitionsRules | Unset = OverviewGetRecognitionsRules.ANHOEJ,
    metric_id: None | str | Unset = UNSET,
    modality: OverviewGetRecognitionsModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> Response[ProblemDetails | RecognitionList]:
    """Units with a sustained improvement, for celebration

     The units of `level` whose chart of a catalog metric shows special cause in the
    metric's better direction that lasts: a shift (a run on one side of the centre line) or a
    trend, by the rule set `rules` (default `anhoej`, as on the chart route: a run on one
    side longer than round(log2 n) + 3; the `nhs` rules recognize noise about 3 times as often).
    One point beyond a limit is not enough. Each comes with its evidence (the rule, what it
    means, the published points and their periods) and a link to the chart where it is
    marked. Only published values take part. Example:
    `GET /v1/recognitions?level=team&since=2026-06-01`.

    Args:
        level (OverviewGetRecognitionsLevel | Unset): The level whose units are read: clinician,
            team, site or org (clinicians: a leader's view). Default:
            OverviewGetRecognitionsLevel.TEAM.
        since (datetime.date | None | Unset): Only signals whose last period ends on or after this
            day (omit: every one).
        period (OverviewGetRecognitionsPeriod | Unset): Period length of the charts. Default:
            OverviewGetRecognitionsPeriod.MONTH.
        rules (OverviewGetRecognitionsRules | Unset): The special-cause rules, as on the chart
            route; default `anhoej` (the chart route's default): on 24 months of pure binomial noise a
            chart is recognized about 1 % of the time under it, about 5 % under `nhs`. Default:
            OverviewGetRecognitionsRules.ANHOEJ.
        metric_id (None | str | Unset): Only this metric.
        modality (OverviewGetRecognitionsModality | Unset): Filter: in-person, video or phone.
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
        Response[ProblemDetails | RecognitionList]
    """

    kwargs = _get_kwargs(
        level=level,
        since=since,
        period=period,
        rules=rules,
        metric_id=metric_id,
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
    level: OverviewGetRecognitionsLevel | Unset = OverviewGetRecognitionsLevel.TEAM,
    since: datetime.date | None | Unset = UNSET,
    period: OverviewGetRecognitionsPeriod | Unset = OverviewGetRecognitionsPeriod.MONTH,
    rules: OverviewGetRecognitionsRules | Unset = OverviewGetRecognitionsRules.ANHOEJ,
    metric_id: None | str | Unset = UNSET,
    modality: OverviewGetRecognitionsModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> ProblemDetails | RecognitionList | None:
    """Units with a sustained improvement, for celebration

     The units of `level` whose chart of a catalog metric shows special cause in the
    metric's better direction that lasts: a shift (a run on one side of the centre line) or a
    trend, by the rule set `rules` (default `anhoej`, as on the chart route: a run on one
    side longer than round(log2 n) + 3; the `nhs` rules recognize noise about 3 times as often).
    One point beyond a limit is not enough. Each comes with its evidence (the rule, what it
    means, the published points and their periods) and a link to the chart where it is
    marked. Only published values take part. Example:
    `GET /v1/recognitions?level=team&since=2026-06-01`.

    Args:
        level (OverviewGetRecognitionsLevel | Unset): The level whose units are read: clinician,
            team, site or org (clinicians: a leader's view). Default:
            OverviewGetRecognitionsLevel.TEAM.
        since (datetime.date | None | Unset): Only signals whose last period ends on or after this
            day (omit: every one).
        period (OverviewGetRecognitionsPeriod | Unset): Period length of the charts. Default:
            OverviewGetRecognitionsPeriod.MONTH.
        rules (OverviewGetRecognitionsRules | Unset): The special-cause rules, as on the chart
            route; default `anhoej` (the chart route's default): on 24 months of pure binomial noise a
            chart is recognized about 1 % of the time under it, about 5 % under `nhs`. Default:
            OverviewGetRecognitionsRules.ANHOEJ.
        metric_id (None | str | Unset): Only this metric.
        modality (OverviewGetRecognitionsModality | Unset): Filter: in-person, video or phone.
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
        ProblemDetails | RecognitionList
    """

    return (
        await asyncio_detailed(
            client=client,
            level=level,
            since=since,
            period=period,
            rules=rules,
            metric_id=metric_id,
            modality=modality,
            service_line=service_line,
            instrument=instrument,
            form=form,
            item=item,
            theme=theme,
            role=role,
        )
    ).parsed
