from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instrument_overrides import InstrumentOverrides


T = TypeVar("T", bound="InstrumentSettingIn")


@_attrs_define
class InstrumentSettingIn:
    """An organisation's choice for one instrument.

    Attributes:
        enabled (bool): Enable a restricted instrument after securing permission.
        overrides (InstrumentOverrides | None | Unset): The org's own cut-offs and thresholds; null for none.
    """

    enabled: bool
    overrides: InstrumentOverrides | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.instrument_overrides import InstrumentOverrides  # noqa: PLC0415

        enabled = self.enabled

        overrides: dict[str, Any] | None | Unset
        if isinstance(self.overrides, Unset):
            overrides = UNSET
        elif isinstance(self.overrides, InstrumentOverrides):
            overrides = self.overrides.to_dict()
        else:
            overrides = self.overrides

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instrument_overrides import InstrumentOverrides  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled")

        def _parse_overrides(data: object) -> InstrumentOverrides | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                overrides_type_0 = InstrumentOverrides.from_dict(data)

                return overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstrumentOverrides | None | Unset, data)

        overrides = _parse_overrides(d.pop("overrides", UNSET))

        instrument_setting_in = cls(
            enabled=enabled,
            overrides=overrides,
        )

        return instrument_setting_in
