from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.instrument_setting_out_overrides_type_0 import InstrumentSettingOutOverridesType0


T = TypeVar("T", bound="InstrumentSettingOut")


@_attrs_define
class InstrumentSettingOut:
    """An organisation's stored choice for one instrument.

    Attributes:
        instrument_id (str): The instrument.
        enabled (bool): Enabled for the organisation.
        overrides (InstrumentSettingOutOverridesType0 | None): The org's overrides as stored; null for none.
        updated_at (datetime.datetime): When the setting last changed (UTC).
    """

    instrument_id: str
    enabled: bool
    overrides: InstrumentSettingOutOverridesType0 | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.instrument_setting_out_overrides_type_0 import InstrumentSettingOutOverridesType0  # noqa: PLC0415

        instrument_id = self.instrument_id

        enabled = self.enabled

        overrides: dict[str, Any] | None
        if isinstance(self.overrides, InstrumentSettingOutOverridesType0):
            overrides = self.overrides.to_dict()
        else:
            overrides = self.overrides

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instrument_id": instrument_id,
                "enabled": enabled,
                "overrides": overrides,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instrument_setting_out_overrides_type_0 import InstrumentSettingOutOverridesType0  # noqa: PLC0415

        d = dict(src_dict)
        instrument_id = d.pop("instrument_id")

        enabled = d.pop("enabled")

        def _parse_overrides(data: object) -> InstrumentSettingOutOverridesType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                overrides_type_0 = InstrumentSettingOutOverridesType0.from_dict(data)

                return overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstrumentSettingOutOverridesType0 | None, data)

        overrides = _parse_overrides(d.pop("overrides"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        instrument_setting_out = cls(
            instrument_id=instrument_id,
            enabled=enabled,
            overrides=overrides,
            updated_at=updated_at,
        )

        instrument_setting_out.additional_properties = d
        return instrument_setting_out

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
