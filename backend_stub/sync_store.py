"""Versioned projects and files: apply pushed changes (with conflicts and tombstones) and page changes out.

Every write gives the object ``revision + 1`` and a fresh value of the server-wide sequence; a pull returns
objects whose sequence is above the cursor, in sequence order, so each object appears with its latest state.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import sqlite3

from backend_stub.context import ServiceError, StubContext
from desktop.api import contract as c

_PROJECT_COLS = "'project' AS kind, uid AS project_uid, NULL AS path, revision, deleted, seq, updated_at, data, "
_PROJECT_COLS += "NULL AS content, NULL AS sha256"
_FILE_COLS = "'file' AS kind, project_uid, path, revision, deleted, seq, updated_at, NULL AS data, content, sha256"


def _item(row: sqlite3.Row) -> c.SyncItem:
    project = file = None
    if not row["deleted"]:
        if row["kind"] == "project":
            project = c.ProjectData.model_validate_json(row["data"])
        else:
            file = c.FileData(content_b64=base64.b64encode(row["content"]).decode(), sha256=row["sha256"])
    return c.SyncItem(
        kind=row["kind"],
        project_uid=row["project_uid"],
        path=row["path"],
        revision=row["revision"],
        deleted=bool(row["deleted"]),
        seq=row["seq"],
        updated_at=row["updated_at"],
        project=project,
        file=file,
    )


def _load(conn: sqlite3.Connection, change: c.Change) -> sqlite3.Row | None:
    if change.kind == "project":
        row: sqlite3.Row | None = conn.execute(
            f"SELECT owner_id, {_PROJECT_COLS} FROM projects WHERE uid = ?", (change.project_uid,)
        ).fetchone()
    else:
        row = conn.execute(
            f"SELECT owner_id, {_FILE_COLS} FROM files WHERE project_uid = ? AND path = ?",
            (change.project_uid, change.path),
        ).fetchone()
    return row


def _project_owner(conn: sqlite3.Connection, uid: str) -> tuple[int, bool] | None:
    row = conn.execute("SELECT owner_id, deleted FROM projects WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else (int(row["owner_id"]), bool(row["deleted"]))


def _rejected(index: int, message: str) -> c.ChangeResult:
    return c.ChangeResult(index=index, status="rejected", revision=0, message=message)


def _decode_file(change: c.Change) -> bytes | str:
    """The file's bytes, or a message saying why the change is unusable."""
    if change.file is None:
        return "A file upsert needs file data."
    try:
        content = base64.b64decode(change.file.content_b64, validate=True)
    except (binascii.Error, ValueError):
        return "The file content is not valid base64."
    if len(content) > c.MAX_FILE_BYTES:
        return f"Files over {c.MAX_FILE_BYTES // (1024 * 1024)} MB cannot be synced."
    if hashlib.sha256(content).hexdigest() != change.file.sha256.lower():
        return "The file content does not match its checksum; it may have been damaged in transit."
    return content


def apply_change(
    ctx: StubContext, conn: sqlite3.Connection, owner_id: int, index: int, change: c.Change
) -> c.ChangeResult:
    if change.kind == "file" and not change.path:
        return _rejected(index, "A file change needs a path.")
    owner = _project_owner(conn, change.project_uid)
    if owner is not None and owner[0] != owner_id:
        return _rejected(index, "This project does not belong to your account.")
    current = _load(conn, change)
    current_rev = int(current["revision"]) if current is not None else 0
    base = change.base_revision or 0
    if base != current_rev:
        return c.ChangeResult(
            index=index,
            status="conflict",
            revision=current_rev,
            message="Someone changed this on the server since you last synced.",
            current=_item(current) if current is not None else None,
        )
    if change.op == "delete":
        if current is None or current["deleted"]:
            return c.ChangeResult(index=index, status="applied", revision=current_rev)
        return _delete(ctx, conn, index, change, current_rev)
    if change.kind == "project":
        if change.project is None:
            return _rejected(index, "A project upsert needs project data.")
        seq = ctx.db.next_seq(conn)
        conn.execute(
            "INSERT INTO projects (uid, owner_id, revision, deleted, seq, updated_at, data) "
            "VALUES (?, ?, ?, 0, ?, ?, ?) ON CONFLICT(uid) DO UPDATE SET revision = excluded.revision, "
            "deleted = 0, seq = excluded.seq, updated_at = excluded.updated_at, data = excluded.data",
            (
                change.project_uid,
                owner_id,
                current_rev + 1,
                seq,
                ctx.clock.iso(),
                change.project.model_dump_json(),
            ),
        )
        return c.ChangeResult(index=index, status="applied", revision=current_rev + 1, seq=seq)
    if owner is None or owner[1]:
        return _rejected(index, "Push the project before its files (the project is missing or deleted).")
    content = _decode_file(change)
    if isinstance(content, str):
        return _rejected(index, content)
    seq = ctx.db.next_seq(conn)
    conn.execute(
        "INSERT INTO files (project_uid, path, owner_id, revision, deleted, seq, updated_at, content, "
        "sha256) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?) ON CONFLICT(project_uid, path) DO UPDATE SET "
        "revision = excluded.revision, deleted = 0, seq = excluded.seq, updated_at = excluded.updated_at, "
        "content = excluded.content, sha256 = excluded.sha256",
        (
            change.project_uid,
            change.path,
            owner_id,
            current_rev + 1,
            seq,
            ctx.clock.iso(),
            content,
            hashlib.sha256(content).hexdigest(),
        ),
    )
    return c.ChangeResult(index=index, status="applied", revision=current_rev + 1, seq=seq)


def _delete(
    ctx: StubContext, conn: sqlite3.Connection, index: int, change: c.Change, current_rev: int
) -> c.ChangeResult:
    now = ctx.clock.iso()
    seq = ctx.db.next_seq(conn)
    if change.kind == "project":
        conn.execute(
            "UPDATE projects SET deleted = 1, revision = ?, seq = ?, updated_at = ?, data = NULL WHERE uid = ?",
            (current_rev + 1, seq, now, change.project_uid),
        )
        # A deleted project takes its files with it; each gets its own tombstone.
        paths = conn.execute(
            "SELECT path FROM files WHERE project_uid = ? AND deleted = 0", (change.project_uid,)
        ).fetchall()
        for row in paths:
            conn.execute(
                "UPDATE files SET deleted = 1, revision = revision + 1, seq = ?, updated_at = ?, "
                "content = NULL, sha256 = NULL WHERE project_uid = ? AND path = ?",
                (ctx.db.next_seq(conn), now, change.project_uid, row["path"]),
            )
    else:
        conn.execute(
            "UPDATE files SET deleted = 1, revision = ?, seq = ?, updated_at = ?, content = NULL, "
            "sha256 = NULL WHERE project_uid = ? AND path = ?",
            (current_rev + 1, seq, now, change.project_uid, change.path),
        )
    return c.ChangeResult(index=index, status="applied", revision=current_rev + 1, seq=seq)


def push(ctx: StubContext, owner_id: int, key: str, req: c.PushRequest) -> c.PushResponse:
    """Apply ``req`` once per idempotency key; a replay returns the stored answer and changes nothing."""
    request_hash = hashlib.sha256(req.model_dump_json().encode()).hexdigest()
    with ctx.db.transaction() as conn:
        stored = conn.execute(
            "SELECT request_hash, response FROM idempotency WHERE owner_id = ? AND key = ?", (owner_id, key)
        ).fetchone()
        if stored is not None:
            if stored["request_hash"] != request_hash:
                raise ServiceError(
                    422,
                    "idempotency_key_reused",
                    "This push reused an earlier request key with other changes.",
                )
            return c.PushResponse.model_validate_json(stored["response"])
        results = [apply_change(ctx, conn, owner_id, i, change) for i, change in enumerate(req.changes)]
        response = c.PushResponse(results=results)
        conn.execute(
            "INSERT INTO idempotency (owner_id, key, request_hash, response, created_at) VALUES (?, ?, ?, ?, ?)",
            (owner_id, key, request_hash, response.model_dump_json(), ctx.clock.iso()),
        )
        return response


def pull(ctx: StubContext, owner_id: int, cursor: int, limit: int) -> c.PullResponse:
    with ctx.db.transaction() as conn:
        rows = conn.execute(
            f"SELECT {_PROJECT_COLS} FROM projects WHERE owner_id = ? AND seq > ? "
            f"UNION ALL SELECT {_FILE_COLS} FROM files WHERE owner_id = ? AND seq > ? ORDER BY seq LIMIT ?",
            (owner_id, cursor, owner_id, cursor, limit + 1),
        ).fetchall()
    has_more = len(rows) > limit
    items = [_item(row) for row in rows[:limit]]
    return c.PullResponse(changes=items, next_cursor=items[-1].seq if items else cursor, has_more=has_more)


def project_detail(ctx: StubContext, owner_id: int, uid: str) -> c.ProjectDetail | None:
    with ctx.db.transaction() as conn:
        row = conn.execute(
            "SELECT revision, updated_at, data FROM projects WHERE uid = ? AND owner_id = ? AND deleted = 0",
            (uid, owner_id),
        ).fetchone()
        if row is None:
            return None
        files = conn.execute(
            "SELECT path, revision, sha256, length(content) AS size FROM files "
            "WHERE project_uid = ? AND deleted = 0 ORDER BY path",
            (uid,),
        ).fetchall()
    return c.ProjectDetail(
        uid=uid,
        revision=row["revision"],
        project=c.ProjectData.model_validate(json.loads(row["data"])),
        files=[c.FileSummary(**dict(f)) for f in files],
        updated_at=row["updated_at"],
    )


def project_uids(ctx: StubContext, owner_id: int) -> list[str]:
    with ctx.db.transaction() as conn:
        rows = conn.execute(
            "SELECT uid FROM projects WHERE owner_id = ? AND deleted = 0 ORDER BY uid", (owner_id,)
        ).fetchall()
    return [row["uid"] for row in rows]
