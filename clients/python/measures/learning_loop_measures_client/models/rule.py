from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.rule_if_undecided import RuleIfUndecided
from ..models.rule_kind import RuleKind
from ..models.rule_severity import RuleSeverity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alternative import Alternative
    from ..models.condition import Condition


T = TypeVar("T", bound="Rule")


@_attrs_define
class Rule:
    """A named condition: ``critical`` rules raise alerts, ``indicator`` rules annotate.

    Attributes:
        sources (list[str]): Ids of the instrument's `sources` this fact comes from.
        id (str): Rule id, named by alerts it raises.
        kind (RuleKind): `critical` raises an alert; `indicator` only annotates the score.
        label (str): What the rule detects.
        when (Condition): A boolean test on answer values: one item, a count of items, or any/all of conditions.
        note (None | str | Unset): Remarks on the fact: discrepancies between sources, caveats.
        alternatives (list[Alternative] | Unset): Values other sources give for the same fact.
        severity (RuleSeverity | Unset): How soon a clinician should act. Default: RuleSeverity.INFO.
        action (None | str | Unset): What the clinician should do when it fires.
        if_undecided (RuleIfUndecided | Unset): What a `critical` rule does when unanswered items leave it undecided (it
            does not hold on the answers given, but answers to the missing items could make it hold): `unanswered_alert`
            lists it under `critical_unanswered` and raises the assessment's one `critical_item_unanswered` alert; `raise`
            raises this rule's own alert as if it held, with the missing items as evidence (the C-SSRS high-risk criteria).
            An unknown answer never reads as no. Default: RuleIfUndecided.UNANSWERED_ALERT.
    """

    sources: list[str]
    id: str
    kind: RuleKind
    label: str
    when: Condition
    note: None | str | Unset = UNSET
    alternatives: list[Alternative] | Unset = UNSET
    severity: RuleSeverity | Unset = RuleSeverity.INFO
    action: None | str | Unset = UNSET
    if_undecided: RuleIfUndecided | Unset = RuleIfUndecided.UNANSWERED_ALERT

    def to_dict(self) -> dict[str, Any]:
        sources = self.sources

        id = self.id

        kind = self.kind.value

        label = self.label

        when = self.when.to_dict()

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

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        if_undecided: str | Unset = UNSET
        if not isinstance(self.if_undecided, Unset):
            if_undecided = self.if_undecided.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sources": sources,
                "id": id,
                "kind": kind,
                "label": label,
                "when": when,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives
        if severity is not UNSET:
            field_dict["severity"] = severity
        if action is not UNSET:
            field_dict["action"] = action
        if if_undecided is not UNSET:
            field_dict["if_undecided"] = if_undecided

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alternative import Alternative  # noqa: PLC0415
        from ..models.condition import Condition  # noqa: PLC0415

        d = dict(src_dict)
        sources = cast(list[str], d.pop("sources"))

        id = d.pop("id")

        kind = RuleKind(d.pop("kind"))

        label = d.pop("label")

        when = Condition.from_dict(d.pop("when"))

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

        _severity = d.pop("severity", UNSET)
        severity: RuleSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = RuleSeverity(_severity)

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        _if_undecided = d.pop("if_undecided", UNSET)
        if_undecided: RuleIfUndecided | Unset
        if isinstance(_if_undecided, Unset):
            if_undecided = UNSET
        else:
            if_undecided = RuleIfUndecided(_if_undecided)

        rule = cls(
            sources=sources,
            id=id,
            kind=kind,
            label=label,
            when=when,
            note=note,
            alternatives=alternatives,
            severity=severity,
            action=action,
            if_undecided=if_undecided,
        )

        return rule
