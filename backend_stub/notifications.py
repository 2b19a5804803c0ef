"""The notification feed: project updates, delivery notices and service notices, read with a cursor."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Query

from backend_stub.auth import Auth, Ctx
from backend_stub.context import StubContext
from desktop.api import contract as c

router = APIRouter(tags=["notifications"])
PAGE = 100


def post(
    ctx: StubContext,
    conn: sqlite3.Connection,
    user_id: int,
    kind: c.NotificationKind,
    title: str,
    body: str,
    *,
    project_uid: str | None = None,
    job_id: int | None = None,
) -> None:
    conn.execute(
        "INSERT INTO notifications (user_id, kind, title, body, project_uid, job_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (user_id, kind, title, body, project_uid, job_id, ctx.clock.iso()),
    )


def _item(row: sqlite3.Row) -> c.Notification:
    return c.Notification(
        id=row["id"],
        kind=row["kind"],
        title=row["title"],
        body=row["body"],
        created_at=row["created_at"],
        read=row["read_at"] is not None,
        project_uid=row["project_uid"],
        job_id=row["job_id"],
    )


@router.get(c.NOTIFICATIONS)
def feed(
    principal: Auth, ctx: Ctx, after: Annotated[int, Query(ge=0)] = 0, limit: Annotated[int, Query(ge=1, le=PAGE)] = 50
) -> c.NotificationPage:
    with ctx.db.transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM notifications WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?",
            (principal.user_id, after, limit),
        ).fetchall()
        unread = _unread(conn, principal.user_id)
    items = [_item(row) for row in rows]
    return c.NotificationPage(notifications=items, next_after=items[-1].id if items else after, unread=unread)


def _unread(conn: sqlite3.Connection, user_id: int) -> int:
    row = conn.execute("SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL", (user_id,))
    return int(row.fetchone()[0])


@router.post(c.NOTIFICATIONS_READ)
def mark_read(req: c.NotificationsRead, principal: Auth, ctx: Ctx) -> c.NotificationPage:
    with ctx.db.transaction() as conn:
        now = ctx.clock.iso()
        if req.up_to is not None:
            conn.execute(
                "UPDATE notifications SET read_at = ? WHERE user_id = ? AND id <= ? AND read_at IS NULL",
                (now, principal.user_id, req.up_to),
            )
        conn.executemany(
            "UPDATE notifications SET read_at = ? WHERE user_id = ? AND id = ? AND read_at IS NULL",
            [(now, principal.user_id, i) for i in req.ids],
        )
        unread = _unread(conn, principal.user_id)
    return c.NotificationPage(notifications=[], next_after=req.up_to or 0, unread=unread)
