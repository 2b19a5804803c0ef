"""Expert review engagements: assignment (round-robin over expert accounts), the NDA, ending and revoking access,
and comment threads. Every function takes an open connection; callers own the transaction.

An engagement is ``assigned`` while its expert may work on it; it ends ``submitted`` (the verdict is in),
``unassigned`` (taken off the expert, or the job delivered another way) or ``expired`` (its due date passed on
the service clock). Ending it deletes the previous-revision copy it held; the code endpoint then refuses.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime

from backend_stub import credits, notifications
from backend_stub.context import ServiceError, StubContext
from desktop.api import contract as c

REVIEW_DAYS = 3
NDA_VERSION = "expert-nda-2025-06"
NDA_TITLE = "Reviewer confidentiality agreement"
NDA_TEXT = """\
By accepting, you agree to the following for this engagement only.

1. The code, requirements and comments of this engagement are the client's confidential information. You use
   them only to write this review.
2. You do not copy, keep, publish or pass on any part of them, and you do not reuse them in other work.
3. The code stays inside the CodeCraft app on your device. When the engagement ends (you submit, it is taken off
   you, or it expires) CodeCraft withdraws access and the app deletes its copy.
4. CodeCraft records each time the code is opened; the client can see how often that happened.
5. These duties continue after the engagement has ended.
"""
_RR_COUNTER = "review_round_robin"


def open_engagement(
    ctx: StubContext, conn: sqlite3.Connection, job: sqlite3.Row, exclude: Iterable[int] = ()
) -> float | None:
    """Assign ``job``'s review to the next expert (round-robin); the due time, or None if no expert is free.

    The project's synced files at this moment are kept as the previous revision the delivery is compared with.
    """
    skip = set(exclude)
    experts = [int(r[0]) for r in conn.execute("SELECT id FROM users WHERE role = 'expert' ORDER BY id")]
    experts = [e for e in experts if e not in skip]
    if not experts:
        return None
    row = conn.execute("SELECT value FROM counters WHERE name = ?", (_RR_COUNTER,)).fetchone()
    last = int(row[0]) if row else 0
    expert = next((e for e in experts if e > last), experts[0])
    conn.execute(
        "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (_RR_COUNTER, expert),
    )
    due = ctx.clock.now() + REVIEW_DAYS * 86400
    cursor = conn.execute(
        "INSERT INTO review_engagements (job_id, client_id, expert_id, status, assigned_at, due_at, nda_version) "
        "VALUES (?, ?, ?, 'assigned', ?, ?, ?)",
        (job["id"], job["user_id"], expert, ctx.clock.iso(), due, NDA_VERSION),
    )
    conn.execute(
        "INSERT INTO review_base_files (engagement_id, path, content) "
        "SELECT ?, path, content FROM files WHERE project_uid = ? AND deleted = 0 AND content IS NOT NULL",
        (cursor.lastrowid, job["project_uid"]),
    )
    conn.execute("UPDATE jobs SET review_due_at = ? WHERE id = ?", (due, job["id"]))
    return due


def end(ctx: StubContext, conn: sqlite3.Connection, engagement_id: int, status: c.EngagementStatus) -> None:
    """End an engagement: its access is revoked and its copy of the previous revision deleted."""
    conn.execute(
        "UPDATE review_engagements SET status = ?, ended_at = ? WHERE id = ? AND status = 'assigned'",
        (status, ctx.clock.iso(), engagement_id),
    )
    conn.execute("DELETE FROM review_base_files WHERE engagement_id = ?", (engagement_id,))


def close_for_job(ctx: StubContext, conn: sqlite3.Connection, job: sqlite3.Row) -> None:
    """The job is being delivered: end its open engagement (expired if past due, else unassigned).

    A review that was due and never submitted was not written, so its credits go back to the client.
    """
    rows = conn.execute("SELECT id, status, due_at FROM review_engagements WHERE job_id = ?", (job["id"],)).fetchall()
    now = ctx.clock.now()
    for row in rows:
        if row["status"] == "assigned":
            end(ctx, conn, row["id"], "expired" if row["due_at"] <= now else "unassigned")
    due = job["review_due_at"]
    if rows and not any(r["status"] == "submitted" for r in rows) and due is not None and due <= now:
        credits.add(ctx, conn, job["user_id"], credits.REVIEW_CREDITS, "review not completed", job_id=job["id"])
        notifications.post(
            ctx, conn, job["user_id"], "project_update", f"{job['project_name']}: review not completed",
            "The expert review could not be completed in time; its credits were given back.",
            project_uid=job["project_uid"], job_id=job["id"],
        )  # fmt: skip


def reassign(ctx: StubContext, conn: sqlite3.Connection, engagement: sqlite3.Row) -> None:
    """Take the engagement off its expert and give the job to another one (if there is one)."""
    end(ctx, conn, engagement["id"], "unassigned")
    earlier = {int(r[0]) for r in conn.execute(
        "SELECT expert_id FROM review_engagements WHERE job_id = ?", (engagement["job_id"],))}  # fmt: skip
    job = conn.execute("SELECT * FROM jobs WHERE id = ?", (engagement["job_id"],)).fetchone()
    if job is not None and job["status"] == "in_review":
        open_engagement(ctx, conn, job, exclude=earlier)


# ----- access ---------------------------------------------------------------------------------------------


def load(conn: sqlite3.Connection, engagement_id: int, user_id: int, role: str) -> sqlite3.Row:
    """The engagement, if ``user_id`` may see it: its assigned expert, or the client who ordered the job."""
    row: sqlite3.Row | None = conn.execute(
        "SELECT e.*, j.project_uid, j.project_name, j.requirements FROM review_engagements e "
        "JOIN jobs j ON j.id = e.job_id WHERE e.id = ?",
        (engagement_id,),
    ).fetchone()
    if role == "expert":
        if row is None:
            raise ServiceError(404, "not_found", "There is no such review engagement.")
        if row["expert_id"] != user_id:
            raise ServiceError(403, c.ERR_NOT_ASSIGNED, "This review is not assigned to you.")
        return row
    if row is None or row["client_id"] != user_id:
        raise ServiceError(404, "not_found", "That review does not exist or is not about one of your deliveries.")
    return row


def require_open(row: sqlite3.Row) -> None:
    if row["status"] != "assigned":
        raise ServiceError(
            403, c.ERR_ENGAGEMENT_ENDED,
            f"This engagement has ended ({row['status']}); its code is no longer available to you.",
        )  # fmt: skip


def require_nda(row: sqlite3.Row) -> None:
    require_open(row)
    if row["nda_accepted_at"] is None:
        raise ServiceError(
            403, c.ERR_NDA_REQUIRED,
            "Accept the confidentiality agreement (NDA) of this engagement before its code can be opened.",
        )  # fmt: skip


def accept_nda(ctx: StubContext, conn: sqlite3.Connection, row: sqlite3.Row, version: str) -> None:
    require_open(row)
    if version != row["nda_version"]:
        raise ServiceError(409, "nda_changed", "The agreement has changed since you read it; please read it again.")
    conn.execute(
        "UPDATE review_engagements SET nda_accepted_at = coalesce(nda_accepted_at, ?) WHERE id = ?",
        (ctx.clock.iso(), row["id"]),
    )


def record_access(ctx: StubContext, conn: sqlite3.Connection, row: sqlite3.Row, files: int) -> None:
    conn.execute(
        "INSERT INTO review_code_access (engagement_id, expert_id, at, files) VALUES (?, ?, ?, ?)",
        (row["id"], row["expert_id"], ctx.clock.iso(), files),
    )


def assignment(conn: sqlite3.Connection, row: sqlite3.Row) -> c.ReviewAssignment:
    sizes = conn.execute(
        "SELECT count(*), coalesce(sum(length(content)), 0) FROM job_files WHERE job_id = ?", (row["job_id"],)
    ).fetchone()
    base = conn.execute("SELECT count(*) FROM review_base_files WHERE engagement_id = ?", (row["id"],)).fetchone()
    return c.ReviewAssignment(
        id=row["id"],
        job_id=row["job_id"],
        project_title=row["project_name"],
        stack=str(json.loads(row["requirements"]).get("stack", "")),
        file_count=sizes[0],
        total_bytes=sizes[1],
        base_file_count=base[0],
        assigned_at=row["assigned_at"],
        due_at=datetime.fromtimestamp(row["due_at"], tz=UTC),
        status=row["status"],
        nda_version=row["nda_version"],
        nda_accepted_at=row["nda_accepted_at"],
    )


def nda(row: sqlite3.Row) -> c.NdaText:
    return c.NdaText(
        engagement_id=row["id"], version=row["nda_version"], title=NDA_TITLE, text=NDA_TEXT,
        accepted_at=row["nda_accepted_at"],
    )  # fmt: skip


# ----- threads ----------------------------------------------------------------------------------------------


def save_submission(ctx: StubContext, conn: sqlite3.Connection, row: sqlite3.Row, req: c.ReviewSubmit) -> None:
    """Store the verdict and threads, and end the engagement as submitted."""
    now = ctx.clock.iso()
    for thread in req.threads:
        if thread.end < thread.start:
            raise ServiceError(422, "invalid_request", f"A comment on {thread.path} ends before it starts.")
        suggestion = thread.suggestion.model_dump_json() if thread.suggestion else None
        cursor = conn.execute(
            "INSERT INTO review_threads (engagement_id, path, side, start_line, end_line, resolved, suggestion) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (row["id"], thread.path, thread.side, thread.start, thread.end, int(thread.resolved), suggestion),
        )
        conn.executemany(
            "INSERT INTO review_comments (thread_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
            [(cursor.lastrowid, row["expert_id"], comment.body, now) for comment in thread.comments],
        )
    conn.execute(
        "UPDATE review_engagements SET verdict = ?, summary = ?, submitted_at = ? WHERE id = ?",
        (req.verdict, req.summary, now, row["id"]),
    )
    end(ctx, conn, row["id"], "submitted")


def threads(conn: sqlite3.Connection, engagement_id: int) -> list[c.ReviewThread]:
    comments: dict[int, list[c.ReviewComment]] = {}
    for r in conn.execute(
        "SELECT m.id, m.thread_id, m.body, m.created_at, u.name, u.role FROM review_comments m "
        "JOIN review_threads t ON t.id = m.thread_id JOIN users u ON u.id = m.author_id "
        "WHERE t.engagement_id = ? ORDER BY m.id",
        (engagement_id,),
    ):
        comments.setdefault(r["thread_id"], []).append(
            c.ReviewComment(id=r["id"], author=r["name"], author_role=r["role"], body=r["body"], created_at=r[3])
        )
    return [
        c.ReviewThread(
            id=r["id"],
            path=r["path"],
            side=r["side"],
            start=r["start_line"],
            end=r["end_line"],
            resolved=bool(r["resolved"]),
            comments=comments.get(r["id"], []),
            suggestion=c.SuggestionData.model_validate_json(r["suggestion"]) if r["suggestion"] else None,
        )
        for r in conn.execute("SELECT * FROM review_threads WHERE engagement_id = ? ORDER BY id", (engagement_id,))
    ]


def thread_row(conn: sqlite3.Connection, engagement_id: int, thread_id: int) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM review_threads WHERE id = ? AND engagement_id = ?", (thread_id, engagement_id)
    ).fetchone()
    if row is None:
        raise ServiceError(404, "not_found", "There is no such comment thread in this review.")
    return row


def add_comment(ctx: StubContext, conn: sqlite3.Connection, thread_id: int, author_id: int, body: str) -> None:
    conn.execute(
        "INSERT INTO review_comments (thread_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
        (thread_id, author_id, body, ctx.clock.iso()),
    )


def review(conn: sqlite3.Connection, row: sqlite3.Row) -> c.Review:
    expert = conn.execute("SELECT name FROM users WHERE id = ?", (row["expert_id"],)).fetchone()
    accesses = conn.execute("SELECT count(*) FROM review_code_access WHERE engagement_id = ?", (row["id"],)).fetchone()
    return c.Review(
        id=row["id"], job_id=row["job_id"], project_uid=row["project_uid"], project_title=row["project_name"],
        status=row["status"], expert_name=expert[0] if expert else "", verdict=row["verdict"],
        due_at=datetime.fromtimestamp(row["due_at"], tz=UTC), summary=row["summary"],
        submitted_at=row["submitted_at"], code_accesses=accesses[0], threads=threads(conn, row["id"]),
    )  # fmt: skip
