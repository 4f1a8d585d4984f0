from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.peer_out import PeerOut


T = TypeVar("T", bound="MemberParticipationOut")


@_attrs_define
class MemberParticipationOut:
    """One member's part in the month.

    Attributes:
        peer (PeerOut): An organization as you may see it.
        you (bool): Whether it is your organization.
        data_submitted (bool): Whether it sent any data about the month (yes or no: a count could tell how few patients
            were seen).
        sessions_attended (int): Learning sessions of the month it attended.
        active_projects (int): Its improvement projects shared with the collaborative active in the month.
        cycles_completed (int): PDSA cycles it completed in the month.
    """

    peer: PeerOut
    you: bool
    data_submitted: bool
    sessions_attended: int
    active_projects: int
    cycles_completed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        peer = self.peer.to_dict()

        you = self.you

        data_submitted = self.data_submitted

        sessions_attended = self.sessions_attended

        active_projects = self.active_projects

        cycles_completed = self.cycles_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "peer": peer,
                "you": you,
                "data_submitted": data_submitted,
                "sessions_attended": sessions_attended,
                "active_projects": active_projects,
                "cycles_completed": cycles_completed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.peer_out import PeerOut  # noqa: PLC0415

        d = dict(src_dict)
        peer = PeerOut.from_dict(d.pop("peer"))

        you = d.pop("you")

        data_submitted = d.pop("data_submitted")

        sessions_attended = d.pop("sessions_attended")

        active_projects = d.pop("active_projects")

        cycles_completed = d.pop("cycles_completed")

        member_participation_out = cls(
            peer=peer,
            you=you,
            data_submitted=data_submitted,
            sessions_attended=sessions_attended,
            active_projects=active_projects,
            cycles_completed=cycles_completed,
        )

        member_participation_out.additional_properties = d
        return member_participation_out

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
