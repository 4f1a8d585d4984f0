from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.alert_action_in_action import AlertActionInAction
from ..models.alert_action_in_reason_type_0 import AlertActionInReasonType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertActionIn")


@_attrs_define
class AlertActionIn:
    """One thing done about an alert, under an id the caller chooses (a retry with the same id
    and body is answered with the stored action; another body under it is a 409).

        Attributes:
            action_id (str): The caller's id for this action, unique in the organisation.
            action (AlertActionInAction): What was done: `risk-assessment-done`, `safety-plan-made`, `safety-plan-updated`,
                `patient-contacted`, `crisis-service-referral`, `emergency-services`, or `reviewed-no-action-needed` (closes,
                with a `reason`).
            performed_at (datetime.datetime): When it was done: not before the alert was raised, not after the server's
                clock (5 minutes of skew allowed); 422 otherwise. Without a zone, UTC.
            performed_by (None | str | Unset): The staff member who did it; default the token's subject.
            close (bool | Unset): Whether this action closes the alert (no further action can be recorded and its escalation
                deadlines are cancelled). `reviewed-no-action-needed` always closes. Default: False.
            reason (AlertActionInReasonType0 | None | Unset): Why no action was needed: required with `reviewed-no-action-
                needed` and refused with any other action. `other` needs a `note`.
            note (None | str | Unset): Free text for the clinical record. Kept in measures only: never on the feed, in
                webhooks or in logs.
    """

    action_id: str
    action: AlertActionInAction
    performed_at: datetime.datetime
    performed_by: None | str | Unset = UNSET
    close: bool | Unset = False
    reason: AlertActionInReasonType0 | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        action = self.action.value

        performed_at = self.performed_at.isoformat()

        performed_by: None | str | Unset
        if isinstance(self.performed_by, Unset):
            performed_by = UNSET
        else:
            performed_by = self.performed_by

        close = self.close

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, AlertActionInReasonType0):
            reason = self.reason.value
        else:
            reason = self.reason

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action_id": action_id,
                "action": action,
                "performed_at": performed_at,
            }
        )
        if performed_by is not UNSET:
            field_dict["performed_by"] = performed_by
        if close is not UNSET:
            field_dict["close"] = close
        if reason is not UNSET:
            field_dict["reason"] = reason
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_id = d.pop("action_id")

        action = AlertActionInAction(d.pop("action"))

        performed_at = datetime.datetime.fromisoformat(d.pop("performed_at"))

        def _parse_performed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        performed_by = _parse_performed_by(d.pop("performed_by", UNSET))

        close = d.pop("close", UNSET)

        def _parse_reason(data: object) -> AlertActionInReasonType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = AlertActionInReasonType0(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertActionInReasonType0 | None | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        alert_action_in = cls(
            action_id=action_id,
            action=action,
            performed_at=performed_at,
            performed_by=performed_by,
            close=close,
            reason=reason,
            note=note,
        )

        return alert_action_in
