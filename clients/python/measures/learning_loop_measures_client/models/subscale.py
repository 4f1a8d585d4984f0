from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.subscale_direction import SubscaleDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bands import Bands
    from ..models.cutoff import Cutoff
    from ..models.reliable_change import ReliableChange
    from ..models.remission_rule import RemissionRule
    from ..models.response_rule import ResponseRule


T = TypeVar("T", bound="Subscale")


@_attrs_define
class Subscale:
    """A scale over some of the items (a DASS-21 subscale, a PCL-5 cluster).

    Attributes:
        min_ (float): Lowest possible score.
        max_ (float): Highest possible score.
        id (str): Subscale id, its key in `subscales`.
        name (str): Display name.
        items (list[str]): Ids of the items it sums.
        multiplier (float | Unset): Factor applied to the item sum (DASS-21 doubles its subscales). Default: 1.0.
        mean (bool | Unset): The score is the mean of its items' scores (the item sum divided by the number of items, to
            2 decimals), as Edmondson's psychological-safety scale is reported. Default: False.
        direction (SubscaleDirection | Unset): Whether a higher score is worse or better. Default:
            SubscaleDirection.HIGHER_IS_WORSE.
        loinc (None | str | Unset): LOINC code of the score, if any.
        bands (Bands | None | Unset): Severity bands, if published.
        caseness (Cutoff | None | Unset): The screening cut-off, if published.
        reliable_change (None | ReliableChange | Unset): Smallest change beyond measurement error, if known.
        response (None | ResponseRule | Unset): What counts as treatment response, if defined.
        remission (None | RemissionRule | Unset): What counts as remission, if defined.
        note (None | str | Unset): Remarks on how the scale is scored.
    """

    min_: float
    max_: float
    id: str
    name: str
    items: list[str]
    multiplier: float | Unset = 1.0
    mean: bool | Unset = False
    direction: SubscaleDirection | Unset = SubscaleDirection.HIGHER_IS_WORSE
    loinc: None | str | Unset = UNSET
    bands: Bands | None | Unset = UNSET
    caseness: Cutoff | None | Unset = UNSET
    reliable_change: None | ReliableChange | Unset = UNSET
    response: None | ResponseRule | Unset = UNSET
    remission: None | RemissionRule | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.bands import Bands  # noqa: PLC0415
        from ..models.cutoff import Cutoff  # noqa: PLC0415
        from ..models.reliable_change import ReliableChange  # noqa: PLC0415
        from ..models.remission_rule import RemissionRule  # noqa: PLC0415
        from ..models.response_rule import ResponseRule  # noqa: PLC0415

        min_ = self.min_

        max_ = self.max_

        id = self.id

        name = self.name

        items = self.items

        multiplier = self.multiplier

        mean = self.mean

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        loinc: None | str | Unset
        if isinstance(self.loinc, Unset):
            loinc = UNSET
        else:
            loinc = self.loinc

        bands: dict[str, Any] | None | Unset
        if isinstance(self.bands, Unset):
            bands = UNSET
        elif isinstance(self.bands, Bands):
            bands = self.bands.to_dict()
        else:
            bands = self.bands

        caseness: dict[str, Any] | None | Unset
        if isinstance(self.caseness, Unset):
            caseness = UNSET
        elif isinstance(self.caseness, Cutoff):
            caseness = self.caseness.to_dict()
        else:
            caseness = self.caseness

        reliable_change: dict[str, Any] | None | Unset
        if isinstance(self.reliable_change, Unset):
            reliable_change = UNSET
        elif isinstance(self.reliable_change, ReliableChange):
            reliable_change = self.reliable_change.to_dict()
        else:
            reliable_change = self.reliable_change

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, ResponseRule):
            response = self.response.to_dict()
        else:
            response = self.response

        remission: dict[str, Any] | None | Unset
        if isinstance(self.remission, Unset):
            remission = UNSET
        elif isinstance(self.remission, RemissionRule):
            remission = self.remission.to_dict()
        else:
            remission = self.remission

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "min": min_,
                "max": max_,
                "id": id,
                "name": name,
                "items": items,
            }
        )
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if mean is not UNSET:
            field_dict["mean"] = mean
        if direction is not UNSET:
            field_dict["direction"] = direction
        if loinc is not UNSET:
            field_dict["loinc"] = loinc
        if bands is not UNSET:
            field_dict["bands"] = bands
        if caseness is not UNSET:
            field_dict["caseness"] = caseness
        if reliable_change is not UNSET:
            field_dict["reliable_change"] = reliable_change
        if response is not UNSET:
            field_dict["response"] = response
        if remission is not UNSET:
            field_dict["remission"] = remission
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bands import Bands  # noqa: PLC0415
        from ..models.cutoff import Cutoff  # noqa: PLC0415
        from ..models.reliable_change import ReliableChange  # noqa: PLC0415
        from ..models.remission_rule import RemissionRule  # noqa: PLC0415
        from ..models.response_rule import ResponseRule  # noqa: PLC0415

        d = dict(src_dict)
        min_ = d.pop("min")

        max_ = d.pop("max")

        id = d.pop("id")

        name = d.pop("name")

        items = cast(list[str], d.pop("items"))

        multiplier = d.pop("multiplier", UNSET)

        mean = d.pop("mean", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: SubscaleDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = SubscaleDirection(_direction)

        def _parse_loinc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        loinc = _parse_loinc(d.pop("loinc", UNSET))

        def _parse_bands(data: object) -> Bands | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bands_type_0 = Bands.from_dict(data)

                return bands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Bands | None | Unset, data)

        bands = _parse_bands(d.pop("bands", UNSET))

        def _parse_caseness(data: object) -> Cutoff | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caseness_type_0 = Cutoff.from_dict(data)

                return caseness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Cutoff | None | Unset, data)

        caseness = _parse_caseness(d.pop("caseness", UNSET))

        def _parse_reliable_change(data: object) -> None | ReliableChange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reliable_change_type_0 = ReliableChange.from_dict(data)

                return reliable_change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReliableChange | Unset, data)

        reliable_change = _parse_reliable_change(d.pop("reliable_change", UNSET))

        def _parse_response(data: object) -> None | ResponseRule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = ResponseRule.from_dict(data)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseRule | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        def _parse_remission(data: object) -> None | RemissionRule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                remission_type_0 = RemissionRule.from_dict(data)

                return remission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RemissionRule | Unset, data)

        remission = _parse_remission(d.pop("remission", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        subscale = cls(
            min_=min_,
            max_=max_,
            id=id,
            name=name,
            items=items,
            multiplier=multiplier,
            mean=mean,
            direction=direction,
            loinc=loinc,
            bands=bands,
            caseness=caseness,
            reliable_change=reliable_change,
            response=response,
            remission=remission,
            note=note,
        )

        return subscale
