"""Data retention (§9): the published periods, each account's concrete deletion dates, and the sweep.

All dates are on the service clock (``StubContext.clock``), so tests move the clock instead of waiting.

Project delivery: generation and delivery arrive in a later issue. Until then a project's delivery date lives in
``project_deliveries`` and is set by ``record_delivery`` (the generation router will call it when it delivers;
tests use ``POST /_test/privacy/deliveries``). The sweep deletes a delivered project's synced files once
``delivered_at + 90 days`` has passed (not a day earlier) and keeps the project row (name, requirements,
revision). It removes the rows outright, without sync tombstones: the service forgets its copy, and the
client's local vault keeps its own.

The app runs ``sweep`` once an hour (``lifespan``, attached to the privacy router); tests call
``POST /_test/privacy/retention-sweep``.
"""

from __future__ import annotations

import asyncio
import calendar
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any

from backend_stub import privacy_store
from backend_stub.context import ServiceError, StubContext
from desktop.api import contract as c

log = logging.getLogger("backend_stub.retention")

ACCOUNT_GRACE = timedelta(days=30)
PROJECT_CODE_DAYS = 90
PROJECT_CODE = timedelta(days=PROJECT_CODE_DAYS)
PAYMENT_YEARS = 7
ANALYTICS_YEARS = 2
MARKETING_INACTIVE_YEARS = 3
SWEEP_INTERVAL_SECONDS = 3600.0

RULES = [
    c.RetentionRule(data_class="account_data", period="While the account exists, then 30 more days", days=30),
    c.RetentionRule(data_class="project_code", period="90 days after the project is delivered", days=90),
    c.RetentionRule(data_class="payment_records", period="7 years, as the law requires"),
    c.RetentionRule(data_class="analytics", period="2 years after collection, kept anonymised"),
    c.RetentionRule(data_class="marketing", period="Until you opt out, or after 3 years without activity"),
]


def add_years(moment: datetime, years: int) -> datetime:
    year = moment.year + years
    return moment.replace(year=year, day=min(moment.day, calendar.monthrange(year, moment.month)[1]))


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def record_delivery(ctx: StubContext, conn: sqlite3.Connection, project_uid: str, when: datetime | None) -> datetime:
    """Mark a synced project delivered at ``when`` (default: now on the service clock); returns the date."""
    row = conn.execute("SELECT owner_id FROM projects WHERE uid = ? AND deleted = 0", (project_uid,)).fetchone()
    if row is None:
        raise ServiceError(404, "not_found", "No such project.")
    delivered = when or ctx.clock.now_dt()
    conn.execute(
        "INSERT INTO project_deliveries (project_uid, owner_id, delivered_at) VALUES (?, ?, ?) "
        "ON CONFLICT(project_uid) DO UPDATE SET delivered_at = excluded.delivered_at, code_purged_at = NULL",
        (project_uid, row["owner_id"], delivered.isoformat()),
    )
    return delivered


# ----- the per-account schedule -----


def _project_entry(conn: sqlite3.Connection, user_id: int) -> c.RetentionEntry:
    rows = conn.execute(
        "SELECT p.uid, d.delivered_at FROM projects p LEFT JOIN project_deliveries d ON d.project_uid = p.uid "
        "WHERE p.owner_id = ? AND p.deleted = 0 AND d.code_purged_at IS NULL "
        "AND EXISTS (SELECT 1 FROM files f WHERE f.project_uid = p.uid AND f.deleted = 0)",
        (user_id,),
    ).fetchall()
    if not rows:
        return c.RetentionEntry(data_class="project_code", has_data=False, note="No project code is held.")
    delivered = sorted(_dt(row["delivered_at"]) for row in rows if row["delivered_at"])
    if not delivered:
        note = "Kept until 90 days after delivery; none of your projects has been delivered yet."
        return c.RetentionEntry(data_class="project_code", has_data=True, note=note)
    waiting = len(rows) - len(delivered)
    note = f"Code of {len(delivered)} delivered project(s) is deleted 90 days after each delivery"
    note += f"; {waiting} undelivered project(s) wait for delivery." if waiting else "."
    return c.RetentionEntry(data_class="project_code", has_data=True, delete_on=delivered[0] + PROJECT_CODE, note=note)


def _last_activity(conn: sqlite3.Connection, user_id: int) -> datetime:
    row = conn.execute(
        "SELECT MAX(s.created_at) AS seen, u.created_at FROM users u LEFT JOIN sessions s ON s.user_id = u.id "
        "WHERE u.id = ?",
        (user_id,),
    ).fetchone()
    return max(_dt(row["created_at"]), _dt(row["seen"]) if row["seen"] else _dt(row["created_at"]))


def schedule(conn: sqlite3.Connection, user_id: int) -> list[c.RetentionEntry]:
    closed = conn.execute(
        "SELECT updated_at FROM rights_requests WHERE user_id = ? AND type = 'deletion' AND status = 'completed' "
        "ORDER BY id LIMIT 1",
        (user_id,),
    ).fetchone()
    account = c.RetentionEntry(
        data_class="account_data",
        has_data=True,
        delete_on=_dt(closed["updated_at"]) + ACCOUNT_GRACE if closed else None,
        note="Kept while your account is open and for 30 days after it is closed.",
    )
    oldest = conn.execute("SELECT MIN(received_at) FROM analytics_events WHERE user_id = ?", (user_id,)).fetchone()[0]
    analytics = c.RetentionEntry(
        data_class="analytics",
        has_data=oldest is not None,
        delete_on=add_years(_dt(oldest), ANALYTICS_YEARS) if oldest else None,
        note="Each event is deleted 2 years after it arrived." if oldest else "No analytics data is held.",
    )
    opted_in = privacy_store.consents(conn, user_id)["marketing"]
    marketing = c.RetentionEntry(
        data_class="marketing",
        has_data=opted_in,
        delete_on=add_years(_last_activity(conn, user_id), MARKETING_INACTIVE_YEARS) if opted_in else None,
        note="Kept until you opt out, or 3 years after your last sign-in."
        if opted_in
        else "You have not opted in to marketing.",
    )
    payments = c.RetentionEntry(data_class="payment_records", has_data=False, note="No payment records are held.")
    return [account, _project_entry(conn, user_id), payments, analytics, marketing]


def report(ctx: StubContext, user_id: int) -> c.RetentionReport:
    with ctx.db.transaction() as conn:
        return c.RetentionReport(rules=RULES, schedule=schedule(conn, user_id))


# ----- the sweep -----


def sweep(ctx: StubContext) -> c.SweepReport:
    now = ctx.clock.now_dt()
    purged: list[str] = []
    files_deleted = analytics_deleted = 0
    with ctx.db.transaction() as conn:
        for row in conn.execute(
            "SELECT project_uid, delivered_at FROM project_deliveries WHERE code_purged_at IS NULL"
        ).fetchall():
            if _dt(row["delivered_at"]) + PROJECT_CODE > now:
                continue
            files_deleted += conn.execute("DELETE FROM files WHERE project_uid = ?", (row["project_uid"],)).rowcount
            conn.execute(
                "UPDATE project_deliveries SET code_purged_at = ? WHERE project_uid = ?",
                (now.isoformat(), row["project_uid"]),
            )
            purged.append(row["project_uid"])
        for table, column in (("analytics_events", "received_at"), ("analytics_log", "received_at")):
            expired = [
                r["id"]
                for r in conn.execute(f"SELECT id, {column} FROM {table}").fetchall()
                if add_years(_dt(r[column]), ANALYTICS_YEARS) <= now
            ]
            conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in expired])
            analytics_deleted += len(expired) if table == "analytics_events" else 0
        _expire_marketing(ctx, conn, now)
    return c.SweepReport(
        ran_at=now, projects_purged=purged, files_deleted=files_deleted, analytics_deleted=analytics_deleted
    )


def _expire_marketing(ctx: StubContext, conn: sqlite3.Connection, now: datetime) -> None:
    for row in conn.execute("SELECT DISTINCT user_id FROM consent_events WHERE kind = 'marketing'").fetchall():
        user_id = int(row["user_id"])
        if not privacy_store.consents(conn, user_id)["marketing"]:
            continue
        if add_years(_last_activity(conn, user_id), MARKETING_INACTIVE_YEARS) <= now:
            privacy_store.set_consent(ctx, conn, user_id, "marketing", False, "service")


async def _every(ctx: StubContext, stop: asyncio.Event, interval: float) -> None:
    while True:
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
            return
        except TimeoutError:
            pass
        try:
            result = await asyncio.to_thread(sweep, ctx)
            log.info("retention sweep: %d project(s) purged", len(result.projects_purged))
        except Exception as exc:  # keep the schedule alive; the next run retries
            log.error("retention sweep failed: %s", type(exc).__name__)


@asynccontextmanager
async def lifespan(app: Any) -> AsyncIterator[None]:
    """Runs the sweep every ``SWEEP_INTERVAL_SECONDS`` while the app is up."""
    stop = asyncio.Event()
    task = asyncio.create_task(_every(app.state.ctx, stop, SWEEP_INTERVAL_SECONDS))
    try:
        yield
    finally:
        stop.set()
        await task
