from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basis import Basis
    from ..models.form_item import FormItem
    from ..models.rupture_rules import RuptureRules


T = TypeVar("T", bound="FeedbackForm")


@_attrs_define
class FeedbackForm:
    """A feedback form: metadata, the sources it is modelled on, and its items in order.

    Attributes:
        id (str):
        version (str):
        title (str):
        description (str):
        modelled_on (list[Basis]):
        items (list[FormItem]):
        rupture (None | RuptureRules | Unset):
    """

    id: str
    version: str
    title: str
    description: str
    modelled_on: list[Basis]
    items: list[FormItem]
    rupture: None | RuptureRules | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.rupture_rules import RuptureRules  # noqa: PLC0415

        id = self.id

        version = self.version

        title = self.title

        description = self.description

        modelled_on = []
        for modelled_on_item_data in self.modelled_on:
            modelled_on_item = modelled_on_item_data.to_dict()
            modelled_on.append(modelled_on_item)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        rupture: dict[str, Any] | None | Unset
        if isinstance(self.rupture, Unset):
            rupture = UNSET
        elif isinstance(self.rupture, RuptureRules):
            rupture = self.rupture.to_dict()
        else:
            rupture = self.rupture

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "version": version,
                "title": title,
                "description": description,
                "modelled_on": modelled_on,
                "items": items,
            }
        )
        if rupture is not UNSET:
            field_dict["rupture"] = rupture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basis import Basis  # noqa: PLC0415
        from ..models.form_item import FormItem  # noqa: PLC0415
        from ..models.rupture_rules import RuptureRules  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version")

        title = d.pop("title")

        description = d.pop("description")

        modelled_on = []
        _modelled_on = d.pop("modelled_on")
        for modelled_on_item_data in _modelled_on:
            modelled_on_item = Basis.from_dict(modelled_on_item_data)

            modelled_on.append(modelled_on_item)

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = FormItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_rupture(data: object) -> None | RuptureRules | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rupture_type_0 = RuptureRules.from_dict(data)

                return rupture_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuptureRules | Unset, data)

        rupture = _parse_rupture(d.pop("rupture", UNSET))

        feedback_form = cls(
            id=id,
            version=version,
            title=title,
            description=description,
            modelled_on=modelled_on,
            items=items,
            rupture=rupture,
        )

        return feedback_form
