"""Expert review endpoints (issue 5): the expert's queue, the NDA, the code (only after the NDA), the submission
that delivers the job; the client's reviews of its deliveries, with replies and resolve.

Roles: an expert reaches only the engagements assigned to it (403 otherwise); a client only the reviews of its
own jobs (404 otherwise, so another client's review is not even confirmed to exist). Every call first applies
the service clock (due reviews expire). Access to code is recorded in ``review_code_access``.
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3

from fastapi import APIRouter, Depends, Response

from backend_stub import review_store
from backend_stub.auth import Auth, ClientAuth, Ctx, ExpertAuth
from backend_stub.context import ServiceError
from backend_stub.generation import Runner
from backend_stub.jobs import load as load_job
from backend_stub.privacy_testing import _test_mode
from desktop.api import contract as c

router = APIRouter(tags=["reviews"])
testing_router = APIRouter(tags=["test-only"], include_in_schema=False, dependencies=[Depends(_test_mode)])


def _files(rows: list[sqlite3.Row]) -> list[c.DeliveredFile]:
    return [
        c.DeliveredFile(
            path=r["path"],
            content_b64=base64.b64encode(r["content"]).decode(),
            sha256=hashlib.sha256(r["content"]).hexdigest(),
        )
        for r in rows
    ]


# ----- expert ---------------------------------------------------------------------------------------------


@router.get(c.REVIEWS_QUEUE)
def queue(principal: ExpertAuth, ctx: Ctx, runner: Runner) -> c.ReviewQueue:
    runner.complete_due_reviews()
    with ctx.db.transaction() as conn:
        ids = conn.execute(
            "SELECT id FROM review_engagements WHERE expert_id = ? AND status = 'assigned' ORDER BY due_at, id",
            (principal.user_id,),
        ).fetchall()
        rows = [review_store.load(conn, r[0], principal.user_id, "expert") for r in ids]
        return c.ReviewQueue(engagements=[review_store.assignment(conn, row) for row in rows])


@router.get(c.REVIEWS + "/{engagement_id}/nda")
def get_nda(engagement_id: int, principal: ExpertAuth, ctx: Ctx, runner: Runner) -> c.NdaText:
    runner.complete_due_reviews()
    with ctx.db.transaction() as conn:
        row = review_store.load(conn, engagement_id, principal.user_id, "expert")
        review_store.require_open(row)
        return review_store.nda(row)


@router.post(c.REVIEWS + "/{engagement_id}/nda")
def accept_nda(
    engagement_id: int, req: c.NdaAccept, principal: ExpertAuth, ctx: Ctx, runner: Runner
) -> c.ReviewAssignment:
    runner.complete_due_reviews()
    with ctx.db.transaction() as conn:
        row = review_store.load(conn, engagement_id, principal.user_id, "expert")
        review_store.accept_nda(ctx, conn, row, req.version)
        return review_store.assignment(conn, review_store.load(conn, engagement_id, principal.user_id, "expert"))


@router.get(c.REVIEWS + "/{engagement_id}/code")
def code(engagement_id: int, principal: ExpertAuth, ctx: Ctx, runner: Runner) -> c.EngagementCode:
    """The code, only for the assigned expert, only after the NDA, only while the engagement is open."""
    runner.complete_due_reviews()
    with ctx.db.transaction() as conn:
        row = review_store.load(conn, engagement_id, principal.user_id, "expert")
        review_store.require_nda(row)
        base = conn.execute(
            "SELECT path, content FROM review_base_files WHERE engagement_id = ? ORDER BY path", (engagement_id,)
        ).fetchall()
        delivered = conn.execute(
            "SELECT path, content FROM job_files WHERE job_id = ? ORDER BY path", (row["job_id"],)
        ).fetchall()
        review_store.record_access(ctx, conn, row, len(base) + len(delivered))
    return c.EngagementCode(engagement_id=engagement_id, base=_files(base), delivered=_files(delivered))


@router.post(c.REVIEWS + "/{engagement_id}/submit")
def submit(engagement_id: int, req: c.ReviewSubmit, principal: ExpertAuth, ctx: Ctx, runner: Runner) -> c.Review:
    """The verdict, comments and suggestions: the engagement ends and the job is delivered with its review."""
    runner.complete_due_reviews()
    with ctx.db.transaction() as conn:
        row = review_store.load(conn, engagement_id, principal.user_id, "expert")
        review_store.require_nda(row)
        job = load_job(conn, row["job_id"])
        review_store.save_submission(ctx, conn, row, req)
        runner.deliver_reviewed(conn, job)
        result = review_store.review(conn, review_store.load(conn, engagement_id, principal.user_id, "expert"))
    runner.wake()
    return result


@router.post(c.REVIEWS + "/{engagement_id}/decline", status_code=204)
def decline(engagement_id: int, principal: ExpertAuth, ctx: Ctx, runner: Runner) -> Response:
    """The expert gives the engagement back: access ends and the job goes to another expert."""
    runner.complete_due_reviews()
    with ctx.db.transaction() as conn:
        row = review_store.load(conn, engagement_id, principal.user_id, "expert")
        review_store.require_open(row)
        review_store.reassign(ctx, conn, row)
    return Response(status_code=204)


# ----- client (and the assigned expert) -------------------------------------------------------------------


@router.get(c.REVIEWS)
def list_reviews(principal: ClientAuth, ctx: Ctx, runner: Runner) -> c.ReviewList:
    runner.complete_due_reviews()
    with ctx.db.transaction() as conn:
        rows = conn.execute(
            "SELECT e.*, j.project_uid, j.project_name, "
            "(SELECT count(*) FROM review_threads t WHERE t.engagement_id = e.id) AS threads, "
            "(SELECT count(*) FROM review_threads t WHERE t.engagement_id = e.id AND t.suggestion IS NOT NULL) "
            "AS suggestions FROM review_engagements e JOIN jobs j ON j.id = e.job_id "
            "WHERE e.client_id = ? AND e.status != 'unassigned' ORDER BY e.id DESC",
            (principal.user_id,),
        ).fetchall()
    return c.ReviewList(
        reviews=[
            c.ReviewSummary(
                id=r["id"],
                job_id=r["job_id"],
                project_uid=r["project_uid"],
                project_title=r["project_name"],
                status=r["status"],
                verdict=r["verdict"],
                submitted_at=r["submitted_at"],
                thread_count=r["threads"],
                suggestion_count=r["suggestions"],
            )
            for r in rows
        ]
    )


@router.get(c.REVIEWS + "/{engagement_id}")
def get_review(engagement_id: int, principal: Auth, ctx: Ctx, runner: Runner) -> c.Review:
    runner.complete_due_reviews()
    with ctx.db.transaction() as conn:
        row = review_store.load(conn, engagement_id, principal.user_id, principal.role)
        if principal.role == "expert":
            review_store.require_open(row)
        return review_store.review(conn, row)


@router.get(c.JOBS + "/{job_id}/review")
def job_review(job_id: int, principal: ClientAuth, ctx: Ctx, runner: Runner) -> c.Review:
    """The review of one of the client's jobs (its latest engagement that was not taken off an expert)."""
    runner.complete_due_reviews()
    with ctx.db.transaction() as conn:
        load_job(conn, job_id, principal.user_id)
        found = conn.execute(
            "SELECT id FROM review_engagements WHERE job_id = ? ORDER BY status = 'unassigned', id DESC LIMIT 1",
            (job_id,),
        ).fetchone()
        if found is None:
            raise ServiceError(404, "not_found", "This job has no expert review.")
        return review_store.review(conn, review_store.load(conn, found[0], principal.user_id, "client"))


def _thread_owner(conn: sqlite3.Connection, engagement_id: int, principal: Auth) -> sqlite3.Row:
    row = review_store.load(conn, engagement_id, principal.user_id, principal.role)
    if principal.role == "expert":
        review_store.require_open(row)
    return row


@router.post(c.REVIEWS + "/{engagement_id}/threads/{thread_id}/replies")
def reply(engagement_id: int, thread_id: int, req: c.CommentIn, principal: Auth, ctx: Ctx) -> c.ReviewThread:
    with ctx.db.transaction() as conn:
        row = _thread_owner(conn, engagement_id, principal)
        review_store.thread_row(conn, engagement_id, thread_id)
        review_store.add_comment(ctx, conn, thread_id, principal.user_id, req.body)
        return next(t for t in review_store.threads(conn, row["id"]) if t.id == thread_id)


@router.post(c.REVIEWS + "/{engagement_id}/threads/{thread_id}/resolve")
def resolve(engagement_id: int, thread_id: int, req: c.ResolveThread, principal: Auth, ctx: Ctx) -> c.ReviewThread:
    with ctx.db.transaction() as conn:
        row = _thread_owner(conn, engagement_id, principal)
        review_store.thread_row(conn, engagement_id, thread_id)
        conn.execute("UPDATE review_threads SET resolved = ? WHERE id = ?", (int(req.resolved), thread_id))
        return next(t for t in review_store.threads(conn, row["id"]) if t.id == thread_id)


# ----- test-only ------------------------------------------------------------------------------------------


@testing_router.post(c.TEST_REVIEWS + "/{engagement_id}/unassign", status_code=204)
def unassign(engagement_id: int, ctx: Ctx) -> Response:
    """Operations take the engagement off its expert (it goes to the next one, if any)."""
    with ctx.db.transaction() as conn:
        row = conn.execute("SELECT * FROM review_engagements WHERE id = ?", (engagement_id,)).fetchone()
        if row is None:
            raise ServiceError(404, "not_found", "There is no such review engagement.")
        review_store.require_open(row)
        review_store.reassign(ctx, conn, row)
    return Response(status_code=204)


router.include_router(testing_router)
