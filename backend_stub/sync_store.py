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
from collections.abc import Callable, Sequence

from backend_stub.context import ServiceError, StubContext
from desktop.api import contract as c

Decoded = tuple[bytes | memoryview, str] | str  # a file's content and checksum, or why the change is unusable
# One change, from either form of push: kind, project uid, path, op, base revision, project data, file content.
Item = tuple[str, str, str | None, str, int | None, c.ProjectData | None, Decoded]

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


def _load(conn: sqlite3.Connection, kind: str, uid: str, path: str | None) -> sqlite3.Row | None:
    if kind == "project":
        row: sqlite3.Row | None = conn.execute(
            f"SELECT owner_id, {_PROJECT_COLS} FROM projects WHERE uid = ?", (uid,)
        ).fetchone()
    else:
        row = conn.execute(
            f"SELECT owner_id, {_FILE_COLS} FROM files WHERE project_uid = ? AND path = ?", (uid, path)
        ).fetchone()
    return row


_NO_FILE = "A file upsert needs file data."
_TOO_BIG = f"Files over {c.MAX_FILE_BYTES // (1024 * 1024)} MB cannot be synced."
_DAMAGED = "The file content does not match its checksum; it may have been damaged in transit."


def _decode_file(file: c.FileData | None) -> Decoded:
    """The file's bytes and checksum, or a message saying why the change is unusable."""
    if file is None:
        return _NO_FILE
    try:
        content = base64.b64decode(file.content_b64, validate=True)
    except (binascii.Error, ValueError):
        return "The file content is not valid base64."
    if len(content) > c.MAX_FILE_BYTES:
        return _TOO_BIG
    digest = hashlib.sha256(content).hexdigest()
    if digest != file.sha256.lower():
        return _DAMAGED
    return content, digest


def _packed_items(changes: list[c.PackedChange], contents: Sequence[memoryview], digests: list[str]) -> list[Item]:
    """Each change with its content and checksum checked against what the change says (as ``_decode_file``)."""
    items: list[Item] = []
    files = iter(zip(contents, digests, strict=True))
    for change in changes:
        file, decoded = change.get("file"), _NO_FILE
        if file is not None:
            content, digest = next(files)
            if len(content) > c.MAX_FILE_BYTES:
                decoded = _TOO_BIG
            elif digest != file["sha256"].lower():
                decoded = _DAMAGED
            else:
                decoded = (content, digest)
        items.append(
            (
                change["kind"],
                change["project_uid"],
                change.get("path"),
                change["op"],
                change.get("base_revision"),
                change.get("project"),
                decoded,
            )
        )
    return items


_UPSERT_PROJECT = (
    "INSERT INTO projects (uid, owner_id, revision, deleted, seq, updated_at, data) "
    "VALUES (?, ?, ?, 0, ?, ?, ?) ON CONFLICT(uid) DO UPDATE SET revision = excluded.revision, "
    "deleted = 0, seq = excluded.seq, updated_at = excluded.updated_at, data = excluded.data"
)
_UPSERT_FILE = (
    "INSERT INTO files (project_uid, path, owner_id, revision, deleted, seq, updated_at, content, "
    "sha256) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?) ON CONFLICT(project_uid, path) DO UPDATE SET "
    "revision = excluded.revision, deleted = 0, seq = excluded.seq, updated_at = excluded.updated_at, "
    "content = excluded.content, sha256 = excluded.sha256"
)
_DELETE_FILE = (
    "UPDATE files SET deleted = 1, revision = ?, seq = ?, updated_at = ?, content = NULL, "
    "sha256 = NULL WHERE project_uid = ? AND path = ?"
)
_DELETE_PROJECT = "UPDATE projects SET deleted = 1, revision = ?, seq = ?, updated_at = ?, data = NULL WHERE uid = ?"
_CONFLICT = "Someone changed this on the server since you last synced."


class _Push:
    """Applies one push's changes in order, exactly as one at a time would, with a few statements in all.

    The state of every object the push touches is read in two queries; each change is checked against it in
    memory, and its writes are queued (projects before files, so a file never precedes its project) and run
    with ``executemany``. The sequence counter is read once and written once. A project deletion, which
    cascades to files not in the push, and a conflict, which answers with the stored row, first flush the queue.
    """

    def __init__(self, ctx: StubContext, conn: sqlite3.Connection, owner_id: int, items: list[Item]) -> None:
        self.conn, self.owner_id, self.now = conn, owner_id, ctx.clock.iso()
        row = conn.execute("SELECT value FROM counters WHERE name = 'seq'").fetchone()
        self.seq = self.first_seq = int(row[0]) if row else 0
        uids = sorted({item[1] for item in items})
        # uid -> (owner id, deleted, revision)
        self.projects: dict[str, tuple[int, bool, int]] = {
            r[0]: (int(r[1]), bool(r[2]), int(r[3]))
            for r in conn.execute(
                "SELECT uid, owner_id, deleted, revision FROM projects WHERE uid IN (SELECT value FROM json_each(?))",
                (json.dumps(uids),),
            )
        }
        keys = sorted({(item[1], item[2]) for item in items if item[0] == "file" and item[2]})
        # (uid, path) -> (deleted, revision)
        self.files: dict[tuple[str, str], tuple[bool, int]] = {
            (r[0], r[1]): (bool(r[2]), int(r[3]))
            for r in conn.execute(
                "SELECT f.project_uid, f.path, f.deleted, f.revision FROM json_each(?) j "
                "JOIN files f ON f.project_uid = j.value ->> 0 AND f.path = j.value ->> 1",
                (json.dumps(keys),),
            )
        }
        self.project_writes: list[tuple[str, tuple[object, ...]]] = []
        self.file_writes: list[tuple[str, tuple[object, ...]]] = []

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def flush(self) -> None:
        for writes in (self.project_writes, self.file_writes):
            start = 0
            while start < len(writes):  # runs of the same statement, in order
                sql, end = writes[start][0], start + 1
                while end < len(writes) and writes[end][0] == sql:
                    end += 1
                self.conn.executemany(sql, [params for _, params in writes[start:end]])
                start = end
            writes.clear()

    def finish(self) -> None:
        self.flush()
        if self.seq != self.first_seq:
            self.conn.execute(
                "INSERT INTO counters (name, value) VALUES ('seq', ?) "
                "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (self.seq,),
            )

    def apply(self, index: int, item: Item) -> str:
        """Apply one change; returns its result as JSON (a ``ChangeResult``)."""
        kind, uid, path, op, base, project_data, file = item
        if kind == "file" and not path:
            return _rejected(index, "A file change needs a path.")
        project = self.projects.get(uid)
        if project is not None and project[0] != self.owner_id:
            return _rejected(index, "This project does not belong to your account.")
        if kind == "project":
            current = None if project is None else (project[1], project[2])
        else:
            current = self.files.get((uid, str(path)))
        current_rev = current[1] if current is not None else 0
        if (base or 0) != current_rev:
            return self._conflict(index, kind, uid, path, current_rev, current is not None)
        if op == "delete":
            if current is None or current[0]:
                return f'{{"index":{index},"status":"applied","revision":{current_rev}}}'
            return self._delete(index, kind, uid, str(path), current_rev)
        if kind == "project":
            if project_data is None:
                return _rejected(index, "A project upsert needs project data.")
            seq = self.next_seq()
            data = project_data.model_dump_json()
            self.project_writes.append((_UPSERT_PROJECT, (uid, self.owner_id, current_rev + 1, seq, self.now, data)))
            self.projects[uid] = (self.owner_id, False, current_rev + 1)
            return _applied(index, current_rev + 1, seq)
        if project is None or project[1]:
            return _rejected(index, "Push the project before its files (the project is missing or deleted).")
        if isinstance(file, str):
            return _rejected(index, file)
        seq = self.next_seq()
        self.file_writes.append((_UPSERT_FILE, (uid, path, self.owner_id, current_rev + 1, seq, self.now, *file)))
        self.files[(uid, str(path))] = (False, current_rev + 1)
        return _applied(index, current_rev + 1, seq)

    def _conflict(self, index: int, kind: str, uid: str, path: str | None, current_rev: int, exists: bool) -> str:
        result: dict[str, object] = {"index": index, "status": "conflict", "revision": current_rev}
        result["message"] = _CONFLICT
        if exists:
            self.flush()  # the stored row, as of this change
            row = _load(self.conn, kind, uid, path)
            if row is not None:
                result["current"] = _item(row).model_dump(mode="json")
        return json.dumps(result, separators=(",", ":"))

    def _delete(self, index: int, kind: str, uid: str, path: str, current_rev: int) -> str:
        seq = self.next_seq()
        if kind == "file":
            self.file_writes.append((_DELETE_FILE, (current_rev + 1, seq, self.now, uid, path)))
            self.files[(uid, path)] = (True, current_rev + 1)
            return _applied(index, current_rev + 1, seq)
        self.project_writes.append((_DELETE_PROJECT, (current_rev + 1, seq, self.now, uid)))
        self.projects[uid] = (self.owner_id, True, current_rev + 1)
        # A deleted project takes its files with it; each gets its own tombstone.
        self.flush()
        live = self.conn.execute(
            "SELECT path, revision FROM files WHERE project_uid = ? AND deleted = 0", (uid,)
        ).fetchall()
        tombstones = []
        for row in live:
            self.files[(uid, row["path"])] = (True, int(row["revision"]) + 1)
            tombstones.append((int(row["revision"]) + 1, self.next_seq(), self.now, uid, row["path"]))
        self.conn.executemany(_DELETE_FILE, tombstones)
        return _applied(index, current_rev + 1, seq)


def _applied(index: int, revision: int, seq: int) -> str:
    return f'{{"index":{index},"status":"applied","revision":{revision},"seq":{seq}}}'


def _rejected(index: int, message: str) -> str:
    result = {"index": index, "status": "rejected", "revision": 0, "message": message}
    return json.dumps(result, separators=(",", ":"))


def parse_push(body: bytes) -> c.PushRequest:
    """The request, validated in one pass over the raw JSON (raises pydantic's ``ValidationError``)."""
    return c.PushRequest.model_validate_json(body)


def push_json(ctx: StubContext, owner_id: int, key: str, req: c.PushRequest) -> bytes:
    """Apply ``req`` once per idempotency key; a replay returns the stored answer and changes nothing.

    Returns the answer as JSON (a ``PushResponse``), the same bytes that are stored for replays.
    """
    request_hash = hashlib.sha256(req.model_dump_json().encode()).hexdigest()

    def items() -> list[Item]:
        return [
            (
                ch.kind,
                ch.project_uid,
                ch.path,
                ch.op,
                ch.base_revision,
                ch.project,
                _decode_file(ch.file) if ch.kind == "file" and ch.op == "upsert" else _NO_FILE,
            )
            for ch in req.changes
        ]

    return _apply_once(ctx, owner_id, key, request_hash, items)


def push_packed(
    ctx: StubContext,
    owner_id: int,
    key: str,
    changes: list[c.PackedChange],
    header: bytes,
    contents: list[memoryview],
) -> bytes:
    """``push_json`` for a packed push (``contract.unpack_push``): each content is hashed once, for the
    request's hash (the header line and the contents' checksums) and to check it against its change."""
    digests = [hashlib.sha256(content).hexdigest() for content in contents]
    request_hash = hashlib.sha256(b"packed\n" + header + "".join(digests).encode()).hexdigest()
    return _apply_once(ctx, owner_id, key, request_hash, lambda: _packed_items(changes, contents, digests))


def _apply_once(ctx: StubContext, owner_id: int, key: str, request_hash: str, items: Callable[[], list[Item]]) -> bytes:
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
            response: str = stored["response"]
            return response.encode()
        todo = items()
        batch = _Push(ctx, conn, owner_id, todo)
        results = [batch.apply(i, item) for i, item in enumerate(todo)]
        batch.finish()
        response = '{"results":[' + ",".join(results) + "]}"
        conn.execute(
            "INSERT INTO idempotency (owner_id, key, request_hash, response, created_at) VALUES (?, ?, ?, ?, ?)",
            (owner_id, key, request_hash, response, batch.now),
        )
    return response.encode()


def push(ctx: StubContext, owner_id: int, key: str, req: c.PushRequest) -> c.PushResponse:
    """``push_json``, answered as a model."""
    return c.PushResponse.model_validate_json(push_json(ctx, owner_id, key, req))


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
