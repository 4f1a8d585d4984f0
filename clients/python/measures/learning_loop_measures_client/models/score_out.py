from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer_conflict_out import AnswerConflictOut
    from ..models.band_out import BandOut
    from ..models.critical_out import CriticalOut
    from ..models.score_out_classifications import ScoreOutClassifications
    from ..models.score_out_subscales import ScoreOutSubscales


T = TypeVar("T", bound="ScoreOut")


@_attrs_define
class ScoreOut:
    """A scored response: computed from the items, whatever total the sender stated.

    Attributes:
        instrument_id (str): The instrument scored.
        instrument_version (int): Its catalog version.
        scoring_version (str): Instrument version plus a fingerprint of the org's overrides, if any.
        total (float | None): Null when incomplete under the missing-item policy.
        case (bool | None): At or beyond the caseness cut-off; null if none.
        band (BandOut | None | Unset): Severity band of the total; null without bands or total.
        subscales (ScoreOutSubscales | Unset): Each subscale's score, by subscale id.
        classifications (ScoreOutClassifications | Unset): Non-numeric results, e.g. the C-SSRS risk level (`high`,
            `moderate`, `low`, `negative`, or `indeterminate` when unanswered questions of the flow leave a more severe
            level open).
        critical (list[CriticalOut] | Unset): Critical-item rules the answers fired, and those the catalog raises when
            unanswered items leave them open (the C-SSRS high-risk criteria; `missing_items` set).
        critical_unanswered (list[CriticalOut] | Unset): Other critical-item rules that unanswered items leave open
            (PHQ-9 item 9 blank, the PHQ-A suicide questions left out): together they raise one `critical_item_unanswered`
            alert.
        indicators (list[str] | Unset): Indicator rules that hold (annotations, no alert).
        flags (list[str] | Unset): incomplete (a total, subscale or classification cannot be given), prorated,
            out_of_range, unknown_item, critical_item (a critical rule is raised), critical_item_unanswered (a critical rule
            is left open by unanswered items), stated_total_mismatch, answer_code_conflict (see `answer_conflicts`).
        missing_items (list[str] | Unset): Required items left unanswered.
        invalid_items (list[str] | Unset): Items whose value is not one of their answer options (treated as unanswered).
        unknown_items (list[str] | Unset): Answer keys the instrument has no item for (ignored).
        answer_conflicts (list[AnswerConflictOut] | Unset): FHIR answers whose weight and answer code disagreed; each
            was read the more severe way.
    """

    instrument_id: str
    instrument_version: int
    scoring_version: str
    total: float | None
    case: bool | None
    band: BandOut | None | Unset = UNSET
    subscales: ScoreOutSubscales | Unset = UNSET
    classifications: ScoreOutClassifications | Unset = UNSET
    critical: list[CriticalOut] | Unset = UNSET
    critical_unanswered: list[CriticalOut] | Unset = UNSET
    indicators: list[str] | Unset = UNSET
    flags: list[str] | Unset = UNSET
    missing_items: list[str] | Unset = UNSET
    invalid_items: list[str] | Unset = UNSET
    unknown_items: list[str] | Unset = UNSET
    answer_conflicts: list[AnswerConflictOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.band_out import BandOut  # noqa: PLC0415

        instrument_id = self.instrument_id

        instrument_version = self.instrument_version

        scoring_version = self.scoring_version

        total: float | None
        total = self.total

        case: bool | None
        case = self.case

        band: dict[str, Any] | None | Unset
        if isinstance(self.band, Unset):
            band = UNSET
        elif isinstance(self.band, BandOut):
            band = self.band.to_dict()
        else:
            band = self.band

        subscales: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscales, Unset):
            subscales = self.subscales.to_dict()

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        critical: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.critical, Unset):
            critical = []
            for critical_item_data in self.critical:
                critical_item = critical_item_data.to_dict()
                critical.append(critical_item)

        critical_unanswered: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.critical_unanswered, Unset):
            critical_unanswered = []
            for critical_unanswered_item_data in self.critical_unanswered:
                critical_unanswered_item = critical_unanswered_item_data.to_dict()
                critical_unanswered.append(critical_unanswered_item)

        indicators: list[str] | Unset = UNSET
        if not isinstance(self.indicators, Unset):
            indicators = self.indicators

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        missing_items: list[str] | Unset = UNSET
        if not isinstance(self.missing_items, Unset):
            missing_items = self.missing_items

        invalid_items: list[str] | Unset = UNSET
        if not isinstance(self.invalid_items, Unset):
            invalid_items = self.invalid_items

        unknown_items: list[str] | Unset = UNSET
        if not isinstance(self.unknown_items, Unset):
            unknown_items = self.unknown_items

        answer_conflicts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answer_conflicts, Unset):
            answer_conflicts = []
            for answer_conflicts_item_data in self.answer_conflicts:
                answer_conflicts_item = answer_conflicts_item_data.to_dict()
                answer_conflicts.append(answer_conflicts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instrument_id": instrument_id,
                "instrument_version": instrument_version,
                "scoring_version": scoring_version,
                "total": total,
                "case": case,
            }
        )
        if band is not UNSET:
            field_dict["band"] = band
        if subscales is not UNSET:
            field_dict["subscales"] = subscales
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if critical is not UNSET:
            field_dict["critical"] = critical
        if critical_unanswered is not UNSET:
            field_dict["critical_unanswered"] = critical_unanswered
        if indicators is not UNSET:
            field_dict["indicators"] = indicators
        if flags is not UNSET:
            field_dict["flags"] = flags
        if missing_items is not UNSET:
            field_dict["missing_items"] = missing_items
        if invalid_items is not UNSET:
            field_dict["invalid_items"] = invalid_items
        if unknown_items is not UNSET:
            field_dict["unknown_items"] = unknown_items
        if answer_conflicts is not UNSET:
            field_dict["answer_conflicts"] = answer_conflicts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_conflict_out import AnswerConflictOut  # noqa: PLC0415
        from ..models.band_out import BandOut  # noqa: PLC0415
        from ..models.critical_out import CriticalOut  # noqa: PLC0415
        from ..models.score_out_classifications import ScoreOutClassifications  # noqa: PLC0415
        from ..models.score_out_subscales import ScoreOutSubscales  # noqa: PLC0415

        d = dict(src_dict)
        instrument_id = d.pop("instrument_id")

        instrument_version = d.pop("instrument_version")

        scoring_version = d.pop("scoring_version")

        def _parse_total(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total = _parse_total(d.pop("total"))

        def _parse_case(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        case = _parse_case(d.pop("case"))

        def _parse_band(data: object) -> BandOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                band_type_0 = BandOut.from_dict(data)

                return band_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BandOut | None | Unset, data)

        band = _parse_band(d.pop("band", UNSET))

        _subscales = d.pop("subscales", UNSET)
        subscales: ScoreOutSubscales | Unset
        if isinstance(_subscales, Unset):
            subscales = UNSET
        else:
            subscales = ScoreOutSubscales.from_dict(_subscales)

        _classifications = d.pop("classifications", UNSET)
        classifications: ScoreOutClassifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = ScoreOutClassifications.from_dict(_classifications)

        _critical = d.pop("critical", UNSET)
        critical: list[CriticalOut] | Unset = UNSET
        if _critical is not UNSET:
            critical = []
            for critical_item_data in _critical:
                critical_item = CriticalOut.from_dict(critical_item_data)

                critical.append(critical_item)

        _critical_unanswered = d.pop("critical_unanswered", UNSET)
        critical_unanswered: list[CriticalOut] | Unset = UNSET
        if _critical_unanswered is not UNSET:
            critical_unanswered = []
            for critical_unanswered_item_data in _critical_unanswered:
                critical_unanswered_item = CriticalOut.from_dict(critical_unanswered_item_data)

                critical_unanswered.append(critical_unanswered_item)

        indicators = cast(list[str], d.pop("indicators", UNSET))

        flags = cast(list[str], d.pop("flags", UNSET))

        missing_items = cast(list[str], d.pop("missing_items", UNSET))

        invalid_items = cast(list[str], d.pop("invalid_items", UNSET))

        unknown_items = cast(list[str], d.pop("unknown_items", UNSET))

        _answer_conflicts = d.pop("answer_conflicts", UNSET)
        answer_conflicts: list[AnswerConflictOut] | Unset = UNSET
        if _answer_conflicts is not UNSET:
            answer_conflicts = []
            for answer_conflicts_item_data in _answer_conflicts:
                answer_conflicts_item = AnswerConflictOut.from_dict(answer_conflicts_item_data)

                answer_conflicts.append(answer_conflicts_item)

        score_out = cls(
            instrument_id=instrument_id,
            instrument_version=instrument_version,
            scoring_version=scoring_version,
            total=total,
            case=case,
            band=band,
            subscales=subscales,
            classifications=classifications,
            critical=critical,
            critical_unanswered=critical_unanswered,
            indicators=indicators,
            flags=flags,
            missing_items=missing_items,
            invalid_items=invalid_items,
            unknown_items=unknown_items,
            answer_conflicts=answer_conflicts,
        )

        score_out.additional_properties = d
        return score_out

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
