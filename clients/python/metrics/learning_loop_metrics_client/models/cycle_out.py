from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cycle_out_act_type_0 import CycleOutActType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.study_out import StudyOut


T = TypeVar("T", bound="CycleOut")


@_attrs_define
class CycleOut:
    """A cycle as the caller may see it.

    Attributes:
        cycle_id (str): Its id, unique within its organization.
        project_id (str): Its project.
        title (str): A short name.
        change (None | str): Plan: the change tested.
        prediction (None | str): Plan: the prediction.
        started_on (datetime.date | None): Do: start.
        ended_on (datetime.date | None): Do: end.
        act (CycleOutActType0 | None): Act: the decision.
        lessons (None | str): What was learned.
        updated_at (datetime.datetime): When it was last changed.
        study (None | StudyOut | Unset): Read one cycle to get its study; null in lists and in another organization's
            project (its chart and effect are not disclosed to peers).
    """

    cycle_id: str
    project_id: str
    title: str
    change: None | str
    prediction: None | str
    started_on: datetime.date | None
    ended_on: datetime.date | None
    act: CycleOutActType0 | None
    lessons: None | str
    updated_at: datetime.datetime
    study: None | StudyOut | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.study_out import StudyOut  # noqa: PLC0415

        cycle_id = self.cycle_id

        project_id = self.project_id

        title = self.title

        change: None | str
        change = self.change

        prediction: None | str
        prediction = self.prediction

        started_on: None | str
        if isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        act: None | str
        if isinstance(self.act, CycleOutActType0):
            act = self.act.value
        else:
            act = self.act

        lessons: None | str
        lessons = self.lessons

        updated_at = self.updated_at.isoformat()

        study: dict[str, Any] | None | Unset
        if isinstance(self.study, Unset):
            study = UNSET
        elif isinstance(self.study, StudyOut):
            study = self.study.to_dict()
        else:
            study = self.study

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cycle_id": cycle_id,
                "project_id": project_id,
                "title": title,
                "change": change,
                "prediction": prediction,
                "started_on": started_on,
                "ended_on": ended_on,
                "act": act,
                "lessons": lessons,
                "updated_at": updated_at,
            }
        )
        if study is not UNSET:
            field_dict["study"] = study

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.study_out import StudyOut  # noqa: PLC0415

        d = dict(src_dict)
        cycle_id = d.pop("cycle_id")

        project_id = d.pop("project_id")

        title = d.pop("title")

        def _parse_change(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        change = _parse_change(d.pop("change"))

        def _parse_prediction(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prediction = _parse_prediction(d.pop("prediction"))

        def _parse_started_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)

                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        started_on = _parse_started_on(d.pop("started_on"))

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))

        def _parse_act(data: object) -> CycleOutActType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                act_type_0 = CycleOutActType0(data)

                return act_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CycleOutActType0 | None, data)

        act = _parse_act(d.pop("act"))

        def _parse_lessons(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lessons = _parse_lessons(d.pop("lessons"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_study(data: object) -> None | StudyOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                study_type_0 = StudyOut.from_dict(data)

                return study_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudyOut | Unset, data)

        study = _parse_study(d.pop("study", UNSET))

        cycle_out = cls(
            cycle_id=cycle_id,
            project_id=project_id,
            title=title,
            change=change,
            prediction=prediction,
            started_on=started_on,
            ended_on=ended_on,
            act=act,
            lessons=lessons,
            updated_at=updated_at,
            study=study,
        )

        cycle_out.additional_properties = d
        return cycle_out

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
