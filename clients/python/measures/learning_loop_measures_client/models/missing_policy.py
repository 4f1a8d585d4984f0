from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.missing_policy_policy import MissingPolicyPolicy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alternative import Alternative


T = TypeVar("T", bound="MissingPolicy")


@_attrs_define
class MissingPolicy:
    """What happens when required items are unanswered.

    Attributes:
        sources (list[str]): Ids of the instrument's `sources` this fact comes from.
        policy (MissingPolicyPolicy): `complete_only`: no score unless every required item is answered; `prorate`: scale
            the mean of the answered items up to the full length.
        note (None | str | Unset): Remarks on the fact: discrepancies between sources, caveats.
        alternatives (list[Alternative] | Unset): Values other sources give for the same fact.
        max_missing (int | Unset): Most unanswered items that prorating still accepts. Default: 0.
    """

    sources: list[str]
    policy: MissingPolicyPolicy
    note: None | str | Unset = UNSET
    alternatives: list[Alternative] | Unset = UNSET
    max_missing: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        sources = self.sources

        policy = self.policy.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        alternatives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alternatives, Unset):
            alternatives = []
            for alternatives_item_data in self.alternatives:
                alternatives_item = alternatives_item_data.to_dict()
                alternatives.append(alternatives_item)

        max_missing = self.max_missing

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sources": sources,
                "policy": policy,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives
        if max_missing is not UNSET:
            field_dict["max_missing"] = max_missing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alternative import Alternative  # noqa: PLC0415

        d = dict(src_dict)
        sources = cast(list[str], d.pop("sources"))

        policy = MissingPolicyPolicy(d.pop("policy"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        _alternatives = d.pop("alternatives", UNSET)
        alternatives: list[Alternative] | Unset = UNSET
        if _alternatives is not UNSET:
            alternatives = []
            for alternatives_item_data in _alternatives:
                alternatives_item = Alternative.from_dict(alternatives_item_data)

                alternatives.append(alternatives_item)

        max_missing = d.pop("max_missing", UNSET)

        missing_policy = cls(
            sources=sources,
            policy=policy,
            note=note,
            alternatives=alternatives,
            max_missing=max_missing,
        )

        return missing_policy
