from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.band_out import BandOut


T = TypeVar("T", bound="SubscaleOut")


@_attrs_define
class SubscaleOut:
    """
    Attributes:
        value (float | None): Null when too many of its items are missing.
        band (BandOut | None | Unset): The subscale's severity band, if any.
        case (bool | None | Unset): At or beyond the subscale's cut-off.
        prorated (bool | Unset): Scored from fewer items, scaled up under the missing-item policy. Default: False.
    """

    value: float | None
    band: BandOut | None | Unset = UNSET
    case: bool | None | Unset = UNSET
    prorated: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.band_out import BandOut  # noqa: PLC0415

        value: float | None
        value = self.value

        band: dict[str, Any] | None | Unset
        if isinstance(self.band, Unset):
            band = UNSET
        elif isinstance(self.band, BandOut):
            band = self.band.to_dict()
        else:
            band = self.band

        case: bool | None | Unset
        if isinstance(self.case, Unset):
            case = UNSET
        else:
            case = self.case

        prorated = self.prorated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if band is not UNSET:
            field_dict["band"] = band
        if case is not UNSET:
            field_dict["case"] = case
        if prorated is not UNSET:
            field_dict["prorated"] = prorated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.band_out import BandOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))

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

        def _parse_case(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        case = _parse_case(d.pop("case", UNSET))

        prorated = d.pop("prorated", UNSET)

        subscale_out = cls(
            value=value,
            band=band,
            case=case,
            prorated=prorated,
        )

        subscale_out.additional_properties = d
        return subscale_out

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
