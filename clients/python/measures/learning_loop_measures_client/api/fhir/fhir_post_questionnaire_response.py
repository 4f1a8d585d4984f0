from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fhir_post_questionnaire_response_json_body import FhirPostQuestionnaireResponseJsonBody
from ...models.operation_outcome import OperationOutcome
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FhirPostQuestionnaireResponseJsonBody,
    instrument: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_instrument: None | str | Unset
    if isinstance(instrument, Unset):
        json_instrument = UNSET
    else:
        json_instrument = instrument
    params["instrument"] = json_instrument

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fhir/QuestionnaireResponse",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/fhir+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | OperationOutcome | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 400:
        response_400 = OperationOutcome.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OperationOutcome.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OperationOutcome.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = OperationOutcome.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = OperationOutcome.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = OperationOutcome.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = OperationOutcome.from_dict(response.json())

        return response_415

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
) -> Response[Any | OperationOutcome]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FhirPostQuestionnaireResponseJsonBody,
    instrument: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | OperationOutcome]:
    """Submit a FHIR QuestionnaireResponse

     Items are matched by LOINC linkId or code (or a known questionnaire's link map); answers may
    be LOINC answer codings, ordinal-value extensions or integers. The total is recomputed from
    the items: a stated total that disagrees is stored as the flag `stated_total_mismatch`.
    An answer whose weight and LOINC code disagree is read the more severe way, for the alerts
    and the score alike, and listed in `answer_conflicts` (flag `answer_code_conflict`).
    Anything that cannot be scored is refused with a problem naming the item's linkId; a
    response with no answered item (all declined) is refused as empty. The episode of care
    (R4 has no element for it) is read from the extension
    `http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare` with a `valueReference`
    to `EpisodeOfCare/<id>`; without one, measures' gap rule decides the episode.

    Args:
        instrument (None | str | Unset): Instrument id, if the response does not make it clear.
        idempotency_key (str | Unset):
        body (FhirPostQuestionnaireResponseJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OperationOutcome]
    """

    kwargs = _get_kwargs(
        body=body,
        instrument=instrument,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FhirPostQuestionnaireResponseJsonBody,
    instrument: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Any | OperationOutcome | None:
    """Submit a FHIR QuestionnaireResponse

     Items are matched by LOINC linkId or code (or a known questionnaire's link map); answers may
    be LOINC answer codings, ordinal-value extensions or integers. The total is recomputed from
    the items: a stated total that disagrees is stored as the flag `stated_total_mismatch`.
    An answer whose weight and LOINC code disagree is read the more severe way, for the alerts
    and the score alike, and listed in `answer_conflicts` (flag `answer_code_conflict`).
    Anything that cannot be scored is refused with a problem naming the item's linkId; a
    response with no answered item (all declined) is refused as empty. The episode of care
    (R4 has no element for it) is read from the extension
    `http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare` with a `valueReference`
    to `EpisodeOfCare/<id>`; without one, measures' gap rule decides the episode.

    Args:
        instrument (None | str | Unset): Instrument id, if the response does not make it clear.
        idempotency_key (str | Unset):
        body (FhirPostQuestionnaireResponseJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OperationOutcome
    """

    return sync_detailed(
        client=client,
        body=body,
        instrument=instrument,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FhirPostQuestionnaireResponseJsonBody,
    instrument: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | OperationOutcome]:
    """Submit a FHIR QuestionnaireResponse

     Items are matched by LOINC linkId or code (or a known questionnaire's link map); answers may
    be LOINC answer codings, ordinal-value extensions or integers. The total is recomputed from
    the items: a stated total that disagrees is stored as the flag `stated_total_mismatch`.
    An answer whose weight and LOINC code disagree is read the more severe way, for the alerts
    and the score alike, and listed in `answer_conflicts` (flag `answer_code_conflict`).
    Anything that cannot be scored is refused with a problem naming the item's linkId; a
    response with no answered item (all declined) is refused as empty. The episode of care
    (R4 has no element for it) is read from the extension
    `http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare` with a `valueReference`
    to `EpisodeOfCare/<id>`; without one, measures' gap rule decides the episode.

    Args:
        instrument (None | str | Unset): Instrument id, if the response does not make it clear.
        idempotency_key (str | Unset):
        body (FhirPostQuestionnaireResponseJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OperationOutcome]
    """

    kwargs = _get_kwargs(
        body=body,
        instrument=instrument,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FhirPostQuestionnaireResponseJsonBody,
    instrument: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Any | OperationOutcome | None:
    """Submit a FHIR QuestionnaireResponse

     Items are matched by LOINC linkId or code (or a known questionnaire's link map); answers may
    be LOINC answer codings, ordinal-value extensions or integers. The total is recomputed from
    the items: a stated total that disagrees is stored as the flag `stated_total_mismatch`.
    An answer whose weight and LOINC code disagree is read the more severe way, for the alerts
    and the score alike, and listed in `answer_conflicts` (flag `answer_code_conflict`).
    Anything that cannot be scored is refused with a problem naming the item's linkId; a
    response with no answered item (all declined) is refused as empty. The episode of care
    (R4 has no element for it) is read from the extension
    `http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare` with a `valueReference`
    to `EpisodeOfCare/<id>`; without one, measures' gap rule decides the episode.

    Args:
        instrument (None | str | Unset): Instrument id, if the response does not make it clear.
        idempotency_key (str | Unset):
        body (FhirPostQuestionnaireResponseJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OperationOutcome
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            instrument=instrument,
            idempotency_key=idempotency_key,
        )
    ).parsed
