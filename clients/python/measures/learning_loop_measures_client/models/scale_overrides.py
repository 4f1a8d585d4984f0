from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scale_overrides_caseness_populations_type_0 import ScaleOverridesCasenessPopulationsType0


T = TypeVar("T", bound="ScaleOverrides")


@_attrs_define
class ScaleOverrides:
    """Values an organisation may set for the total or for one subscale.

    Attributes:
        caseness_threshold (float | None | Unset): The org's caseness cut-off, in score points.
        caseness_populations (None | ScaleOverridesCasenessPopulationsType0 | Unset): The org's cut-off per population
            (replaces the catalog's).
        reliable_change (float | None | Unset): The org's reliable-change threshold, in points (for example one derived
            from its own baseline SD with the Jacobson-Truax formula).
        remission_below (float | None | Unset): Remission when the score is strictly below this.
        response_min_reduction (float | None | Unset): Response: the fraction of the baseline score the score must fall
            by.
    """

    caseness_threshold: float | None | Unset = UNSET
    caseness_populations: None | ScaleOverridesCasenessPopulationsType0 | Unset = UNSET
    reliable_change: float | None | Unset = UNSET
    remission_below: float | None | Unset = UNSET
    response_min_reduction: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.scale_overrides_caseness_populations_type_0 import ScaleOverridesCasenessPopulationsType0  # noqa: PLC0415

        caseness_threshold: float | None | Unset
        if isinstance(self.caseness_threshold, Unset):
            caseness_threshold = UNSET
        else:
            caseness_threshold = self.caseness_threshold

        caseness_populations: dict[str, Any] | None | Unset
        if isinstance(self.caseness_populations, Unset):
            caseness_populations = UNSET
        elif isinstance(self.caseness_populations, ScaleOverridesCasenessPopulationsType0):
            caseness_populations = self.caseness_populations.to_dict()
        else:
            caseness_populations = self.caseness_populations

        reliable_change: float | None | Unset
        if isinstance(self.reliable_change, Unset):
            reliable_change = UNSET
        else:
            reliable_change = self.reliable_change

        remission_below: float | None | Unset
        if isinstance(self.remission_below, Unset):
            remission_below = UNSET
        else:
            remission_below = self.remission_below

        response_min_reduction: float | None | Unset
        if isinstance(self.response_min_reduction, Unset):
            response_min_reduction = UNSET
        else:
            response_min_reduction = self.response_min_reduction

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if caseness_threshold is not UNSET:
            field_dict["caseness_threshold"] = caseness_threshold
        if caseness_populations is not UNSET:
            field_dict["caseness_populations"] = caseness_populations
        if reliable_change is not UNSET:
            field_dict["reliable_change"] = reliable_change
        if remission_below is not UNSET:
            field_dict["remission_below"] = remission_below
        if response_min_reduction is not UNSET:
            field_dict["response_min_reduction"] = response_min_reduction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scale_overrides_caseness_populations_type_0 import ScaleOverridesCasenessPopulationsType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_caseness_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        caseness_threshold = _parse_caseness_threshold(d.pop("caseness_threshold", UNSET))

        def _parse_caseness_populations(data: object) -> None | ScaleOverridesCasenessPopulationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caseness_populations_type_0 = ScaleOverridesCasenessPopulationsType0.from_dict(data)

                return caseness_populations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScaleOverridesCasenessPopulationsType0 | Unset, data)

        caseness_populations = _parse_caseness_populations(d.pop("caseness_populations", UNSET))

        def _parse_reliable_change(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reliable_change = _parse_reliable_change(d.pop("reliable_change", UNSET))

        def _parse_remission_below(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        remission_below = _parse_remission_below(d.pop("remission_below", UNSET))

        def _parse_response_min_reduction(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        response_min_reduction = _parse_response_min_reduction(d.pop("response_min_reduction", UNSET))

        scale_overrides = cls(
            caseness_threshold=caseness_threshold,
            caseness_populations=caseness_populations,
            reliable_change=reliable_change,
            remission_below=remission_below,
            response_min_reduction=response_min_reduction,
        )

        return scale_overrides
