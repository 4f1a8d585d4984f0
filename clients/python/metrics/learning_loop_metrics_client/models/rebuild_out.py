from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rebuild_out_facts import RebuildOutFacts
    from ..models.source_replay import SourceReplay


T = TypeVar("T", bound="RebuildOut")


@_attrs_define
class RebuildOut:
    """The outcome of a rebuild: the feeds replayed and the facts they gave.

    Attributes:
        sources (list[SourceReplay]): One entry per feed.
        facts (RebuildOutFacts): Rows per fact table after the rebuild.
        seconds (float): How long the rebuild took.
    """

    sources: list[SourceReplay]
    facts: RebuildOutFacts
    seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        facts = self.facts.to_dict()

        seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sources": sources,
                "facts": facts,
                "seconds": seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rebuild_out_facts import RebuildOutFacts  # noqa: PLC0415
        from ..models.source_replay import SourceReplay  # noqa: PLC0415

        d = dict(src_dict)
        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceReplay.from_dict(sources_item_data)

            sources.append(sources_item)

        facts = RebuildOutFacts.from_dict(d.pop("facts"))

        seconds = d.pop("seconds")

        rebuild_out = cls(
            sources=sources,
            facts=facts,
            seconds=seconds,
        )

        rebuild_out.additional_properties = d
        return rebuild_out

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
