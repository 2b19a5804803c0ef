"""Test-only privacy endpoints under ``/_test/privacy``; they answer 404 unless the stub runs with test endpoints.

They stand in for the service's back office: processing rights requests, announcing policy versions and
security notices, recording project deliveries, running the retention sweep, and reading the analytics log.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from backend_stub import privacy_policy, privacy_rights, retention
from backend_stub.auth import Ctx
from backend_stub.context import ServiceError
from desktop.api import contract as c


def _test_mode(request: Request) -> None:
    if getattr(request.app.state, "recorder", None) is None:  # set only by create_app(test_endpoints=True)
        raise ServiceError(404, "not_found", "Not Found")


router = APIRouter(tags=["test-only"], include_in_schema=False, dependencies=[Depends(_test_mode)])


@router.post(c.TEST_PRIVACY_ADVANCE)
def advance_request(request_id: int, req: c.RightsRequestAdvance, ctx: Ctx) -> c.RightsRequest:
    with ctx.db.transaction() as conn:
        return privacy_rights.advance(ctx, conn, request_id, req.status, req.note)


@router.post(c.TEST_POLICY_VERSIONS, status_code=201)
def announce_policy(req: c.PolicyAnnouncement, ctx: Ctx) -> c.PolicyVersion:
    with ctx.db.transaction() as conn:
        return privacy_policy.announce(ctx, conn, req)


@router.post(c.TEST_SECURITY_NOTICES, status_code=201)
def announce_notice(req: c.SecurityNoticeCreate, ctx: Ctx) -> dict[str, int]:
    with ctx.db.transaction() as conn:
        return {"id": privacy_policy.announce_notice(ctx, conn, req)}


@router.post(c.TEST_DELIVERIES)
def record_delivery(req: c.DeliveryRecord, ctx: Ctx) -> c.DeliveryRecord:
    with ctx.db.transaction() as conn:
        delivered = retention.record_delivery(ctx, conn, req.project_uid, req.delivered_at)
    return c.DeliveryRecord(project_uid=req.project_uid, delivered_at=delivered)


@router.post(c.TEST_RETENTION_SWEEP)
def run_sweep(ctx: Ctx) -> c.SweepReport:
    return retention.sweep(ctx)


@router.get(c.TEST_ANALYTICS_LOG)
def analytics_log(ctx: Ctx, user_id: int | None = None) -> c.AnalyticsLog:
    with ctx.db.transaction() as conn:
        rows = conn.execute(
            "SELECT user_id, received_at, received, accepted, reason FROM analytics_log "
            "WHERE ? IS NULL OR user_id = ? ORDER BY id",
            (user_id, user_id),
        ).fetchall()
    return c.AnalyticsLog(entries=[c.AnalyticsLogEntry.model_validate(dict(row)) for row in rows])
