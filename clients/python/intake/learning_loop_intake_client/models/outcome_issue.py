from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_issue_severity import OutcomeIssueSeverity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.outcome_details import OutcomeDetails
    from ..models.pointer_extension import PointerExtension


T = TypeVar("T", bound="OutcomeIssue")


@_attrs_define
class OutcomeIssue:
    """One issue of an OperationOutcome.

    Attributes:
        severity (OutcomeIssueSeverity): `fatal` for a server error (5xx), `error` otherwise.
        code (str): FHIR issue type, from the status: 400 and 422 `invalid` (a missing field `required`), 401 `login`,
            403 `forbidden`, 404 `not-found`, 409 `conflict`, 413 `too-costly`, 415 `not-supported`, 429 `throttled`, 503
            `transient`, other 5xx `exception`.
        details (None | OutcomeDetails | Unset): The problem type (first issue only).
        diagnostics (None | str | Unset): What went wrong: the problem's detail, or one field's error.
        extension (list[PointerExtension] | None | Unset): For a field's issue: the field, as a JSON Pointer.
    """

    severity: OutcomeIssueSeverity
    code: str
    details: None | OutcomeDetails | Unset = UNSET
    diagnostics: None | str | Unset = UNSET
    extension: list[PointerExtension] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.outcome_details import OutcomeDetails  # noqa: PLC0415

        severity = self.severity.value

        code = self.code

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, OutcomeDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        diagnostics: None | str | Unset
        if isinstance(self.diagnostics, Unset):
            diagnostics = UNSET
        else:
            diagnostics = self.diagnostics

        extension: list[dict[str, Any]] | None | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        elif isinstance(self.extension, list):
            extension = []
            for extension_type_0_item_data in self.extension:
                extension_type_0_item = extension_type_0_item_data.to_dict()
                extension.append(extension_type_0_item)

        else:
            extension = self.extension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "severity": severity,
                "code": code,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if diagnostics is not UNSET:
            field_dict["diagnostics"] = diagnostics
        if extension is not UNSET:
            field_dict["extension"] = extension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcome_details import OutcomeDetails  # noqa: PLC0415
        from ..models.pointer_extension import PointerExtension  # noqa: PLC0415

        d = dict(src_dict)
        severity = OutcomeIssueSeverity(d.pop("severity"))

        code = d.pop("code")

        def _parse_details(data: object) -> None | OutcomeDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = OutcomeDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutcomeDetails | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_diagnostics(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        diagnostics = _parse_diagnostics(d.pop("diagnostics", UNSET))

        def _parse_extension(data: object) -> list[PointerExtension] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extension_type_0 = []
                _extension_type_0 = data
                for extension_type_0_item_data in _extension_type_0:
                    extension_type_0_item = PointerExtension.from_dict(extension_type_0_item_data)

                    extension_type_0.append(extension_type_0_item)

                return extension_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PointerExtension] | None | Unset, data)

        extension = _parse_extension(d.pop("extension", UNSET))

        outcome_issue = cls(
            severity=severity,
            code=code,
            details=details,
            diagnostics=diagnostics,
            extension=extension,
        )

        outcome_issue.additional_properties = d
        return outcome_issue

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
