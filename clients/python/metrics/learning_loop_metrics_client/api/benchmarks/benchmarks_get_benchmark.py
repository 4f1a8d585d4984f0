import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.benchmark_out import BenchmarkOut
from ...models.benchmarks_get_benchmark_modality import BenchmarksGetBenchmarkModality
from ...models.benchmarks_get_benchmark_period import BenchmarksGetBenchmarkPeriod
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metric_id: str,
    *,
    collaborative: str,
    period: BenchmarksGetBenchmarkPeriod | Unset = BenchmarksGetBenchmarkPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: BenchmarksGetBenchmarkModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["collaborative"] = collaborative

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/metrics/{metric_id}/benchmark".format(
            metric_id=quote(str(metric_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BenchmarkOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = BenchmarkOut.from_dict(response.json())

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
) -> Response[BenchmarkOut | ProblemDetails]:
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
    collaborative: str,
    period: BenchmarksGetBenchmarkPeriod | Unset = BenchmarksGetBenchmarkPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: BenchmarksGetBenchmarkModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> Response[BenchmarkOut | ProblemDetails]:
    """Compare your organization with anonymized peers

     Your organization's org-level value, period by period, against the other members of a
    collaborative: percentile rank, peer median and quartiles. Peers are listed (`peers`) under
    their anonymous labels, or the name each chose to be named by; no peer's value is shown, each
    peer's value is itself subject to small-cell suppression, and with fewer than 5 peers
    holding a value there is no comparison (said so in `reason`). Example:
    `GET /v1/metrics/kept-rate/benchmark?collaborative=north-collab&period=quarter`.

    Args:
        metric_id (str): A metric id of the catalog.
        collaborative (str): A collaborative your organization belongs to.
        period (BenchmarksGetBenchmarkPeriod | Unset): Period length: week, month or quarter.
            Default: BenchmarksGetBenchmarkPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (BenchmarksGetBenchmarkModality | Unset): Filter: in-person, video or phone.
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
        Response[BenchmarkOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        collaborative=collaborative,
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    collaborative: str,
    period: BenchmarksGetBenchmarkPeriod | Unset = BenchmarksGetBenchmarkPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: BenchmarksGetBenchmarkModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> BenchmarkOut | ProblemDetails | None:
    """Compare your organization with anonymized peers

     Your organization's org-level value, period by period, against the other members of a
    collaborative: percentile rank, peer median and quartiles. Peers are listed (`peers`) under
    their anonymous labels, or the name each chose to be named by; no peer's value is shown, each
    peer's value is itself subject to small-cell suppression, and with fewer than 5 peers
    holding a value there is no comparison (said so in `reason`). Example:
    `GET /v1/metrics/kept-rate/benchmark?collaborative=north-collab&period=quarter`.

    Args:
        metric_id (str): A metric id of the catalog.
        collaborative (str): A collaborative your organization belongs to.
        period (BenchmarksGetBenchmarkPeriod | Unset): Period length: week, month or quarter.
            Default: BenchmarksGetBenchmarkPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (BenchmarksGetBenchmarkModality | Unset): Filter: in-person, video or phone.
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
        BenchmarkOut | ProblemDetails
    """

    return sync_detailed(
        metric_id=metric_id,
        client=client,
        collaborative=collaborative,
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
    ).parsed


async def asyncio_detailed(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    collaborative: str,
    period: BenchmarksGetBenchmarkPeriod | Unset = BenchmarksGetBenchmarkPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: BenchmarksGetBenchmarkModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> Response[BenchmarkOut | ProblemDetails]:
    """Compare your organization with anonymized peers

     Your organization's org-level value, period by period, against the other members of a
    collaborative: percentile rank, peer median and quartiles. Peers are listed (`peers`) under
    their anonymous labels, or the name each chose to be named by; no peer's value is shown, each
    peer's value is itself subject to small-cell suppression, and with fewer than 5 peers
    holding a value there is no comparison (said so in `reason`). Example:
    `GET /v1/metrics/kept-rate/benchmark?collaborative=north-collab&period=quarter`.

    Args:
        metric_id (str): A metric id of the catalog.
        collaborative (str): A collaborative your organization belongs to.
        period (BenchmarksGetBenchmarkPeriod | Unset): Period length: week, month or quarter.
            Default: BenchmarksGetBenchmarkPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (BenchmarksGetBenchmarkModality | Unset): Filter: in-person, video or phone.
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
        Response[BenchmarkOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        collaborative=collaborative,
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metric_id: str,
    *,
    client: AuthenticatedClient,
    collaborative: str,
    period: BenchmarksGetBenchmarkPeriod | Unset = BenchmarksGetBenchmarkPeriod.MONTH,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    modality: BenchmarksGetBenchmarkModality | Unset = UNSET,
    service_line: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
    item: None | str | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
) -> BenchmarkOut | ProblemDetails | None:
    """Compare your organization with anonymized peers

     Your organization's org-level value, period by period, against the other members of a
    collaborative: percentile rank, peer median and quartiles. Peers are listed (`peers`) under
    their anonymous labels, or the name each chose to be named by; no peer's value is shown, each
    peer's value is itself subject to small-cell suppression, and with fewer than 5 peers
    holding a value there is no comparison (said so in `reason`). Example:
    `GET /v1/metrics/kept-rate/benchmark?collaborative=north-collab&period=quarter`.

    Args:
        metric_id (str): A metric id of the catalog.
        collaborative (str): A collaborative your organization belongs to.
        period (BenchmarksGetBenchmarkPeriod | Unset): Period length: week, month or quarter.
            Default: BenchmarksGetBenchmarkPeriod.MONTH.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        modality (BenchmarksGetBenchmarkModality | Unset): Filter: in-person, video or phone.
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
        BenchmarkOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            metric_id=metric_id,
            client=client,
            collaborative=collaborative,
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
        )
    ).parsed
