from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.safety_event_upserted_harm_level import SafetyEventUpsertedHarmLevel
from ..models.safety_event_upserted_kind import SafetyEventUpsertedKind
from ..models.safety_event_upserted_review_status import SafetyEventUpsertedReviewStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SafetyEventUpserted")


@_attrs_define
class SafetyEventUpserted:
    """An incident or near miss as reported and reviewed. Never the narrative, never the
    reporter: only whether the report was anonymous.

        Attributes:
            safety_event_id (str): The report's id, chosen by the sender.
            kind (SafetyEventUpsertedKind): What kind of event.
            harm_level (SafetyEventUpsertedHarmLevel): Harm on the AHRQ Common Formats Harm Scale v1.2.
            occurred_at (datetime.datetime): When the event happened.
            reported_at (datetime.datetime): When intake received the report.
            anonymous_report (bool): True when the reporter chose not to be named.
            review_status (SafetyEventUpsertedReviewStatus): Where the review stands.
            team_id (None | str | Unset): The team's id.
            site_id (None | str | Unset): The site's id.
            patient_id (None | str | Unset): The patient's pseudonymous id.
            encounter_id (None | str | Unset): The encounter's id, chosen by the sender.
            reviewed_at (datetime.datetime | None | Unset): When the review was recorded.
            actioned_at (datetime.datetime | None | Unset): When actions from the review were recorded.
    """

    safety_event_id: str
    kind: SafetyEventUpsertedKind
    harm_level: SafetyEventUpsertedHarmLevel
    occurred_at: datetime.datetime
    reported_at: datetime.datetime
    anonymous_report: bool
    review_status: SafetyEventUpsertedReviewStatus
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    patient_id: None | str | Unset = UNSET
    encounter_id: None | str | Unset = UNSET
    reviewed_at: datetime.datetime | None | Unset = UNSET
    actioned_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        safety_event_id = self.safety_event_id

        kind = self.kind.value

        harm_level = self.harm_level.value

        occurred_at = self.occurred_at.isoformat()

        reported_at = self.reported_at.isoformat()

        anonymous_report = self.anonymous_report

        review_status = self.review_status.value

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        site_id: None | str | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        patient_id: None | str | Unset
        if isinstance(self.patient_id, Unset):
            patient_id = UNSET
        else:
            patient_id = self.patient_id

        encounter_id: None | str | Unset
        if isinstance(self.encounter_id, Unset):
            encounter_id = UNSET
        else:
            encounter_id = self.encounter_id

        reviewed_at: None | str | Unset
        if isinstance(self.reviewed_at, Unset):
            reviewed_at = UNSET
        elif isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        actioned_at: None | str | Unset
        if isinstance(self.actioned_at, Unset):
            actioned_at = UNSET
        elif isinstance(self.actioned_at, datetime.datetime):
            actioned_at = self.actioned_at.isoformat()
        else:
            actioned_at = self.actioned_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "safety_event_id": safety_event_id,
                "kind": kind,
                "harm_level": harm_level,
                "occurred_at": occurred_at,
                "reported_at": reported_at,
                "anonymous_report": anonymous_report,
                "review_status": review_status,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if encounter_id is not UNSET:
            field_dict["encounter_id"] = encounter_id
        if reviewed_at is not UNSET:
            field_dict["reviewed_at"] = reviewed_at
        if actioned_at is not UNSET:
            field_dict["actioned_at"] = actioned_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        safety_event_id = d.pop("safety_event_id")

        kind = SafetyEventUpsertedKind(d.pop("kind"))

        harm_level = SafetyEventUpsertedHarmLevel(d.pop("harm_level"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        reported_at = datetime.datetime.fromisoformat(d.pop("reported_at"))

        anonymous_report = d.pop("anonymous_report")

        review_status = SafetyEventUpsertedReviewStatus(d.pop("review_status"))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_site_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))

        def _parse_patient_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        patient_id = _parse_patient_id(d.pop("patient_id", UNSET))

        def _parse_encounter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encounter_id = _parse_encounter_id(d.pop("encounter_id", UNSET))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at", UNSET))

        def _parse_actioned_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actioned_at_type_0 = datetime.datetime.fromisoformat(data)

                return actioned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        actioned_at = _parse_actioned_at(d.pop("actioned_at", UNSET))

        safety_event_upserted = cls(
            safety_event_id=safety_event_id,
            kind=kind,
            harm_level=harm_level,
            occurred_at=occurred_at,
            reported_at=reported_at,
            anonymous_report=anonymous_report,
            review_status=review_status,
            team_id=team_id,
            site_id=site_id,
            patient_id=patient_id,
            encounter_id=encounter_id,
            reviewed_at=reviewed_at,
            actioned_at=actioned_at,
        )

        safety_event_upserted.additional_properties = d
        return safety_event_upserted

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
