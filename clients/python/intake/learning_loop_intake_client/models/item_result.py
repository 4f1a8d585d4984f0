from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_result_problem_type_0 import ItemResultProblemType0


T = TypeVar("T", bound="ItemResult")


@_attrs_define
class ItemResult:
    """What happened to one item of a batch.

    Attributes:
        index (int): Position of the item in the batch (0-based).
        status (int): 201 created, 200 replaced or unchanged, 409 impossible status change, 422 invalid item.
        id (None | str | Unset): The item's id, when it had a valid one.
        problem (ItemResultProblemType0 | None | Unset): Problem details for a refused item.
    """

    index: int
    status: int
    id: None | str | Unset = UNSET
    problem: ItemResultProblemType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.item_result_problem_type_0 import ItemResultProblemType0  # noqa: PLC0415

        index = self.index

        status = self.status

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        problem: dict[str, Any] | None | Unset
        if isinstance(self.problem, Unset):
            problem = UNSET
        elif isinstance(self.problem, ItemResultProblemType0):
            problem = self.problem.to_dict()
        else:
            problem = self.problem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if problem is not UNSET:
            field_dict["problem"] = problem

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_result_problem_type_0 import ItemResultProblemType0  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        status = d.pop("status")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_problem(data: object) -> ItemResultProblemType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                problem_type_0 = ItemResultProblemType0.from_dict(data)

                return problem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemResultProblemType0 | None | Unset, data)

        problem = _parse_problem(d.pop("problem", UNSET))

        item_result = cls(
            index=index,
            status=status,
            id=id,
            problem=problem,
        )

        item_result.additional_properties = d
        return item_result

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
