import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clinician_report_out import ClinicianReportOut
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    clinician_id: str,
    *,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    team: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_team: None | str | Unset
    if isinstance(team, Unset):
        json_team = UNSET
    else:
        json_team = team
    params["team"] = json_team

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/clinicians/{clinician_id}".format(
            clinician_id=quote(str(clinician_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClinicianReportOut | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = ClinicianReportOut.from_dict(response.json())

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
) -> Response[ClinicianReportOut | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clinician_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    team: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
) -> Response[ClinicianReportOut | ProblemDetails]:
    """A clinician's feedback report

     The clinician's caseload outcomes over the range (measurement-based care: reliable
    improvement, recovery, remission and reliable deterioration by 12 weeks; sessions with a
    recent assessment; kept rate; consumer feedback with `form`), each next to the team's and
    the organization's value, over the range snapped outward to whole calendar months
    (`effective_from`/`effective_to`). Every value is suppressed below the threshold, and the
    clinician, team and org are suppressed together so that no small group can be derived by
    subtraction; every count shown is rounded to a multiple of `rounded_to` (5) and values are
    computed from the rounded counts.
    Example: `GET /v1/reports/clinicians/c-17?from=2026-01-01&to=2026-06-30`.

    Args:
        clinician_id (str): The clinician.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        team (None | str | Unset): Team to compare with; default: the clinician's team in the
            range.
        instrument (None | str | Unset): Instrument of the MBC outcomes (default phq9).
        form (None | str | Unset): Feedback form to include consumer feedback for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClinicianReportOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        clinician_id=clinician_id,
        from_=from_,
        to=to,
        team=team,
        instrument=instrument,
        form=form,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clinician_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    team: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
) -> ClinicianReportOut | ProblemDetails | None:
    """A clinician's feedback report

     The clinician's caseload outcomes over the range (measurement-based care: reliable
    improvement, recovery, remission and reliable deterioration by 12 weeks; sessions with a
    recent assessment; kept rate; consumer feedback with `form`), each next to the team's and
    the organization's value, over the range snapped outward to whole calendar months
    (`effective_from`/`effective_to`). Every value is suppressed below the threshold, and the
    clinician, team and org are suppressed together so that no small group can be derived by
    subtraction; every count shown is rounded to a multiple of `rounded_to` (5) and values are
    computed from the rounded counts.
    Example: `GET /v1/reports/clinicians/c-17?from=2026-01-01&to=2026-06-30`.

    Args:
        clinician_id (str): The clinician.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        team (None | str | Unset): Team to compare with; default: the clinician's team in the
            range.
        instrument (None | str | Unset): Instrument of the MBC outcomes (default phq9).
        form (None | str | Unset): Feedback form to include consumer feedback for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClinicianReportOut | ProblemDetails
    """

    return sync_detailed(
        clinician_id=clinician_id,
        client=client,
        from_=from_,
        to=to,
        team=team,
        instrument=instrument,
        form=form,
    ).parsed


async def asyncio_detailed(
    clinician_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    team: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
) -> Response[ClinicianReportOut | ProblemDetails]:
    """A clinician's feedback report

     The clinician's caseload outcomes over the range (measurement-based care: reliable
    improvement, recovery, remission and reliable deterioration by 12 weeks; sessions with a
    recent assessment; kept rate; consumer feedback with `form`), each next to the team's and
    the organization's value, over the range snapped outward to whole calendar months
    (`effective_from`/`effective_to`). Every value is suppressed below the threshold, and the
    clinician, team and org are suppressed together so that no small group can be derived by
    subtraction; every count shown is rounded to a multiple of `rounded_to` (5) and values are
    computed from the rounded counts.
    Example: `GET /v1/reports/clinicians/c-17?from=2026-01-01&to=2026-06-30`.

    Args:
        clinician_id (str): The clinician.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        team (None | str | Unset): Team to compare with; default: the clinician's team in the
            range.
        instrument (None | str | Unset): Instrument of the MBC outcomes (default phq9).
        form (None | str | Unset): Feedback form to include consumer feedback for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClinicianReportOut | ProblemDetails]
    """

    kwargs = _get_kwargs(
        clinician_id=clinician_id,
        from_=from_,
        to=to,
        team=team,
        instrument=instrument,
        form=form,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clinician_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    team: None | str | Unset = UNSET,
    instrument: None | str | Unset = UNSET,
    form: None | str | Unset = UNSET,
) -> ClinicianReportOut | ProblemDetails | None:
    """A clinician's feedback report

     The clinician's caseload outcomes over the range (measurement-based care: reliable
    improvement, recovery, remission and reliable deterioration by 12 weeks; sessions with a
    recent assessment; kept rate; consumer feedback with `form`), each next to the team's and
    the organization's value, over the range snapped outward to whole calendar months
    (`effective_from`/`effective_to`). Every value is suppressed below the threshold, and the
    clinician, team and org are suppressed together so that no small group can be derived by
    subtraction; every count shown is rounded to a multiple of `rounded_to` (5) and values are
    computed from the rounded counts.
    Example: `GET /v1/reports/clinicians/c-17?from=2026-01-01&to=2026-06-30`.

    Args:
        clinician_id (str): The clinician.
        from_ (datetime.date | None | Unset): First day of the range (inclusive).
        to (datetime.date | None | Unset): Last day of the range (inclusive).
        team (None | str | Unset): Team to compare with; default: the clinician's team in the
            range.
        instrument (None | str | Unset): Instrument of the MBC outcomes (default phq9).
        form (None | str | Unset): Feedback form to include consumer feedback for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClinicianReportOut | ProblemDetails
    """

    return (
        await asyncio_detailed(
            clinician_id=clinician_id,
            client=client,
            from_=from_,
            to=to,
            team=team,
            instrument=instrument,
            form=form,
        )
    ).parsed
