from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.review_status import ReviewStatus
from ..models.safety_event_out_harm_level import SafetyEventOutHarmLevel
from ..models.safety_event_out_kind import SafetyEventOutKind

T = TypeVar("T", bound="SafetyEventOut")


@_attrs_define
class SafetyEventOut:
    """A stored safety event. `narrative` and `reporter_id` are null unless the token holds
    `intake:safety-review` (and such a read is audited).

        Attributes:
            safety_event_id (str): The report's id.
            kind (SafetyEventOutKind): What happened.
            harm_level (SafetyEventOutHarmLevel): AHRQ Harm Scale v1.2 level.
            occurred_at (datetime.datetime): When it happened, in the offset it was sent with.
            team_id (None | str): The team concerned.
            site_id (None | str): The site.
            patient_id (None | str): The patient involved.
            encounter_id (None | str): The session.
            reporter_id (None | str): Null for an anonymous report, and for a token without `intake:safety-review`.
            narrative (None | str): Null unless the token holds `intake:safety-review`.
            anonymous_report (bool): Whether the report was sent without a reporter.
            review_status (ReviewStatus): Where a safety event's review stands (``shared.events.SafetyReviewStatus``).
            reported_at (datetime.datetime): When intake received the report.
            reviewed_at (datetime.datetime | None): When a reviewer recorded the review.
            actioned_at (datetime.datetime | None): When a reviewer recorded that it was acted on.
            updated_at (datetime.datetime): When intake last accepted a change.
    """

    safety_event_id: str
    kind: SafetyEventOutKind
    harm_level: SafetyEventOutHarmLevel
    occurred_at: datetime.datetime
    team_id: None | str
    site_id: None | str
    patient_id: None | str
    encounter_id: None | str
    reporter_id: None | str
    narrative: None | str
    anonymous_report: bool
    review_status: ReviewStatus
    reported_at: datetime.datetime
    reviewed_at: datetime.datetime | None
    actioned_at: datetime.datetime | None
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        safety_event_id = self.safety_event_id

        kind = self.kind.value

        harm_level = self.harm_level.value

        occurred_at = self.occurred_at.isoformat()

        team_id: None | str
        team_id = self.team_id

        site_id: None | str
        site_id = self.site_id

        patient_id: None | str
        patient_id = self.patient_id

        encounter_id: None | str
        encounter_id = self.encounter_id

        reporter_id: None | str
        reporter_id = self.reporter_id

        narrative: None | str
        narrative = self.narrative

        anonymous_report = self.anonymous_report

        review_status = self.review_status.value

        reported_at = self.reported_at.isoformat()

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        actioned_at: None | str
        if isinstance(self.actioned_at, datetime.datetime):
            actioned_at = self.actioned_at.isoformat()
        else:
            actioned_at = self.actioned_at

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "safety_event_id": safety_event_id,
                "kind": kind,
                "harm_level": harm_level,
                "occurred_at": occurred_at,
                "team_id": team_id,
                "site_id": site_id,
                "patient_id": patient_id,
                "encounter_id": encounter_id,
                "reporter_id": reporter_id,
                "narrative": narrative,
                "anonymous_report": anonymous_report,
                "review_status": review_status,
                "reported_at": reported_at,
                "reviewed_at": reviewed_at,
                "actioned_at": actioned_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        safety_event_id = d.pop("safety_event_id")

        kind = SafetyEventOutKind(d.pop("kind"))

        harm_level = SafetyEventOutHarmLevel(d.pop("harm_level"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_team_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_id = _parse_team_id(d.pop("team_id"))

        def _parse_site_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        site_id = _parse_site_id(d.pop("site_id"))

        def _parse_patient_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patient_id = _parse_patient_id(d.pop("patient_id"))

        def _parse_encounter_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        encounter_id = _parse_encounter_id(d.pop("encounter_id"))

        def _parse_reporter_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reporter_id = _parse_reporter_id(d.pop("reporter_id"))

        def _parse_narrative(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        narrative = _parse_narrative(d.pop("narrative"))

        anonymous_report = d.pop("anonymous_report")

        review_status = ReviewStatus(d.pop("review_status"))

        reported_at = datetime.datetime.fromisoformat(d.pop("reported_at"))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))

        def _parse_actioned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actioned_at_type_0 = datetime.datetime.fromisoformat(data)

                return actioned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        actioned_at = _parse_actioned_at(d.pop("actioned_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        safety_event_out = cls(
            safety_event_id=safety_event_id,
            kind=kind,
            harm_level=harm_level,
            occurred_at=occurred_at,
            team_id=team_id,
            site_id=site_id,
            patient_id=patient_id,
            encounter_id=encounter_id,
            reporter_id=reporter_id,
            narrative=narrative,
            anonymous_report=anonymous_report,
            review_status=review_status,
            reported_at=reported_at,
            reviewed_at=reviewed_at,
            actioned_at=actioned_at,
            updated_at=updated_at,
        )

        return safety_event_out
