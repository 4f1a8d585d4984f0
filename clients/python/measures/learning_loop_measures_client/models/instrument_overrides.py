from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instrument_overrides_subscales import InstrumentOverridesSubscales
    from ..models.scale_overrides import ScaleOverrides


T = TypeVar("T", bound="InstrumentOverrides")


@_attrs_define
class InstrumentOverrides:
    """An organisation's overrides for one instrument, with the reason it gives for them.

    Attributes:
        reason (str): Why the organisation departs from the catalog.
        total (None | ScaleOverrides | Unset): Overrides for the total.
        subscales (InstrumentOverridesSubscales | Unset): Overrides per subscale id.
    """

    reason: str
    total: None | ScaleOverrides | Unset = UNSET
    subscales: InstrumentOverridesSubscales | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.scale_overrides import ScaleOverrides  # noqa: PLC0415

        reason = self.reason

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, ScaleOverrides):
            total = self.total.to_dict()
        else:
            total = self.total

        subscales: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscales, Unset):
            subscales = self.subscales.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if subscales is not UNSET:
            field_dict["subscales"] = subscales

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instrument_overrides_subscales import InstrumentOverridesSubscales  # noqa: PLC0415
        from ..models.scale_overrides import ScaleOverrides  # noqa: PLC0415

        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_total(data: object) -> None | ScaleOverrides | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = ScaleOverrides.from_dict(data)

                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScaleOverrides | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        _subscales = d.pop("subscales", UNSET)
        subscales: InstrumentOverridesSubscales | Unset
        if isinstance(_subscales, Unset):
            subscales = UNSET
        else:
            subscales = InstrumentOverridesSubscales.from_dict(_subscales)

        instrument_overrides = cls(
            reason=reason,
            total=total,
            subscales=subscales,
        )

        return instrument_overrides
