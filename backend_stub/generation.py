"""Generation endpoints: quote, order, list, follow (long-polled events), cancel, fetch a delivery, ownership.

The job worker (``backend_stub.jobs.JobRunner``) starts and stops with the app (this router's lifespan).
"""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from backend_stub import credits, generation_testing
from backend_stub.auth import ClientAuth, Ctx
from backend_stub.context import ServiceError
from backend_stub.jobs import JobRunner, load, row_to_job
from desktop.api import contract as c


@asynccontextmanager
async def lifespan(app: Any) -> AsyncIterator[None]:
    runner = JobRunner(app.state.ctx)
    app.state.jobs = runner
    runner.start()
    try:
        yield
    finally:
        runner.stop()


def get_runner(request: Request) -> JobRunner:
    runner: JobRunner | None = getattr(request.app.state, "jobs", None)
    if runner is None:
        raise ServiceError(503, "starting", "The generation service is starting; try again in a moment.")
    return runner


Runner = Annotated[JobRunner, Depends(get_runner)]
router = APIRouter(tags=["generation"], lifespan=lifespan)
router.include_router(generation_testing.router)


@router.post(c.JOBS_QUOTE)
def quote(req: c.JobQuoteRequest, principal: ClientAuth, ctx: Ctx, runner: Runner) -> c.JobQuote:
    with ctx.db.transaction() as conn:
        project = conn.execute(
            "SELECT data FROM projects WHERE uid = ? AND owner_id = ? AND deleted = 0",
            (req.project_uid, principal.user_id),
        ).fetchone()
        if project is None:
            raise ServiceError(404, c.ERR_NOT_SYNCED, "CodeCraft does not have this project yet: sync it first.")
        balance = credits.balance(conn, principal.user_id)
    data = c.ProjectData.model_validate_json(project["data"])
    from backend_stub.generator import ProjectSpec

    spec = ProjectSpec(data.name, data.description, data.stack, data.language, data.specifications)
    generation, review = credits.cost(req.expert_review)
    total = generation + review
    return c.JobQuote(
        project_uid=req.project_uid,
        stack=runner.generator.stack_for(spec),
        generation_credits=generation,
        review_credits=review,
        total_credits=total,
        balance=balance,
        missing=max(0, total - balance),
    )


@router.post(c.JOBS, status_code=201)
def order(req: c.JobCreate, principal: ClientAuth, runner: Runner) -> c.Job:
    return runner.create(principal.user_id, req)


@router.get(c.JOBS)
def list_jobs(principal: ClientAuth, ctx: Ctx, runner: Runner) -> c.JobList:
    runner.complete_due_reviews()
    with ctx.db.transaction() as conn:
        rows = conn.execute("SELECT * FROM jobs WHERE user_id = ? ORDER BY id DESC", (principal.user_id,)).fetchall()
    return c.JobList(jobs=[row_to_job(row) for row in rows])


@router.get(c.JOBS + "/{job_id}")
def get_job(job_id: int, principal: ClientAuth, runner: Runner) -> c.Job:
    return runner.events(principal.user_id, job_id, after=1 << 62).job


@router.get(c.JOBS + "/{job_id}/events")
def job_events(
    job_id: int,
    principal: ClientAuth,
    runner: Runner,
    after: Annotated[int, Query(ge=0)] = 0,
    wait: Annotated[float, Query(ge=0, le=c.MAX_EVENTS_WAIT_SECONDS)] = 0,
) -> c.JobEvents:
    """Events after ``after``; with ``wait`` the answer waits (long polling) until there is one or time is up."""
    return runner.wait_events(principal.user_id, job_id, after, wait, time.monotonic)


@router.post(c.JOBS + "/{job_id}/cancel")
def cancel(job_id: int, principal: ClientAuth, runner: Runner) -> c.Job:
    return runner.cancel(principal.user_id, job_id)


@router.get(c.JOBS + "/{job_id}/delivery")
def delivery(job_id: int, principal: ClientAuth, ctx: Ctx) -> c.Delivery:
    with ctx.db.transaction() as conn:
        row = load(conn, job_id, principal.user_id)
        if row["status"] != "delivered":
            raise ServiceError(409, "not_delivered", "This job has not been delivered yet.")
        files = conn.execute("SELECT path, content FROM job_files WHERE job_id = ? ORDER BY path", (job_id,)).fetchall()
    return c.Delivery(
        job_id=job_id,
        project_uid=row["project_uid"],
        delivered_at=row["delivered_at"],
        paid_at=row["paid_at"],
        files=[
            c.DeliveredFile(
                path=f["path"],
                content_b64=base64.b64encode(f["content"]).decode(),
                sha256=hashlib.sha256(f["content"]).hexdigest(),
            )
            for f in files
        ],
    )


def ownership_statement(paid_at: str | None) -> str:
    if paid_at is None:
        return "Payment for this delivery has not completed yet; the code becomes yours once it has."
    return f"Paid on {paid_at[:10]}: this code, and every right in it, now belongs to you alone (policy §4.1)."


@router.get(c.DELIVERIES)
def deliveries(principal: ClientAuth, ctx: Ctx) -> c.DeliveryList:
    with ctx.db.transaction() as conn:
        rows = conn.execute(
            "SELECT id, project_uid, project_name, delivered_at, paid_at FROM jobs "
            "WHERE user_id = ? AND status = 'delivered' ORDER BY id DESC",
            (principal.user_id,),
        ).fetchall()
    return c.DeliveryList(
        deliveries=[
            c.DeliveryOwnership(
                job_id=row["id"],
                project_uid=row["project_uid"],
                project_name=row["project_name"],
                delivered_at=row["delivered_at"],
                paid_at=row["paid_at"],
                owner="client" if row["paid_at"] else "codecraft",
                statement=ownership_statement(row["paid_at"]),
            )
            for row in rows
        ]
    )
