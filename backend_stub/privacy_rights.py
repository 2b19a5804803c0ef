"""Rights requests (§7.1 access/correction/deletion/portability/restriction/objection, §11 CCPA, §12 GDPR).

Life cycle: ``received`` -> ``in_progress`` -> ``completed`` or ``rejected`` (from either earlier step).
Due dates: one calendar month after filing (GDPR), 45 days for the ``ccpa_*`` types.
Effects:
* restriction, objection, object_automated_decisions, ccpa_opt_out_of_sale set the matching processing flag
  as soon as they are filed (they hold while the request is open) and clear it again if the request is rejected;
* withdraw_consent withdraws every optional consent when filed;
* access, portability and ccpa_know produce a ZIP archive of everything held on the account when completed;
* correction applies its ``corrections`` to the profile when completed;
* deletion, when completed, removes the account's synced projects and files, analytics events, optional
  consents and email subscriptions (the account record itself follows the §9 account-data rule).
"""

from __future__ import annotations

import calendar
import io
import json
import sqlite3
import zipfile
from datetime import datetime, timedelta
from typing import Any

from backend_stub import accounts, analytics, privacy_store
from backend_stub.context import ServiceError, StubContext
from desktop.api import contract as c

CCPA_DUE_DAYS = 45
ARCHIVE_TYPES = frozenset({"access", "portability", "ccpa_know"})
NEXT_STEP: dict[str, tuple[str, ...]] = {
    "received": ("in_progress", "rejected"),
    "in_progress": ("completed", "rejected"),
}


def add_one_month(moment: datetime) -> datetime:
    """The same day next month, or that month's last day when it is shorter (31 Jan -> 28/29 Feb)."""
    year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def due_at(request_type: str, created: datetime) -> datetime:
    if request_type.startswith("ccpa_"):
        return created + timedelta(days=CCPA_DUE_DAYS)
    return add_one_month(created)


def _model(conn: sqlite3.Connection, row: sqlite3.Row) -> c.RightsRequest:
    has_archive = conn.execute("SELECT 1 FROM rights_archives WHERE request_id = ?", (row["id"],)).fetchone()
    return c.RightsRequest(
        id=row["id"],
        type=row["type"],
        status=row["status"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        due_at=row["due_at"],
        details=row["details"],
        corrections=json.loads(row["corrections"]) if row["corrections"] else None,
        resolution=row["resolution"],
        archive_available=has_archive is not None,
    )


def _check_corrections(req: c.RightsRequestCreate) -> None:
    if req.type != "correction":
        if req.corrections:
            raise ServiceError(422, "invalid_request", "Only a correction request carries corrections.")
        return
    if not req.corrections:
        raise ServiceError(422, "corrections_missing", "Say which details to correct and what they should be.")
    email = req.corrections.get("email")
    if email is not None and not accounts.EMAIL_RE.match(email.strip()):
        raise ServiceError(422, "invalid_email", "Please enter a valid email address.")
    if "name" in req.corrections and not req.corrections["name"].strip():
        raise ServiceError(422, "invalid_request", "Your name cannot be empty.")


def create(ctx: StubContext, conn: sqlite3.Connection, user_id: int, req: c.RightsRequestCreate) -> c.RightsRequest:
    _check_corrections(req)
    now = ctx.clock.now_dt()
    cur = conn.execute(
        "INSERT INTO rights_requests (user_id, type, status, created_at, updated_at, due_at, details, corrections) "
        "VALUES (?, ?, 'received', ?, ?, ?, ?, ?)",
        (
            user_id,
            req.type,
            now.isoformat(),
            now.isoformat(),
            due_at(req.type, now).isoformat(),
            req.details,
            json.dumps(req.corrections) if req.corrections else None,
        ),
    )
    if req.type in privacy_store.FLAG_COLUMNS:
        privacy_store.set_flag(ctx, conn, user_id, req.type, True)
    elif req.type == "withdraw_consent":
        privacy_store.withdraw_all(ctx, conn, user_id, "rights_request")
    return get(conn, user_id, int(cur.lastrowid or 0))


def list_for(conn: sqlite3.Connection, user_id: int) -> list[c.RightsRequest]:
    rows = conn.execute("SELECT * FROM rights_requests WHERE user_id = ? ORDER BY id", (user_id,)).fetchall()
    return [_model(conn, row) for row in rows]


def get(conn: sqlite3.Connection, user_id: int, request_id: int) -> c.RightsRequest:
    """The request if it belongs to ``user_id``; 404 otherwise (another account's requests do not exist)."""
    row = conn.execute("SELECT * FROM rights_requests WHERE id = ? AND user_id = ?", (request_id, user_id)).fetchone()
    if row is None:
        raise ServiceError(404, "not_found", "That request does not exist or is not yours.")
    return _model(conn, row)


def archive(conn: sqlite3.Connection, user_id: int, request_id: int) -> bytes:
    get(conn, user_id, request_id)
    row = conn.execute("SELECT content FROM rights_archives WHERE request_id = ?", (request_id,)).fetchone()
    if row is None:
        raise ServiceError(404, "archive_not_ready", "The archive for this request is not ready yet.")
    return bytes(row["content"])


def advance(
    ctx: StubContext, conn: sqlite3.Connection, request_id: int, status: str | None, note: str | None
) -> c.RightsRequest:
    """Move a request one step on (the service's processing); returns the updated request."""
    row = conn.execute("SELECT * FROM rights_requests WHERE id = ?", (request_id,)).fetchone()
    if row is None:
        raise ServiceError(404, "not_found", "No such request.")
    allowed = NEXT_STEP.get(row["status"], ())
    target = status or (allowed[0] if allowed else None)
    if target is None or target not in allowed:
        raise ServiceError(409, "invalid_transition", f"A {row['status']} request cannot become {target}.")
    user_id = int(row["user_id"])
    resolution = note
    if target == "completed":
        resolution = note or _complete(ctx, conn, row)
    elif target == "rejected" and row["type"] in privacy_store.FLAG_COLUMNS:
        privacy_store.set_flag(ctx, conn, user_id, row["type"], False)
    conn.execute(
        "UPDATE rights_requests SET status = ?, updated_at = ?, resolution = COALESCE(?, resolution) WHERE id = ?",
        (target, ctx.clock.iso(), resolution, request_id),
    )
    return get(conn, user_id, request_id)


def _complete(ctx: StubContext, conn: sqlite3.Connection, row: sqlite3.Row) -> str:
    user_id, kind = int(row["user_id"]), row["type"]
    if kind in ARCHIVE_TYPES:
        conn.execute(
            "INSERT OR REPLACE INTO rights_archives (request_id, user_id, created_at, content) VALUES (?, ?, ?, ?)",
            (row["id"], user_id, ctx.clock.iso(), build_archive(ctx, conn, user_id)),
        )
        return "Your archive is ready to download."
    if kind == "correction":
        _apply_corrections(conn, user_id, json.loads(row["corrections"] or "{}"))
        return "Your details were corrected."
    if kind == "deletion":
        _erase(ctx, conn, user_id)
        return "Your projects, files, analytics data and optional consents were deleted."
    if kind == "ccpa_opt_out_of_sale":
        return "Recorded. CodeCraft does not sell personal information."
    return "Done."


def _apply_corrections(conn: sqlite3.Connection, user_id: int, corrections: dict[str, str]) -> None:
    values = {field: value.strip() for field, value in corrections.items() if field in ("name", "email", "company")}
    if "email" in values:
        values["email"] = values["email"].lower()
        taken = conn.execute("SELECT 1 FROM users WHERE email = ? AND id != ?", (values["email"], user_id)).fetchone()
        if taken:
            raise ServiceError(409, "email_taken", "Another account already uses that email address.")
    for field, value in values.items():  # field names come from the fixed list above
        conn.execute(f"UPDATE users SET {field} = ? WHERE id = ?", (value, user_id))


def _erase(ctx: StubContext, conn: sqlite3.Connection, user_id: int) -> None:
    conn.execute("DELETE FROM files WHERE owner_id = ?", (user_id,))
    conn.execute("DELETE FROM project_deliveries WHERE owner_id = ?", (user_id,))
    conn.execute("DELETE FROM projects WHERE owner_id = ?", (user_id,))
    conn.execute("DELETE FROM analytics_events WHERE user_id = ?", (user_id,))
    privacy_store.withdraw_all(ctx, conn, user_id, "rights_request")
    privacy_store.unsubscribe_all(ctx, conn, user_id)


# ----- the archive -----


def _projects(conn: sqlite3.Connection, user_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT p.uid, p.revision, p.deleted, p.updated_at, p.data, d.delivered_at, d.code_purged_at, "
        "(SELECT COUNT(*) FROM files f WHERE f.project_uid = p.uid AND f.deleted = 0) AS file_count, "
        "(SELECT COALESCE(SUM(length(content)), 0) FROM files f WHERE f.project_uid = p.uid) AS total_bytes "
        "FROM projects p LEFT JOIN project_deliveries d ON d.project_uid = p.uid WHERE p.owner_id = ? ORDER BY p.uid",
        (user_id,),
    ).fetchall()
    return [{**dict(row), "deleted": bool(row["deleted"]), "data": json.loads(row["data"] or "null")} for row in rows]


def archive_sections(ctx: StubContext, conn: sqlite3.Connection, user_id: int) -> dict[str, Any]:
    """Everything the service holds on the account, as JSON-ready data, one entry per archive file."""
    acceptances = conn.execute(
        "SELECT version, accepted_at FROM policy_acceptances WHERE user_id = ? ORDER BY accepted_at", (user_id,)
    ).fetchall()
    return {
        "profile.json": accounts.profile(accounts.get_user(conn, user_id)).model_dump(mode="json"),
        "consents.json": [s.model_dump(mode="json") for s in privacy_store.consent_states(conn, user_id)],
        "privacy_settings.json": privacy_store.settings(conn, user_id).model_dump(mode="json"),
        "processing_flags.json": privacy_store.flags(conn, user_id).model_dump(mode="json"),
        "rights_requests.json": [r.model_dump(mode="json") for r in list_for(conn, user_id)],
        "projects.json": _projects(conn, user_id),
        "analytics_events.json": analytics.analytics_events(conn, user_id),
        "policy_acceptances.json": [dict(row) for row in acceptances],
        "generated.json": {"generated_at": ctx.clock.iso(), "account_id": user_id},
    }


def build_archive(ctx: StubContext, conn: sqlite3.Connection, user_id: int) -> bytes:
    buffer = io.BytesIO()
    stamp = ctx.clock.now_dt().timetuple()[:6]
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in archive_sections(ctx, conn, user_id).items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, json.dumps(data, indent=2, sort_keys=True, default=str))
    return buffer.getvalue()
