"""Analytics ingestion (``POST /v1/analytics/events``) that honours DNT/GPC headers, the account's Do Not Track
setting, its analytics consent and its restriction/objection flags (§7.3, §2.2, §7.1). A refused batch is
not stored at all; ``analytics_log`` keeps only counts and the reason, for tests and audits.
"""

from __future__ import annotations

import json
import sqlite3

from backend_stub.context import StubContext
from backend_stub.privacy_store import consents, ensure_account
from desktop.api import contract as c


def drop_reason(
    conn: sqlite3.Connection, user_id: int, dnt_header: str | None, gpc_header: str | None
) -> c.AnalyticsDropReason | None:
    """Why a batch must not be stored, or None when storing it is allowed (§7.3, §2.2, §7.1)."""
    if (dnt_header or "").strip() == "1":
        return "dnt_header"
    if (gpc_header or "").strip() == "1":
        return "gpc_header"
    row = ensure_account(conn, user_id)
    if row["do_not_track"]:
        return "do_not_track"
    if not consents(conn, user_id)["analytics"]:
        return "no_consent"
    if row["restricted"] or row["objected"]:
        return "processing_limited"
    return None


def ingest(
    ctx: StubContext,
    conn: sqlite3.Connection,
    user_id: int,
    batch: c.AnalyticsBatch,
    headers: tuple[str | None, str | None],
) -> c.AnalyticsAck:
    reason = drop_reason(conn, user_id, *headers)
    now = ctx.clock.iso()
    if reason is None:
        conn.executemany(
            "INSERT INTO analytics_events (user_id, type, name, occurred_at, received_at, app_version, os, "
            "duration_ms, metrics) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    user_id,
                    e.type,
                    e.name,
                    e.timestamp.isoformat(),
                    now,
                    e.app_version,
                    e.os,
                    e.duration_ms,
                    json.dumps(e.metrics),
                )
                for e in batch.events
            ],
        )
    accepted = 0 if reason else len(batch.events)
    conn.execute(
        "INSERT INTO analytics_log (user_id, received_at, received, accepted, reason) VALUES (?, ?, ?, ?, ?)",
        (user_id, now, len(batch.events), accepted, reason),
    )
    return c.AnalyticsAck(received=len(batch.events), accepted=accepted, dropped_reason=reason)


def analytics_events(conn: sqlite3.Connection, user_id: int) -> list[dict[str, object]]:
    rows = conn.execute(
        "SELECT type, name, occurred_at, received_at, app_version, os, duration_ms, metrics "
        "FROM analytics_events WHERE user_id = ? ORDER BY id",
        (user_id,),
    ).fetchall()
    return [{**dict(row), "metrics": json.loads(row["metrics"])} for row in rows]
