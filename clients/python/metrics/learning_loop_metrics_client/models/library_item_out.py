from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.library_item_out_outcome_type_0 import LibraryItemOutOutcomeType0
from ..models.library_item_out_status import LibraryItemOutStatus

T = TypeVar("T", bound="LibraryItemOut")


@_attrs_define
class LibraryItemOut:
    """A shared project in the collaborative's library: what was tried and what came of it.

    Attributes:
        org (str): The organization that shared it.
        project_id (str): Its id (read it with `?org=`).
        title (str): A short name.
        metric_id (str): The aim's metric.
        level (str): Level of the aim's unit.
        status (LibraryItemOutStatus): The project's status.
        cycles (int): How many PDSA cycles it has.
        outcome (LibraryItemOutOutcomeType0 | None): The act decision of its last acted-on cycle (adopt: it worked;
            adapt: partly; abandon: it did not); null while none is acted on.
        lessons (None | str): That cycle's lessons.
        href (str): Where to read it.
    """

    org: str
    project_id: str
    title: str
    metric_id: str
    level: str
    status: LibraryItemOutStatus
    cycles: int
    outcome: LibraryItemOutOutcomeType0 | None
    lessons: None | str
    href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org = self.org

        project_id = self.project_id

        title = self.title

        metric_id = self.metric_id

        level = self.level

        status = self.status.value

        cycles = self.cycles

        outcome: None | str
        if isinstance(self.outcome, LibraryItemOutOutcomeType0):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        lessons: None | str
        lessons = self.lessons

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org": org,
                "project_id": project_id,
                "title": title,
                "metric_id": metric_id,
                "level": level,
                "status": status,
                "cycles": cycles,
                "outcome": outcome,
                "lessons": lessons,
                "href": href,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org = d.pop("org")

        project_id = d.pop("project_id")

        title = d.pop("title")

        metric_id = d.pop("metric_id")

        level = d.pop("level")

        status = LibraryItemOutStatus(d.pop("status"))

        cycles = d.pop("cycles")

        def _parse_outcome(data: object) -> LibraryItemOutOutcomeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = LibraryItemOutOutcomeType0(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LibraryItemOutOutcomeType0 | None, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_lessons(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lessons = _parse_lessons(d.pop("lessons"))

        href = d.pop("href")

        library_item_out = cls(
            org=org,
            project_id=project_id,
            title=title,
            metric_id=metric_id,
            level=level,
            status=status,
            cycles=cycles,
            outcome=outcome,
            lessons=lessons,
            href=href,
        )

        library_item_out.additional_properties = d
        return library_item_out

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
