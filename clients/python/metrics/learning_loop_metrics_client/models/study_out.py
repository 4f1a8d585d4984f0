from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_out import ComparisonOut
    from ..models.effect_out import EffectOut


T = TypeVar("T", bound="StudyOut")


@_attrs_define
class StudyOut:
    """The study, computed on read from the aim's metric series (your own projects only).

    Attributes:
        chart (str): The chart of the aim's metric for the unit.
        effect (EffectOut | None): Segmented regression around the cycle's start, as the deprecated interventions route
            computes it (`intervention_id` is the cycle's id); null before the cycle starts.
        comparison (ComparisonOut | None | Unset): With `compare_unit` or `compare_collaborative`: the effect against
            that control; null when either series is too short (see `warnings`).
        warnings (list[str] | Unset): What limits the study.
    """

    chart: str
    effect: EffectOut | None
    comparison: ComparisonOut | None | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.comparison_out import ComparisonOut  # noqa: PLC0415
        from ..models.effect_out import EffectOut  # noqa: PLC0415

        chart = self.chart

        effect: dict[str, Any] | None
        if isinstance(self.effect, EffectOut):
            effect = self.effect.to_dict()
        else:
            effect = self.effect

        comparison: dict[str, Any] | None | Unset
        if isinstance(self.comparison, Unset):
            comparison = UNSET
        elif isinstance(self.comparison, ComparisonOut):
            comparison = self.comparison.to_dict()
        else:
            comparison = self.comparison

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chart": chart,
                "effect": effect,
            }
        )
        if comparison is not UNSET:
            field_dict["comparison"] = comparison
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comparison_out import ComparisonOut  # noqa: PLC0415
        from ..models.effect_out import EffectOut  # noqa: PLC0415

        d = dict(src_dict)
        chart = d.pop("chart")

        def _parse_effect(data: object) -> EffectOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                effect_type_0 = EffectOut.from_dict(data)

                return effect_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EffectOut | None, data)

        effect = _parse_effect(d.pop("effect"))

        def _parse_comparison(data: object) -> ComparisonOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comparison_type_0 = ComparisonOut.from_dict(data)

                return comparison_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComparisonOut | None | Unset, data)

        comparison = _parse_comparison(d.pop("comparison", UNSET))

        warnings = cast(list[str], d.pop("warnings", UNSET))

        study_out = cls(
            chart=chart,
            effect=effect,
            comparison=comparison,
            warnings=warnings,
        )

        study_out.additional_properties = d
        return study_out

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
