"""Dependencies shared by measures' routers: who may read and who may write, the ids in paths,
the webhook a path names (loaded for the caller's org, or a 404), and the app's clock."""

from collections.abc import Callable
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Path, Request

from services.measures.models import webhook_tables
from shared import webhooks
from shared.auth import Caller, require_scopes
from shared.problems import NotFound
from shared.sessions import SessionDep

Writer = Annotated[Caller, Depends(require_scopes("measures:write"))]
Reader = Annotated[Caller, Depends(require_scopes("measures:read"))]

AlertId = Annotated[str, Path(min_length=1, max_length=36, description="The alert id.")]
AssessmentId = Annotated[str, Path(min_length=1, max_length=64, description="The assessment id.")]
InstrumentId = Annotated[
    str,
    Path(min_length=1, max_length=64, description="Catalog id, e.g. `phq9`.", examples=["phq9"]),
]
WebhookId = Annotated[str, Path(min_length=1, max_length=36, description="The webhook id.")]


def _found(session: SessionDep, org: str, webhook_id: str) -> webhooks.Endpoint:
    row = webhooks.find(session, webhook_tables, org, webhook_id)
    if row is None:
        raise NotFound("No webhook with this id.")  # also for another org's id
    return row


def _readable(webhook_id: WebhookId, caller: Reader, session: SessionDep) -> webhooks.Endpoint:
    return _found(session, caller.org, webhook_id)


def _writable(webhook_id: WebhookId, caller: Writer, session: SessionDep) -> webhooks.Endpoint:
    return _found(session, caller.org, webhook_id)


ReadableWebhook = Annotated[webhooks.Endpoint, Depends(_readable)]
WritableWebhook = Annotated[webhooks.Endpoint, Depends(_writable)]


def _clock(request: Request) -> Callable[[], datetime]:
    clock: Callable[[], datetime] = request.app.state.clock
    return clock


Clock = Annotated[Callable[[], datetime], Depends(_clock)]
"""The app's clock (``create_app(clock=...)``): what alert actions, acknowledgements and
escalations take as now, so a test can move time instead of waiting for it."""
