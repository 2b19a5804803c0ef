"""Generation jobs: the store and the worker that runs them (one background thread per stub).

A job moves queued → generating → in_review (only when an expert review was ordered) → delivered, or ends
failed or cancelled; every step is a numbered event that clients long-poll. Credits are held when a job is
ordered; the payment completes at delivery (``paid_at``, from when the code belongs to the client, §4.1).
A failed or cancelled job gets its credits back. The expert review is an engagement assigned to an expert
(``review_store``); the expert's submission delivers the job. Without an expert account the review completes
``REVIEW_SECONDS`` after it started on the service clock; a test endpoint completes it at once.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable

from backend_stub import credits, notifications, retention, review_store
from backend_stub.context import ServiceError, StubContext
from backend_stub.generator import GenerationFailed, Generator, ProjectSpec, TemplateGenerator
from desktop.api import contract as c

log = logging.getLogger("backend_stub.jobs")
REVIEW_SECONDS = 24 * 3600.0
TICK_SECONDS = 0.5


def row_to_job(row: sqlite3.Row) -> c.Job:
    return c.Job(
        id=row["id"],
        project_uid=row["project_uid"],
        project_name=row["project_name"],
        status=row["status"],
        progress=row["progress"],
        message=row["message"],
        expert_review=bool(row["expert_review"]),
        ai_training_consent=bool(row["ai_training_consent"]),
        credits=row["credits"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        error=row["error"],
        delivered_at=row["delivered_at"],
    )


def load(conn: sqlite3.Connection, job_id: int, user_id: int | None = None) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if row is None or (user_id is not None and row["user_id"] != user_id):
        raise ServiceError(404, "not_found", "That generation job does not exist or is not yours.")
    return row


class JobRunner:
    """Runs queued jobs one at a time and wakes long-polling readers whenever a job changes."""

    def __init__(self, ctx: StubContext, generator: Generator | None = None) -> None:
        self.ctx = ctx
        self.generator: Generator = generator or TemplateGenerator()
        self.mode: c.GeneratorMode = "normal"  # test-only failure modes
        self.paused = False  # test-only: hold jobs in the queue
        self.changed = threading.Condition()
        self.stopping = False
        self._thread: threading.Thread | None = None

    # -- life cycle --------------------------------------------------------------------------------------

    def start(self) -> None:
        with self.ctx.db.transaction() as conn:  # a job cut off by a restart starts again from the queue
            for row in conn.execute("SELECT id FROM jobs WHERE status = 'generating'").fetchall():
                self._step(conn, row["id"], "queued", 0, "Queued again after a service restart")
        self._thread = threading.Thread(target=self._loop, name="codecraft-jobs", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        with self.changed:
            self.stopping = True
            self.changed.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def wake(self) -> None:
        with self.changed:
            self.changed.notify_all()

    def wait(self, seconds: float) -> None:
        with self.changed:
            if not self.stopping:
                self.changed.wait(seconds)

    # -- the store ---------------------------------------------------------------------------------------

    def _step(
        self, conn: sqlite3.Connection, job_id: int, status: str, progress: int, message: str, **extra: object
    ) -> None:
        now = self.ctx.clock.iso()
        sets = ", ".join(f"{name} = ?" for name in extra)
        conn.execute(
            f"UPDATE jobs SET status = ?, progress = ?, message = ?, updated_at = ?{', ' + sets if sets else ''} "
            "WHERE id = ?",
            (status, progress, message, now, *extra.values(), job_id),
        )
        seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM job_events WHERE job_id = ?", (job_id,)).fetchone()
        conn.execute(
            "INSERT INTO job_events (job_id, seq, at, status, progress, message) VALUES (?, ?, ?, ?, ?, ?)",
            (job_id, seq[0], now, status, progress, message),
        )

    def create(self, user_id: int, req: c.JobCreate) -> c.Job:
        with self.ctx.db.transaction() as conn:
            project = conn.execute(
                "SELECT data FROM projects WHERE uid = ? AND owner_id = ? AND deleted = 0", (req.project_uid, user_id)
            ).fetchone()
            if project is None:
                raise ServiceError(
                    404, c.ERR_NOT_SYNCED, "CodeCraft does not have this project yet: sync it, then order again."
                )
            data = c.ProjectData.model_validate_json(project["data"])
            generation, review = credits.cost(req.expert_review)
            now = self.ctx.clock.iso()
            cursor = conn.execute(
                "INSERT INTO jobs (user_id, project_uid, project_name, requirements, status, expert_review, "
                "ai_training_consent, credits, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)",
                (
                    user_id,
                    req.project_uid,
                    data.name,
                    data.model_dump_json(),
                    int(req.expert_review),
                    int(req.ai_training_consent),
                    generation + review,
                    now,
                    now,
                ),
            )
            job_id = int(cursor.lastrowid or 0)
            credits.charge(self.ctx, conn, user_id, generation + review, job_id)
            self._step(conn, job_id, "queued", 0, "Waiting for a free generator")
            job = row_to_job(load(conn, job_id))
        self.wake()
        return job

    def cancel(self, user_id: int, job_id: int) -> c.Job:
        with self.ctx.db.transaction() as conn:
            row = load(conn, job_id, user_id)
            if row["status"] != "queued":
                raise ServiceError(409, "job_started", "Only a job that is still queued can be cancelled.")
            self._step(conn, job_id, "cancelled", 0, "Cancelled; the credits were given back")
            credits.refund(self.ctx, conn, job_id, "job cancelled")
            job = row_to_job(load(conn, job_id))
        self.wake()
        return job

    def events(self, user_id: int, job_id: int, after: int) -> c.JobEvents:
        self.complete_due_reviews()
        with self.ctx.db.transaction() as conn:
            job = row_to_job(load(conn, job_id, user_id))
            rows = conn.execute(
                "SELECT * FROM job_events WHERE job_id = ? AND seq > ? ORDER BY seq", (job_id, after)
            ).fetchall()
        events = [c.JobEvent(**{k: row[k] for k in ("seq", "at", "status", "progress", "message")}) for row in rows]
        return c.JobEvents(job=job, events=events, next_after=events[-1].seq if events else after)

    def wait_events(self, user_id: int, job_id: int, after: int, wait: float, now: Callable[[], float]) -> c.JobEvents:
        """Newer events, waiting up to ``wait`` seconds for one (long polling)."""
        deadline = now() + wait
        while True:
            found = self.events(user_id, job_id, after)
            remaining = deadline - now()
            if found.events or found.job.status in c.FINISHED_JOB_STATUSES or remaining <= 0 or self.stopping:
                return found
            self.wait(min(remaining, TICK_SECONDS))

    def complete_review(self, job_id: int) -> None:
        with self.ctx.db.transaction() as conn:
            row = load(conn, job_id)
            if row["status"] != "in_review":
                raise ServiceError(409, "not_in_review", "That job is not waiting for an expert review.")
            self._deliver(conn, row)
        self.wake()

    def complete_due_reviews(self) -> None:
        with self.ctx.db.transaction() as conn:
            due = conn.execute(
                "SELECT * FROM jobs WHERE status = 'in_review' AND review_due_at <= ?", (self.ctx.clock.now(),)
            ).fetchall()
            for row in due:
                self._deliver(conn, row)
        if due:
            self.wake()

    # -- the worker --------------------------------------------------------------------------------------

    def _loop(self) -> None:
        while not self.stopping:
            try:
                self.complete_due_reviews()
                job_id = None if self.paused else self._next_queued()
                if job_id is not None:
                    self._run(job_id)
                    continue
            except Exception as exc:  # keep the worker alive (e.g. the database closing at shutdown)
                log.error("job worker: %s", type(exc).__name__)
            self.wait(TICK_SECONDS)

    def _next_queued(self) -> int | None:
        with self.ctx.db.transaction() as conn:
            row = conn.execute("SELECT id FROM jobs WHERE status = 'queued' ORDER BY id LIMIT 1").fetchone()
            if row is None:
                return None
            self._step(conn, row["id"], "generating", 5, "Generating the project")
        self.wake()
        return int(row["id"])

    def _run(self, job_id: int) -> None:
        with self.ctx.db.transaction() as conn:
            row = load(conn, job_id)
        data = json.loads(row["requirements"])
        spec = ProjectSpec(row["project_name"], *(data.get(k, "") for k in ("description", "stack", "language")),
                           specifications=data.get("specifications", ""))  # fmt: skip

        def progress(percent: int, message: str) -> None:
            with self.ctx.db.transaction() as tx:
                self._step(tx, job_id, "generating", max(5, min(95, percent)), message)
            self.wake()

        try:
            files = self._generate(spec, progress)
        except GenerationFailed as exc:
            self._fail(job_id, str(exc))
            return
        except Exception as exc:  # a generator bug: the person still learns the job ended, and is refunded
            log.error("generator failed: %s", type(exc).__name__)
            self._fail(job_id, "The generator stopped with an unexpected problem.")
            return
        with self.ctx.db.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO job_files (job_id, path, content) VALUES (?, ?, ?)",
                [(job_id, path, content) for path, content in files.items()],
            )
            if row["expert_review"]:
                due = review_store.open_engagement(self.ctx, conn, row) or self.ctx.clock.now() + REVIEW_SECONDS
                self._step(conn, job_id, "in_review", 95, "An expert is reviewing the code", review_due_at=due)
                notifications.post(
                    self.ctx, conn, row["user_id"], "project_update", f"{row['project_name']}: in expert review",
                    "The code is generated; an expert is reviewing it before delivery.",
                    project_uid=row["project_uid"], job_id=job_id,
                )  # fmt: skip
            else:
                self._deliver(conn, load(conn, job_id))
        self.wake()

    def _generate(self, spec: ProjectSpec, progress: Callable[[int, str], None]) -> dict[str, bytes]:
        from backend_stub.generation_modes import generate_in_mode

        return generate_in_mode(self.mode, self.generator, spec, progress)

    def _fail(self, job_id: int, reason: str) -> None:
        with self.ctx.db.transaction() as conn:
            row = load(conn, job_id)
            self._step(conn, job_id, "failed", row["progress"], "Generation failed", error=reason)
            credits.refund(self.ctx, conn, job_id, "job failed")
            notifications.post(
                self.ctx, conn, row["user_id"], "project_update", f"{row['project_name']}: generation failed",
                f"{reason} Your credits were given back.", project_uid=row["project_uid"], job_id=job_id,
            )  # fmt: skip
        self.wake()

    def deliver_reviewed(self, conn: sqlite3.Connection, row: sqlite3.Row) -> None:
        """Deliver a job whose expert review was just submitted (in the caller's transaction)."""
        if row["status"] != "in_review":
            raise ServiceError(409, "not_in_review", "That job is not waiting for an expert review.")
        self._deliver(conn, row)

    def _deliver(self, conn: sqlite3.Connection, row: sqlite3.Row) -> None:
        """Delivered and paid in one transaction; the retention clock for the code starts now (§9)."""
        review_store.close_for_job(self.ctx, conn, row)
        try:
            delivered = retention.record_delivery(self.ctx, conn, row["project_uid"], None)
        except ServiceError:
            self._step(conn, row["id"], "failed", row["progress"], "Generation failed",
                       error="The project was deleted from CodeCraft before its delivery.")  # fmt: skip
            credits.refund(self.ctx, conn, row["id"], "job failed")
            return
        stamp = delivered.isoformat()
        self._step(conn, row["id"], "delivered", 100, "Delivered", delivered_at=stamp, paid_at=stamp)
        notifications.post(
            self.ctx, conn, row["user_id"], "delivery", f"{row['project_name']} is delivered",
            "Your generated code is ready; the app adds it to the project as a new revision.",
            project_uid=row["project_uid"], job_id=row["id"],
        )  # fmt: skip
