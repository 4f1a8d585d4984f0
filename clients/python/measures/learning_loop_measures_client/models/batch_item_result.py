from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_item_result_problem_type_0 import BatchItemResultProblemType0
    from ..models.score_out import ScoreOut


T = TypeVar("T", bound="BatchItemResult")


@_attrs_define
class BatchItemResult:
    """
    Attributes:
        index (int): Position in the request.
        status (int): 200, or the problem's status.
        score (None | ScoreOut | Unset): The score, when `status` is 200.
        problem (BatchItemResultProblemType0 | None | Unset): Problem details (`title`, `status`, `detail` or `errors`)
            for a refused item.
    """

    index: int
    status: int
    score: None | ScoreOut | Unset = UNSET
    problem: BatchItemResultProblemType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_item_result_problem_type_0 import BatchItemResultProblemType0  # noqa: PLC0415
        from ..models.score_out import ScoreOut  # noqa: PLC0415

        index = self.index

        status = self.status

        score: dict[str, Any] | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        elif isinstance(self.score, ScoreOut):
            score = self.score.to_dict()
        else:
            score = self.score

        problem: dict[str, Any] | None | Unset
        if isinstance(self.problem, Unset):
            problem = UNSET
        elif isinstance(self.problem, BatchItemResultProblemType0):
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
        if score is not UNSET:
            field_dict["score"] = score
        if problem is not UNSET:
            field_dict["problem"] = problem

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_item_result_problem_type_0 import BatchItemResultProblemType0  # noqa: PLC0415
        from ..models.score_out import ScoreOut  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        status = d.pop("status")

        def _parse_score(data: object) -> None | ScoreOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_type_0 = ScoreOut.from_dict(data)

                return score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScoreOut | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_problem(data: object) -> BatchItemResultProblemType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                problem_type_0 = BatchItemResultProblemType0.from_dict(data)

                return problem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchItemResultProblemType0 | None | Unset, data)

        problem = _parse_problem(d.pop("problem", UNSET))

        batch_item_result = cls(
            index=index,
            status=status,
            score=score,
            problem=problem,
        )

        batch_item_result.additional_properties = d
        return batch_item_result

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
