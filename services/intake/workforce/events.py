"""The feed events workforce changes publish: ``staff.upserted`` and ``establishment.upserted``.

Both are about staff and teams, never patients: nothing is redacted. A staff event's subject is
the record, an establishment's the team and day, so each row's versions stay in order.
"""

from __future__ import annotations

from services.intake.schemas.establishments import EstablishmentIn
from services.intake.schemas.staff import StaffIn
from shared.events import EstablishmentUpserted, StaffUpserted
from shared.feed import NewEvent

__all__ = ["establishment_event", "staff_event"]


def staff_event(org: str, staff_id: str, staff: StaffIn) -> NewEvent:
    """The event for ``staff``, built and validated as the feed contract's model."""
    data = StaffUpserted(
        staff_id=staff_id,
        team_id=staff.team_id,
        site_id=staff.site_id,
        role=staff.role.value,
        fte=staff.fte,
        started_on=staff.started_on,
        ended_on=staff.ended_on,
        leaving_reason=None if staff.leaving_reason is None else staff.leaving_reason.value,
        entered_in_error=staff.entered_in_error,
    )
    return NewEvent.of(org, f"staff/{staff_id}", data)


def establishment_event(org: str, team_id: str, establishment: EstablishmentIn) -> NewEvent:
    """The event for one establishment row."""
    data = EstablishmentUpserted(
        team_id=team_id,
        site_id=establishment.site_id,
        effective_from=establishment.effective_from,
        funded_fte=establishment.funded_fte,
    )
    day = establishment.effective_from.isoformat()
    return NewEvent.of(org, f"establishments/{team_id}/{day}", data)
