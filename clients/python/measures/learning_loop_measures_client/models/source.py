from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.source_evidence import SourceEvidence
from ..types import UNSET, Unset

T = TypeVar("T", bound="Source")


@_attrs_define
class Source:
    """A citation; ``evidence`` says whether its facts were checked against it or only cited.

    Attributes:
        id (str): Id other facts cite this source by, in their `sources`.
        citation (str): Bibliographic reference or document title.
        evidence (SourceEvidence): verified: checked against the source; literature: standard reference not re-checked;
            secondary: taken from implementations or mirrors; derived: follows from other cited facts; organisation: an
            org's override.
        url (None | str | Unset): Where the source can be read, if online.
        note (None | str | Unset): What the source says or how it was read.
    """

    id: str
    citation: str
    evidence: SourceEvidence
    url: None | str | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        citation = self.citation

        evidence = self.evidence.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "citation": citation,
                "evidence": evidence,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        citation = d.pop("citation")

        evidence = SourceEvidence(d.pop("evidence"))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        source = cls(
            id=id,
            citation=citation,
            evidence=evidence,
            url=url,
            note=note,
        )

        return source
