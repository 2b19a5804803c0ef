"""Test-only generation and billing endpoints (404 unless the stub runs with test endpoints): the generator's
failure modes, holding the queue, finishing an expert review, granting credits, and posting service notices."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from fastapi import APIRouter, Depends, Request, Response

from backend_stub import accounts, credits, notifications
from backend_stub.auth import Ctx
from backend_stub.context import ServiceError
from backend_stub.privacy_testing import _test_mode
from desktop.api import contract as c

if TYPE_CHECKING:
    from backend_stub.jobs import JobRunner

router = APIRouter(tags=["test-only"], include_in_schema=False, dependencies=[Depends(_test_mode)])


def _runner(request: Request) -> JobRunner:
    runner: JobRunner = request.app.state.jobs
    return runner


@router.post(c.TEST_GENERATION + "/mode", status_code=204)
def set_mode(req: c.GeneratorModeSet, request: Request) -> Response:
    _runner(request).mode = req.mode
    return Response(status_code=204)


@router.post(c.TEST_GENERATION + "/pause", status_code=204)
def pause(request: Request) -> Response:
    _runner(request).paused = True
    return Response(status_code=204)


@router.post(c.TEST_GENERATION + "/resume", status_code=204)
def resume(request: Request) -> Response:
    runner = _runner(request)
    runner.paused = False
    runner.wake()
    return Response(status_code=204)


@router.post(c.TEST_GENERATION + "/jobs/{job_id}/review", status_code=204)
def finish_review(job_id: int, request: Request) -> Response:
    _runner(request).complete_review(job_id)
    return Response(status_code=204)


def _user_id(conn: sqlite3.Connection, username: str) -> int:
    row = accounts.find_user(conn, username)
    if row is None:
        raise ServiceError(404, "not_found", f"No account called {username}.")
    return int(row["id"])


@router.post(c.TEST_BILLING_GRANT, status_code=204)
def grant(req: c.CreditGrant, ctx: Ctx) -> Response:
    with ctx.db.transaction() as conn:
        credits.add(ctx, conn, _user_id(conn, req.username), req.credits, "test grant")
    return Response(status_code=204)


@router.post(c.TEST_SERVICE_NOTICE, status_code=204)
def service_notice(req: c.ServiceNoticeCreate, ctx: Ctx) -> Response:
    with ctx.db.transaction() as conn:
        if req.usernames is None:
            ids = [int(r["id"]) for r in conn.execute("SELECT id FROM users").fetchall()]
        else:
            ids = [_user_id(conn, name) for name in req.usernames]
        for user_id in ids:
            notifications.post(ctx, conn, user_id, "service", req.title, req.body)
    return Response(status_code=204)
