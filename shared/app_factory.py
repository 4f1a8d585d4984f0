"""The one place a service's FastAPI app is assembled.

It is a factory rather than a module-level app so that tests and the launcher can build an app
from explicit settings (another database, another secret) without touching the environment.
The engine and the authenticator are created in the lifespan, not at import.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI
from sqlalchemy import Table

from shared import health
from shared.admission import AdmissionMiddleware, admission_gate
from shared.auth import Authenticator
from shared.body_guard import BodyGuardMiddleware
from shared.db import make_engine
from shared.feed_cursor import CursorCodec, cursor_key
from shared.fhir_outcome import document_fhir_outcomes
from shared.idempotency import IdempotencyMiddleware
from shared.logging import AccessLogMiddleware, configure_logging
from shared.migrations import script_heads
from shared.observability import install_prometheus
from shared.openapi import build_openapi, document_headers, operation_id
from shared.problems import CatchAllMiddleware, install_problem_handlers, problem_responses
from shared.rate_limit import (
    RateLimiter,
    RateLimitMiddleware,
    RateLimitSettings,
    document_rate_limits,
)
from shared.request_id import RequestIdMiddleware
from shared.settings import ServiceSettings
from shared.threads import configure_worker_threads

Hook = Callable[[FastAPI], AbstractAsyncContextManager[None]]

CONTACT = {"name": "Learning Loop maintainers", "url": "https://github.com/learning-loop"}
LICENSE = {"name": "Apache-2.0", "identifier": "Apache-2.0"}
COMMON_ERRORS = problem_responses(401, 403, 500, 503)


_frozen = False


def _freeze_startup_objects() -> None:
    """Move what exists once the first app has started (modules, routes, schemas, settings)
    into the collector's permanent generation, once per process.

    They live as long as the process anyway; left in the tracked generations, every full
    collection walks all of them, and a request that allocates a lot (a batch of thousands of
    items) triggers such collections: pauses of about 100 ms on a 2-core machine.
    """
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()


def create_service_app(
    *,
    settings: ServiceSettings,
    title: str,
    description: str,
    version: str,
    tags: list[dict[str, Any]],
    routers: Sequence[APIRouter],
    migrations_dir: Path,
    idempotency_table: Table,
    hooks: Sequence[Hook] = (),
) -> FastAPI:
    """Assemble a service: middleware, problem handlers, health, metrics and its routers.

    ``hooks`` are async context managers entered after the engine exists (background consumers,
    webhook deliverers) and left before it is disposed.
    """
    configure_logging(settings.service_name, settings.log_level, log_format=settings.log_format)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Disposed by this name, not through app.state: should the app be started twice (a
        # test harness entering the lifespan again), each life closes its own pool's connections.
        engine = make_engine(settings.database_url, echo=settings.sql_echo)
        app.state.engine = engine
        app.state.commit_limiter = configure_worker_threads()
        app.state.admission = admission_gate(settings.max_active_requests)
        try:
            async with AsyncExitStack() as stack:
                if isinstance(settings, RateLimitSettings):
                    limiter = RateLimiter(settings, settings.service_name)
                    stack.push_async_callback(limiter.aclose)
                    app.state.rate_limiter = limiter
                for hook in hooks:
                    await stack.enter_async_context(hook(app))
                _freeze_startup_objects()
                yield
        finally:
            engine.dispose()

    app = FastAPI(
        title=title,
        description=description,
        version=version,
        contact=CONTACT,
        license_info=LICENSE,
        openapi_tags=[*tags, {"name": "health", "description": "Liveness and readiness probes."}],
        generate_unique_id_function=operation_id,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.authenticator = Authenticator(settings)
    app.state.feed_cursors = CursorCodec(cursor_key(settings.cursor_secret))
    app.state.idempotency_table = idempotency_table
    app.state.migration_heads = script_heads(migrations_dir)

    install_problem_handlers(app)
    app.include_router(health.router)
    for router in routers:
        app.include_router(router, responses=COMMON_ERRORS)
    install_prometheus(app)

    # Added innermost first: the request id wraps everything, so even a 500 carries it.
    app.add_middleware(IdempotencyMiddleware)
    app.add_middleware(BodyGuardMiddleware, max_body_bytes=settings.max_body_bytes)
    # A request's body is read once it is admitted; until then it waits without a thread.
    app.add_middleware(AdmissionMiddleware, wait_seconds=settings.admission_wait_seconds)
    # Outside the body guard and admission: a client over its limit is refused at once.
    app.add_middleware(RateLimitMiddleware)
    app.add_middleware(CatchAllMiddleware)
    app.add_middleware(AccessLogMiddleware)
    app.add_middleware(RequestIdMiddleware)

    app.openapi = lambda: document_fhir_outcomes(  # type: ignore[method-assign]
        document_headers(
            document_rate_limits(build_openapi(app, token_url=settings.oauth_token_url))
        )
    )
    return app
