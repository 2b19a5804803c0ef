"""The stub's FastAPI application factory.

Routers are modular: each feature module exposes an ``APIRouter`` named ``router``; add it to ``ROUTERS``
(or pass ``extra_routers``). Handlers reach shared state through ``backend_stub.context.get_ctx``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp

from backend_stub import auth, generation, notifications, payments, privacy, sync, testing
from backend_stub.account_closure import router as account_closure_router
from backend_stub.context import Clock, LoginLimiter, ServiceError, StubContext
from backend_stub.db import Database
from backend_stub.faults import FaultBook, FaultMiddleware, Recorder
from backend_stub.reviews import router as reviews_router
from desktop.api import contract as c

log = logging.getLogger("backend_stub")

ROUTERS: list[APIRouter] = [
    auth.router,
    sync.router,
    privacy.router,
    generation.router,
    payments.router,
    notifications.router,
]
ROUTERS.append(account_closure_router)  # issue 7: closing an account with a grace period
ROUTERS.append(reviews_router)  # issue 5: expert reviews (engagements, NDA, code access, verdicts)
FAULTS_ENV = "CODECRAFT_STUB_FAULTS"


class StubApp(FastAPI):
    """FastAPI with the test-only fault middleware outermost, so it talks to the server directly."""

    def build_middleware_stack(self) -> ASGIApp:
        stack = super().build_middleware_stack()
        book, recorder = getattr(self.state, "faults", None), getattr(self.state, "recorder", None)
        if book is None or recorder is None:
            return stack
        return FaultMiddleware(stack, book=book, recorder=recorder)


def faults_enabled_by_env() -> bool:
    return os.environ.get(FAULTS_ENV, "") not in ("", "0", "false", "no")


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = c.ErrorBody(error=code, message=message).model_dump()
    return JSONResponse(body, status_code=status, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ServiceError)
    async def service_error(_: Request, exc: ServiceError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors()[:5]:
            where = ".".join(str(part) for part in err.get("loc", ()) if part != "body")
            problems.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg")))
        return _error(422, "invalid_request", "The request was not valid: " + "; ".join(problems))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error: %s", type(exc).__name__)
        return _error(500, "internal_error", "The service had an unexpected problem.")


def create_app(
    data_dir: Path,
    *,
    test_endpoints: bool = False,
    extra_routers: Sequence[APIRouter] = (),
    fault_seed: int | None = None,
) -> FastAPI:
    """Build the app on the SQLite database in ``data_dir``; ``test_endpoints`` adds ``/_test/...``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    clock = Clock()
    ctx = StubContext(db=Database(data_dir / "stub.sqlite3"), clock=clock, limiter=LoginLimiter(clock))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        ctx.db.close()

    app = StubApp(title="CodeCraft service (local stub)", version=c.API_VERSION, lifespan=lifespan)
    app.state.ctx = ctx
    for router in [*ROUTERS, *extra_routers]:
        app.include_router(router)
    _install_error_handlers(app)
    if test_endpoints:
        app.state.faults = FaultBook(seed=fault_seed)
        app.state.recorder = Recorder()
        app.include_router(testing.router)
    return app
