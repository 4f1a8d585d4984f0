import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feedback_themes_out import FeedbackThemesOut
from ...models.metrics_list_feedback_themes_level import MetricsListFeedbackThemesLevel
from ...models.metrics_list_feedback_themes_period import MetricsListFeedbackThemesPeriod
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    level: MetricsListFeedbackThemesLevel | Unset = MetricsListFeedbackThemesLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: MetricsListFeedbackThemesPeriod | Unset = MetricsListFeedbackThemesPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    form: None | str | Unset = UNSET,
    modality: None | str | Unset = UNSET,
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

    json_form: None | str | Unset
    if isinstance(form, Unset):
        json_form = UNSET
    else:
        json_form = form
    params["form"] = json_form

    json_modality: None | str | Unset
    if isinstance(modality, Unset):
        json_modality = UNSET
    else:
        json_modality = modality
    params["modality"] = json_modality

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/feedback-themes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FeedbackThemesOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = FeedbackThemesOut.from_dict(response.json())

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
) -> Response[FeedbackThemesOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    level: MetricsListFeedbackThemesLevel | Unset = MetricsListFeedbackThemesLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: MetricsListFeedbackThemesPeriod | Unset = MetricsListFeedbackThemesPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    form: None | str | Unset = UNSET,
    modality: None | str | Unset = UNSET,
) -> Response[FeedbackThemesOut | ProblemDetails]:
    """List the feedback themes and their counts

     Every theme some submission is tagged with now (the latest set staff gave it: a re-tag
    replaces the earlier one), each with the submissions received per period and unit that
    carry it (`numerator`) and their share of all submissions (`feedback-theme-share`), under
    the disclosure policy: a theme on fewer submissions than the threshold is suppressed.

    Args:
        level (MetricsListFeedbackThemesLevel | Unset): Level of the units. Default:
            MetricsListFeedbackThemesLevel.ORG.
        unit (None | str | Unset): One unit at the level (clinician, team, site id; your org; a
            collaborative id, required at that level). Omit for every unit.
        period (MetricsListFeedbackThemesPeriod | Unset): Period length, or `rolling-quarter`: one
            value per month, each over the three months ending with it (small units get a published
            series where single months are suppressed). Default:
            MetricsListFeedbackThemesPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day included.
        to (datetime.date | None | Unset): Last day included.
        form (None | str | Unset): Only submissions on this form.
        modality (None | str | Unset): `in-person`, `video` or `phone`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackThemesOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        level=level,
        unit=unit,
        period=period,
        from_=from_,
        to=to,
        form=form,
        modality=modality,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    level: MetricsListFeedbackThemesLevel | Unset = MetricsListFeedbackThemesLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: MetricsListFeedbackThemesPeriod | Unset = MetricsListFeedbackThemesPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    form: None | str | Unset = UNSET,
    modality: None | str | Unset = UNSET,
) -> FeedbackThemesOut | ProblemDetails | None:
    """List the feedback themes and their counts

     Every theme some submission is tagged with now (the latest set staff gave it: a re-tag
    replaces the earlier one), each with the submissions received per period and unit that
    carry it (`numerator`) and their share of all submissions (`feedback-theme-share`), under
    the disclosure policy: a theme on fewer submissions than the threshold is suppressed.

    Args:
        level (MetricsListFeedbackThemesLevel | Unset): Level of the units. Default:
            MetricsListFeedbackThemesLevel.ORG.
        unit (None | str | Unset): One unit at the level (clinician, team, site id; your org; a
            collaborative id, required at that level). Omit for every unit.
        period (MetricsListFeedbackThemesPeriod | Unset): Period length, or `rolling-quarter`: one
            value per month, each over the three months ending with it (small units get a published
            series where single months are suppressed). Default:
            MetricsListFeedbackThemesPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day included.
        to (datetime.date | None | Unset): Last day included.
        form (None | str | Unset): Only submissions on this form.
        modality (None | str | Unset): `in-person`, `video` or `phone`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackThemesOut | ProblemDetails
    """

    return sync_detailed(
        client=client,
        level=level,
        unit=unit,
        period=period,
        from_=from_,
        to=to,
        form=form,
        modality=modality,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    level: MetricsListFeedbackThemesLevel | Unset = MetricsListFeedbackThemesLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: MetricsListFeedbackThemesPeriod | Unset = MetricsListFeedbackThemesPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    form: None | str | Unset = UNSET,
    modality: None | str | Unset = UNSET,
) -> Response[FeedbackThemesOut | ProblemDetails]:
    """List the feedback themes and their counts

     Every theme some submission is tagged with now (the latest set staff gave it: a re-tag
    replaces the earlier one), each with the submissions received per period and unit that
    carry it (`numerator`) and their share of all submissions (`feedback-theme-share`), under
    the disclosure policy: a theme on fewer submissions than the threshold is suppressed.

    Args:
        level (MetricsListFeedbackThemesLevel | Unset): Level of the units. Default:
            MetricsListFeedbackThemesLevel.ORG.
        unit (None | str | Unset): One unit at the level (clinician, team, site id; your org; a
            collaborative id, required at that level). Omit for every unit.
        period (MetricsListFeedbackThemesPeriod | Unset): Period length, or `rolling-quarter`: one
            value per month, each over the three months ending with it (small units get a published
            series where single months are suppressed). Default:
            MetricsListFeedbackThemesPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day included.
        to (datetime.date | None | Unset): Last day included.
        form (None | str | Unset): Only submissions on this form.
        modality (None | str | Unset): `in-person`, `video` or `phone`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackThemesOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        level=level,
        unit=unit,
        period=period,
        from_=from_,
        to=to,
        form=form,
        modality=modality,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    level: MetricsListFeedbackThemesLevel | Unset = MetricsListFeedbackThemesLevel.ORG,
    unit: None | str | Unset = UNSET,
    period: MetricsListFeedbackThemesPeriod | Unset = MetricsListFeedbackThemesPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    form: None | str | Unset = UNSET,
    modality: None | str | Unset = UNSET,
) -> FeedbackThemesOut | ProblemDetails | None:
    """List the feedback themes and their counts

     Every theme some submission is tagged with now (the latest set staff gave it: a re-tag
    replaces the earlier one), each with the submissions received per period and unit that
    carry it (`numerator`) and their share of all submissions (`feedback-theme-share`), under
    the disclosure policy: a theme on fewer submissions than the threshold is suppressed.

    Args:
        level (MetricsListFeedbackThemesLevel | Unset): Level of the units. Default:
            MetricsListFeedbackThemesLevel.ORG.
        unit (None | str | Unset): One unit at the level (clinician, team, site id; your org; a
            collaborative id, required at that level). Omit for every unit.
        period (MetricsListFeedbackThemesPeriod | Unset): Period length, or `rolling-quarter`: one
            value per month, each over the three months ending with it (small units get a published
            series where single months are suppressed). Default:
            MetricsListFeedbackThemesPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day included.
        to (datetime.date | None | Unset): Last day included.
        form (None | str | Unset): Only submissions on this form.
        modality (None | str | Unset): `in-person`, `video` or `phone`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackThemesOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            level=level,
            unit=unit,
            period=period,
            from_=from_,
            to=to,
            form=form,
            modality=modality,
        )
    ).parsed
