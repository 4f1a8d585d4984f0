from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.score_in_population_type_0 import ScoreInPopulationType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.score_in_answers import ScoreInAnswers


T = TypeVar("T", bound="ScoreIn")


@_attrs_define
class ScoreIn:
    """A response to score without storing it.

    Attributes:
        instrument_id (str): Catalog instrument id.
        answers (ScoreInAnswers): Answer value per item id. Values outside 0-100 (no instrument's options go beyond it)
            are refused with 422; a value inside it that is not one of the item's options is reported in `invalid_items` and
            scored as unanswered (the missing-item policy).
        version (int | None | Unset): Latest when omitted.
        population (None | ScoreInPopulationType0 | Unset): Selects a population-specific cut-off (AUDIT-C).
    """

    instrument_id: str
    answers: ScoreInAnswers
    version: int | None | Unset = UNSET
    population: None | ScoreInPopulationType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        instrument_id = self.instrument_id

        answers = self.answers.to_dict()

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        population: None | str | Unset
        if isinstance(self.population, Unset):
            population = UNSET
        elif isinstance(self.population, ScoreInPopulationType0):
            population = self.population.value
        else:
            population = self.population

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instrument_id": instrument_id,
                "answers": answers,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if population is not UNSET:
            field_dict["population"] = population

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_in_answers import ScoreInAnswers  # noqa: PLC0415

        d = dict(src_dict)
        instrument_id = d.pop("instrument_id")

        answers = ScoreInAnswers.from_dict(d.pop("answers"))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_population(data: object) -> None | ScoreInPopulationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                population_type_0 = ScoreInPopulationType0(data)

                return population_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScoreInPopulationType0 | Unset, data)

        population = _parse_population(d.pop("population", UNSET))

        score_in = cls(
            instrument_id=instrument_id,
            answers=answers,
            version=version,
            population=population,
        )

        return score_in
