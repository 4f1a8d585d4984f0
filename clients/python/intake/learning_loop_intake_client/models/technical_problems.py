from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.problem_kind import ProblemKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TechnicalProblems")


@_attrs_define
class TechnicalProblems:
    """What went wrong technically in a telehealth session. An empty report means "none".

    Attributes:
        kinds (list[ProblemKind] | Unset): Kinds of problem that occurred: audio, video, connection, login, platform.
            Empty when the session was reported free of problems.
        minutes_lost (int | Unset): Session minutes lost to the problems. Default: 0.
        dropped_and_rejoined (bool | Unset): The session dropped at least once and was rejoined. Default: False.
        switched_to_phone (bool | Unset): A video session finished on the telephone. Default: False.
    """

    kinds: list[ProblemKind] | Unset = UNSET
    minutes_lost: int | Unset = 0
    dropped_and_rejoined: bool | Unset = False
    switched_to_phone: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        kinds: list[str] | Unset = UNSET
        if not isinstance(self.kinds, Unset):
            kinds = []
            for kinds_item_data in self.kinds:
                kinds_item = kinds_item_data.value
                kinds.append(kinds_item)

        minutes_lost = self.minutes_lost

        dropped_and_rejoined = self.dropped_and_rejoined

        switched_to_phone = self.switched_to_phone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kinds is not UNSET:
            field_dict["kinds"] = kinds
        if minutes_lost is not UNSET:
            field_dict["minutes_lost"] = minutes_lost
        if dropped_and_rejoined is not UNSET:
            field_dict["dropped_and_rejoined"] = dropped_and_rejoined
        if switched_to_phone is not UNSET:
            field_dict["switched_to_phone"] = switched_to_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _kinds = d.pop("kinds", UNSET)
        kinds: list[ProblemKind] | Unset = UNSET
        if _kinds is not UNSET:
            kinds = []
            for kinds_item_data in _kinds:
                kinds_item = ProblemKind(kinds_item_data)

                kinds.append(kinds_item)

        minutes_lost = d.pop("minutes_lost", UNSET)

        dropped_and_rejoined = d.pop("dropped_and_rejoined", UNSET)

        switched_to_phone = d.pop("switched_to_phone", UNSET)

        technical_problems = cls(
            kinds=kinds,
            minutes_lost=minutes_lost,
            dropped_and_rejoined=dropped_and_rejoined,
            switched_to_phone=switched_to_phone,
        )

        return technical_problems
