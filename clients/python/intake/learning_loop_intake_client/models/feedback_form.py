from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.basis import Basis
    from ..models.form_item import FormItem


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
    """

    id: str
    version: str
    title: str
    description: str
    modelled_on: list[Basis]
    items: list[FormItem]

    def to_dict(self) -> dict[str, Any]:
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basis import Basis  # noqa: PLC0415
        from ..models.form_item import FormItem  # noqa: PLC0415

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

        feedback_form = cls(
            id=id,
            version=version,
            title=title,
            description=description,
            modelled_on=modelled_on,
            items=items,
        )

        return feedback_form
