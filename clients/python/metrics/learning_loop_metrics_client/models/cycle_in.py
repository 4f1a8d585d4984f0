from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.cycle_in_act_type_0 import CycleInActType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CycleIn")


@_attrs_define
class CycleIn:
    """One PDSA cycle: the plan (change, prediction), the do (dates), the act and lessons.

    `ended_on` needs `started_on` and is not before it; `act` needs `ended_on`.

        Attributes:
            title (str): A short name.
            change (None | str | Unset): Plan: the change tested (never patient data).
            prediction (None | str | Unset): Plan: what the team predicts will happen.
            started_on (datetime.date | None | Unset): Do: the day the change started.
            ended_on (datetime.date | None | Unset): Do: the day the test ended.
            act (CycleInActType0 | None | Unset): Act: adopt, adapt or abandon the change.
            lessons (None | str | Unset): What was learned.
    """

    title: str
    change: None | str | Unset = UNSET
    prediction: None | str | Unset = UNSET
    started_on: datetime.date | None | Unset = UNSET
    ended_on: datetime.date | None | Unset = UNSET
    act: CycleInActType0 | None | Unset = UNSET
    lessons: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        change: None | str | Unset
        if isinstance(self.change, Unset):
            change = UNSET
        else:
            change = self.change

        prediction: None | str | Unset
        if isinstance(self.prediction, Unset):
            prediction = UNSET
        else:
            prediction = self.prediction

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        act: None | str | Unset
        if isinstance(self.act, Unset):
            act = UNSET
        elif isinstance(self.act, CycleInActType0):
            act = self.act.value
        else:
            act = self.act

        lessons: None | str | Unset
        if isinstance(self.lessons, Unset):
            lessons = UNSET
        else:
            lessons = self.lessons

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if change is not UNSET:
            field_dict["change"] = change
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if ended_on is not UNSET:
            field_dict["ended_on"] = ended_on
        if act is not UNSET:
            field_dict["act"] = act
        if lessons is not UNSET:
            field_dict["lessons"] = lessons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_change(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        change = _parse_change(d.pop("change", UNSET))

        def _parse_prediction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prediction = _parse_prediction(d.pop("prediction", UNSET))

        def _parse_started_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)

                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        started_on = _parse_started_on(d.pop("started_on", UNSET))

        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("ended_on", UNSET))

        def _parse_act(data: object) -> CycleInActType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                act_type_0 = CycleInActType0(data)

                return act_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CycleInActType0 | None | Unset, data)

        act = _parse_act(d.pop("act", UNSET))

        def _parse_lessons(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lessons = _parse_lessons(d.pop("lessons", UNSET))

        cycle_in = cls(
            title=title,
            change=change,
            prediction=prediction,
            started_on=started_on,
            ended_on=ended_on,
            act=act,
            lessons=lessons,
        )

        return cycle_in
